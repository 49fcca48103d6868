/**
 * @fileoverview One agent's auth store, whichever kind it has: OpenClaw
 * 2026.4's JSON files (auth-profiles.json + auth-state.json) or 2026.9's
 * SQLite database (openclaw-agent.sqlite). Both give the same reads (the
 * values, their diagnostics) and the same locked read-modify-write, so
 * callers do not care which. An agent has the SQLite store when its database
 * exists; otherwise the JSON files (missing files read as empty, as before).
 */
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import type { AuthProfilesFile } from "../schema/auth-store-types.js";
import type { AuthStateFile } from "../schema/auth-store-types.js";
import { agentDir, authProfilesPath, authStatePath, normalizeAgentId } from "./paths.js";
import { parseAuthProfilesText, parseAuthStateText, readAuthProfiles, readAuthState, type AuthProfilesRead, type StateFileRead } from "./read.js";
import { AUTH_STATE_VERSION, compactAuthState } from "./serialize.js";
import { classifySqliteError, probeWriteProblem } from "./io-errors.js";
import {
  AGENT_DB_FILENAME,
  createAgentDatabase,
  inTransaction,
  openAgentDatabase,
  openAgentDatabaseForReading,
  readAuthRow,
  writeAuthRow,
  type AuthTable,
} from "./sqlite-store.js";
import type { SqliteDatabase } from "./sqlite-load.js";
import { updateAuthProfiles, updateAuthState, type StateMutator, type UpdateOptions, type UpdateResult } from "./update.js";

export type StoreKind = "json" | "sqlite";

export interface AgentStore {
  kind: StoreKind;
  agentId: string;
  /** Where the routing state lives: auth-state.json, or the database. */
  statePath: string;
  /** Where the credentials live: auth-profiles.json, or the database. */
  storePath: string;
  readProfiles(): AuthProfilesRead;
  readState(): StateFileRead<AuthStateFile>;
  updateState(mutate: StateMutator<AuthStateFile>, options?: UpdateOptions): Promise<UpdateResult<AuthStateFile>>;
  updateProfiles(mutate: StateMutator<AuthProfilesFile>, options?: UpdateOptions): Promise<UpdateResult<AuthProfilesFile>>;
}

/** `<stateDir>/agents/<id>/agent/openclaw-agent.sqlite`. */
export function agentDatabasePath(stateDir: string, agentId: string): string {
  return join(agentDir(stateDir, agentId), AGENT_DB_FILENAME);
}

function jsonStore(stateDir: string, agentId: string): AgentStore {
  const statePath = authStatePath(stateDir, agentId);
  const storePath = authProfilesPath(stateDir, agentId);
  return {
    kind: "json",
    agentId,
    statePath,
    storePath,
    readProfiles: () => readAuthProfiles(storePath),
    readState: () => readAuthState(statePath),
    updateState: (mutate, options = {}) => updateAuthState(statePath, mutate, { root: stateDir, displayName: statePath, ...options }),
    updateProfiles: (mutate, options = {}) => updateAuthProfiles(storePath, mutate, { root: stateDir, displayName: storePath, ...options }),
  };
}

/**
 * A database that cannot be used, as a diagnostic: `state/invalid-file`
 * (move it aside) only when it is really damaged or not OpenClaw's; the disk,
 * the mount or permissions get `state/read-failed` / `state/write-failed`,
 * which name the cause and say the store is intact.
 */
function sqliteFailure(path: string, error: unknown, reading: boolean): Diagnostic {
  const problem = classifySqliteError(error, path);
  const at = { file: path, path: [], range: FILE_START };
  const name = basename(path);
  if (problem.kind === "damaged") return createDiagnostic("state/invalid-file", { name: `${name} (${problem.reason})`, problems: 1 }, at);
  const { reason, advice, intact } = problem;
  return reading
    ? createDiagnostic("state/read-failed", { name, reason, advice, intact }, at)
    : createDiagnostic("state/write-failed", { name, reason, advice }, at);
}

const rowAt = (path: string) => ({ file: path, path: [], range: FILE_START });

/** The name diagnostics give a row: the database and its table. */
const rowName = (path: string, which: AuthTable) => `${path}#${which === "store" ? "auth_profile_store" : "auth_profile_state"}`;

function withDatabase<T>(path: string, use: (db: SqliteDatabase) => T): T {
  const readable = openAgentDatabaseForReading(path);
  try {
    return use(readable.db);
  } finally {
    readable.close();
  }
}

