/**
 * @fileoverview Read-modify-write of a state file under its lock: lock → read
 * what is on disk now → let the caller change it → write atomically (or
 * delete, when nothing is left) → unlock. Because the read happens inside the
 * lock, concurrent updates queue up and none is lost. A file that exists but
 * cannot be used is never written over. Failures come back as diagnostics.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { AuthProfilesFile } from "../schema/auth-store-types.js";
import type { AuthStateFile } from "../schema/auth-store-types.js";
import { checkStatePath, removeFileSafely, writeFileAtomic, type WriteResult } from "./atomic-write.js";
import { StateLockError, withLock, type LockOptions } from "./lock.js";
import { readAuthProfiles, readAuthState, type StateFileRead } from "./read.js";
import { AUTH_STATE_VERSION, serializeAuthProfiles, serializeAuthState } from "./serialize.js";

export interface UpdateOptions extends LockOptions {
  /** The state folder: writes must stay inside it (symbolic links included). Defaults to the file's folder. */
  root?: string;
}

export interface UpdateResult<T> {
  ok: boolean;
  /** What happened on disk. */
  outcome: "written" | "deleted" | "unchanged" | "failed";
  /** The value read under the lock; undefined when there was no file. */
  before: T | undefined;
  /** The value now on disk; undefined when there is no file. */
  after: T | undefined;
  diagnostics: Diagnostic[];
}

/** Changes `draft` in place or returns a replacement. `draft` is a private copy. */
export type StateMutator<T> = (draft: T) => T | void | Promise<T | void>;

interface FileKind<T> {
  read: (path: string, displayName: string) => StateFileRead<T>;
  empty: () => T;
  /** The text to write, or undefined to delete the file. */
  serialize: (value: T) => string | undefined;
}

const AUTH_STATE: FileKind<AuthStateFile> = {
  read: (path, displayName) => readAuthState(path, { displayName }),
  empty: () => ({ version: AUTH_STATE_VERSION }),
  serialize: serializeAuthState,
};

const AUTH_PROFILES: FileKind<AuthProfilesFile> = {
  read: (path, displayName) => readAuthProfiles(path, { displayName }),
  empty: () => ({ version: AUTH_STATE_VERSION, profiles: {} }),
  serialize: serializeAuthProfiles,
};

async function updateStateFile<T>(kind: FileKind<T>, path: string, mutate: StateMutator<T>, options: UpdateOptions): Promise<UpdateResult<T>> {
  const displayName = options.displayName ?? path;
  const failed = (diagnostics: Diagnostic[], before?: T): UpdateResult<T> => ({ ok: false, outcome: "failed", before, after: before, diagnostics });
  const unsafe = checkStatePath(path, { root: options.root, displayName });
  if (unsafe) return failed([unsafe]);
  const notes: Diagnostic[] = [];
  try {
    return await withLock(
      path,
      async (): Promise<UpdateResult<T>> => {
        const read = kind.read(path, displayName);
        const diagnostics = [...notes, ...read.diagnostics];
        if (!read.usable) return failed(diagnostics);
        const before = read.value;
        const draft = structuredClone(before ?? kind.empty());
        const next = (await mutate(draft)) ?? draft;
        const text = kind.serialize(next);
        if (text !== undefined && read.doc && text === read.doc.text) return { ok: true, outcome: "unchanged", before, after: before, diagnostics };
        if (text === undefined && !read.exists) return { ok: true, outcome: "unchanged", before, after: undefined, diagnostics };
        const written: WriteResult =
          text === undefined ? removeFileSafely(path, { root: options.root, displayName }) : writeFileAtomic(path, text, { root: options.root, displayName });
        if (!written.ok) return failed([...diagnostics, written.diagnostic], before);
        return {
          ok: true,
          outcome: text === undefined ? "deleted" : "written",
          before,
          after: text === undefined ? undefined : (JSON.parse(text) as T),
          diagnostics,
        };
      },
      { ...options, displayName, onDiagnostic: (d) => notes.push(d) },
    );
  } catch (error) {
    // A busy lock, or one that cannot be made (a read-only folder, a full disk): nothing was written.
    if (error instanceof StateLockError) return failed([...notes, error.diagnostic]);
    throw error;
  }
}

/**
 * Updates an agent's auth-state.json. The mutator gets the current state
 * (`{version: 1}` when there is no file); empty sections are dropped on
 * writing and a state with nothing left deletes the file, as OpenClaw does.
 */
export function updateAuthState(path: string, mutate: StateMutator<AuthStateFile>, options: UpdateOptions = {}): Promise<UpdateResult<AuthStateFile>> {
  return updateStateFile(AUTH_STATE, path, mutate, options);
}

/** Updates an agent's auth-profiles.json (secrets: mode 0600, other profiles and unknown fields kept). */
export function updateAuthProfiles(path: string, mutate: StateMutator<AuthProfilesFile>, options: UpdateOptions = {}): Promise<UpdateResult<AuthProfilesFile>> {
  return updateStateFile(AUTH_PROFILES, path, mutate, options);
}
