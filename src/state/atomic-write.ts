/**
 * @fileoverview Writes a state file so that it is never seen half-written: a
 * temporary file in the same folder is written, flushed (fsync) and renamed
 * over the target, then the folder is flushed so the rename survives a power
 * cut. The file gets mode 0600 and folders created on the way 0700. A path
 * that leads outside the state folder through a symbolic link is refused. A
 * failure leaves the previous file exactly as it was and is a diagnostic,
 * never an exception.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import { describeFsError, fsFailure } from "./io-errors.js";

export const STATE_FILE_MODE = 0o600;
export const STATE_DIR_MODE = 0o700;
const MAX_LINK_HOPS = 32;

export interface WriteOptions {
  /** The state folder: whatever is written must really be inside it. Defaults to the file's folder. */
  root?: string;
  /** The name diagnostics give the file; defaults to the path. */
  displayName?: string;
  mode?: number;
  dirMode?: number;
  /** Create missing folders on the way (mode `dirMode`); default true. Off, a missing folder is a failure. */
  createFolders?: boolean;
}

/**
 * `reason` is the failure in words ("permission denied") and `advice` what to
 * do about it (a sentence), for a message of the caller's own.
 */
export type WriteResult = { ok: true; target: string } | { ok: false; diagnostic: Diagnostic; reason: string; advice: string };

/** A file system error in words ("no space left on the device"), for messages (io-errors.ts). */
export { describeFsError };

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch (error) {
    if (errnoOf(error) === "ENOENT") return undefined;
    throw error;
  }
}

/** The deepest ancestor of `path` (itself included) that exists. */
function existingAncestor(path: string): string {
  let current = path;
  while (lstatOrUndefined(current) === undefined) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return current;
}

type Target = { ok: true; target: string } | { ok: false; unsafe: true } | { ok: false; unsafe: false; error: unknown };

/**
 * Where writing `path` really lands, following symbolic links, or `unsafe`
 * when that is outside `root`. Creates the missing folders (mode 0700), but
 * only after checking that the folders that exist lead nowhere else.
 */
function resolveTarget(path: string, root: string, dirMode: number, create = true): Target {
  try {
    const absPath = resolve(path);
    const absRoot = resolve(root);
    if (!isInside(absPath, absRoot)) return { ok: false, unsafe: true };
    const ancestor = existingAncestor(dirname(absPath));
    const rootExists = lstatOrUndefined(absRoot) !== undefined;
    if (rootExists && isInside(ancestor, absRoot) && !isInside(realpathSync(ancestor), realpathSync(absRoot))) {
      return { ok: false, unsafe: true };
    }
    if (create) mkdirSync(dirname(absPath), { recursive: true, mode: dirMode });
    else if (ancestor !== dirname(absPath)) return { ok: true, target: absPath };
    const realRoot = realpathSync(absRoot);
    let target = join(realpathSync(dirname(absPath)), basename(absPath));
    if (!isInside(target, realRoot)) return { ok: false, unsafe: true };
    for (let hop = 0; ; hop++) {
      const stats = lstatOrUndefined(target);
      if (!stats?.isSymbolicLink()) break;
      if (hop >= MAX_LINK_HOPS) return { ok: false, unsafe: false, error: Object.assign(new Error("link loop"), { code: "ELOOP" }) };
      const next = resolve(dirname(target), readlinkSync(target));
      const nextDir = lstatOrUndefined(dirname(next)) ? realpathSync(dirname(next)) : dirname(next);
      target = join(nextDir, basename(next));
      if (!isInside(target, realRoot)) return { ok: false, unsafe: true };
    }
    return { ok: true, target };
  } catch (error) {
    return { ok: false, unsafe: false, error };
  }
}

const UNSAFE_REASON = "it is reached through a symbolic link that leads outside its folder";
const UNSAFE_ADVICE = "Replace the link with a regular file, or point the command at the folder the link leads to.";

function fail(code: "state/unsafe-path" | "state/write-failed", file: string, error?: unknown): WriteResult & { ok: false } {
  const name = basename(file);
  const at = { file, path: [], range: FILE_START };
  if (code === "state/unsafe-path") return { ok: false, diagnostic: createDiagnostic(code, { name }, at), reason: UNSAFE_REASON, advice: UNSAFE_ADVICE };
  const { reason, advice } = fsFailure(error);
  return { ok: false, diagnostic: createDiagnostic(code, { name, reason, advice }, at), reason, advice };
}

/** A failed write of `file` (named as diagnostics name it) for a file system error, with its cause and advice. */
export function failedWrite(file: string, error: unknown): WriteResult & { ok: false } {
  return fail("state/write-failed", file, error);
}

/** Flushes a folder so a rename in it is durable; some platforms cannot, which is not an error. */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Not supported here (e.g. Windows); the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Checks, without creating or writing anything, that writing `path` would stay
 * inside `root`: run it before taking a lock, so that no lock file is made
 * somewhere a symbolic link leads.
 */
export function checkStatePath(path: string, options: WriteOptions = {}): Diagnostic | undefined {
  const file = options.displayName ?? path;
  const resolved = resolveTarget(path, options.root ?? dirname(path), options.dirMode ?? STATE_DIR_MODE, false);
  if (resolved.ok) return undefined;
  return (resolved.unsafe ? fail("state/unsafe-path", file) : fail("state/write-failed", file, resolved.error)).diagnostic;
}

/** Writes `text` to `path` atomically (see the file overview). Never throws. */
export function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): WriteResult {
  const file = options.displayName ?? path;
  const mode = options.mode ?? STATE_FILE_MODE;
  const resolved = resolveTarget(path, options.root ?? dirname(path), options.dirMode ?? STATE_DIR_MODE, options.createFolders ?? true);
  if (!resolved.ok) return resolved.unsafe ? fail("state/unsafe-path", file) : fail("state/write-failed", file, resolved.error);
  const target = resolved.target;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    const bytes = Buffer.from(text, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fchmodSync(fd, mode); // the umask may have narrowed or widened what open() set
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the temp file is removed below
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    return fail("state/write-failed", file, error);
  }
  fsyncDir(dirname(target));
  return { ok: true, target };
}

/** Deletes a state file (OpenClaw's rule when nothing is left to write), with the same path checks. */
export function removeFileSafely(path: string, options: WriteOptions = {}): WriteResult {
  const file = options.displayName ?? path;
  const resolved = resolveTarget(path, options.root ?? dirname(path), options.dirMode ?? STATE_DIR_MODE, false);
  if (!resolved.ok) return resolved.unsafe ? fail("state/unsafe-path", file) : fail("state/write-failed", file, resolved.error);
  try {
    unlinkSync(resolve(path));
  } catch (error) {
    if (errnoOf(error) !== "ENOENT") return fail("state/write-failed", file, error);
  }
  fsyncDir(dirname(resolve(path)));
  return { ok: true, target: resolved.target };
}