function readRow<T extends StateFileRead<unknown>>(path: string, which: AuthTable, parse: (text: string, file: string) => T, empty: T): T {
  const file = rowName(path, which);
  try {
    const text = withDatabase(path, (db) => readAuthRow(db, which));
    return text === undefined ? empty : parse(text, file);
  } catch (error) {
    return { ...empty, exists: true, usable: false, diagnostics: [sqliteFailure(path, error, true)] };
  }
}

function readSqliteProfiles(path: string): AuthProfilesRead {
  const file = rowName(path, "store");
  return readRow(path, "store", parseAuthProfilesText, {
    file,
    exists: false,
    usable: true,
    doc: undefined,
    value: undefined,
    diagnostics: [],
    credentials: {},
  });
}

function readSqliteState(path: string): StateFileRead<AuthStateFile> {
  const file = rowName(path, "state");
  return readRow(path, "state", parseAuthStateText, { file, exists: false, usable: true, doc: undefined, value: undefined, diagnostics: [] });
}

interface RowKind<T> {
  which: AuthTable;
  parse: (text: string, file: string) => StateFileRead<T>;
  empty: () => T;
  /** The JSON to store, or undefined: delete the row. */
  serialize: (value: T) => string | undefined;
}

const STATE_ROW: RowKind<AuthStateFile> = {
  which: "state",
  parse: parseAuthStateText,
  empty: () => ({ version: AUTH_STATE_VERSION }),
  serialize: (value) => {
    const compact = compactAuthState(value);
    return compact === undefined ? undefined : JSON.stringify(compact);
  },
};

const STORE_ROW: RowKind<AuthProfilesFile> = {
  which: "store",
  parse: parseAuthProfilesText,
  empty: () => ({ version: AUTH_STATE_VERSION, profiles: {} }),
  serialize: ({ version, ...rest }) => JSON.stringify({ version: version ?? AUTH_STATE_VERSION, ...rest }),
};

async function updateRow<T>(path: string, kind: RowKind<T>, mutate: StateMutator<T>): Promise<UpdateResult<T>> {
  const failed = (diagnostics: Diagnostic[], before?: T): UpdateResult<T> => ({ ok: false, outcome: "failed", before, after: before, diagnostics });
  // A disk that cannot take a write is said before SQLite is asked (it would leave empty -wal/-shm files and say "disk I/O error").
  const problem = probeWriteProblem(path);
  if (problem) return failed([createDiagnostic("state/write-failed", { name: basename(path), reason: problem.reason, advice: problem.advice }, rowAt(path))]);
  let db: SqliteDatabase;
  try {
    db = openAgentDatabase(path);
  } catch (error) {
    return failed([sqliteFailure(path, error, false)]);
  }
  try {
    return await inTransaction(db, async (): Promise<UpdateResult<T>> => {
      const text = readAuthRow(db, kind.which);
      const read = text === undefined ? undefined : kind.parse(text, rowName(path, kind.which));
      if (read && !read.usable) return failed(read.diagnostics);
      const before = read?.value;
      const draft = structuredClone(before ?? kind.empty());
      const next = (await mutate(draft)) ?? draft;
      const json = kind.serialize(next);
      const diagnostics = read?.diagnostics ?? [];
      if (json === text) return { ok: true, outcome: "unchanged", before, after: before, diagnostics };
      writeAuthRow(db, kind.which, json);
      return {
        ok: true,
        outcome: json === undefined ? "deleted" : "written",
        before,
        after: json === undefined ? undefined : (JSON.parse(json) as T),
        diagnostics,
      };
    });
  } catch (error) {
    return failed([sqliteFailure(path, error, false)]);
  } finally {
    db.close();
  }
}

function sqliteStore(path: string, agentId: string): AgentStore {
  return {
    kind: "sqlite",
    agentId,
    statePath: path,
    storePath: path,
    readProfiles: () => readSqliteProfiles(path),
    readState: () => readSqliteState(path),
    updateState: (mutate) => updateRow(path, STATE_ROW, mutate),
    updateProfiles: (mutate) => updateRow(path, STORE_ROW, mutate),
  };
}

/** The store an agent has: its SQLite database when that exists, else its JSON files. */
export function openAgentStore(stateDir: string, agentId: string): AgentStore {
  const id = normalizeAgentId(agentId);
  const db = agentDatabasePath(stateDir, id);
  return existsSync(db) ? sqliteStore(db, id) : jsonStore(stateDir, id);
}

/** The SQLite store of an agent, created (2026.9's whole layout) when it does not exist yet. */
export function createSqliteStore(stateDir: string, agentId: string): AgentStore {
  const id = normalizeAgentId(agentId);
  const db = agentDatabasePath(stateDir, id);
  createAgentDatabase(db, id);
  return sqliteStore(db, id);
}
