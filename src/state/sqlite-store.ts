/**
 * @fileoverview OpenClaw 2026.9's per-agent SQLite store,
 * `<stateDir>/agents/<id>/agent/openclaw-agent.sqlite`: credentials in table
 * `auth_profile_store` and routing state in `auth_profile_state`, each one row
 * keyed 'primary' holding the same JSON as auth-profiles.json and
 * auth-state.json did. Opened as 2026.9 opens it (WAL, busy timeout 5 s,
 * synchronous NORMAL, foreign keys on). A new database gets the whole layout
 * 2026.9 makes (sqlite-schema-2026.9.ts), built under a temporary name and
 * renamed into place, so a crash never leaves a half-made database behind.
 * Every change is one IMMEDIATE transaction: concurrent writers queue on the
 * busy timeout and none is lost; a killed writer leaves the last commit.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { AGENT_DB_DDL, AGENT_DB_SCHEMA_VERSION, AGENT_DB_SEED_ROWS, AGENT_DB_USER_VERSION } from "./sqlite-schema-2026.9.js";
import { probeWriteProblem } from "./io-errors.js";
import { loadSqlite, type SqliteDatabase } from "./sqlite-load.js";

export const AGENT_DB_FILENAME = "openclaw-agent.sqlite";
/** 2026.9's OPENCLAW_SQLITE_BUSY_TIMEOUT_MS. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
export const PRIMARY_ROW_KEY = "primary";

export type AuthTable = "store" | "state";
const TABLES: Record<AuthTable, { table: string; key: string; json: string }> = {
  store: { table: "auth_profile_store", key: "store_key", json: "store_json" },
  state: { table: "auth_profile_state", key: "state_key", json: "state_json" },
};

/** The tables a database must have for agentcfg to use it. */
export const AUTH_TABLES = Object.values(TABLES).map((t) => t.table);

function configure(db: SqliteDatabase): void {
  db.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`);
  db.exec("PRAGMA journal_mode = WAL;");
  db.exec("PRAGMA synchronous = NORMAL;");
  db.exec("PRAGMA foreign_keys = ON;");
}

/** Throws (an Error without an SQLite code: "not OpenClaw's") when the database lacks the auth tables. */
function requireAuthTables(db: SqliteDatabase): void {
  const missing = AUTH_TABLES.filter((name) => !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
  if (missing.length > 0) throw new Error(`it has no ${missing.join(" or ")} table (not an OpenClaw 2026.9 agent database)`);
}

/** Opens an existing agent database with 2026.9's pragmas. Throws (an Error) when SQLite cannot. */
export function openAgentDatabase(path: string): SqliteDatabase {
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    configure(db);
    requireAuthTables(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLite's primary codes for "cannot open / write beside it": a read-only mount, a full disk, no permission. */
const RETRY_ELSEWHERE = new Set([8 /* READONLY */, 10 /* IOERR */, 13 /* FULL */, 14 /* CANTOPEN */]);

function sqliteCode(error: unknown): number | undefined {
  const code = error !== null && typeof error === "object" ? (error as { errcode?: unknown }).errcode : undefined;
  return typeof code === "number" ? code & 0xff : undefined;
}

/**
 * Opens for reading as OpenClaw's own readers do (a read-write connection,
 * so the last one to close removes the -wal and -shm files; nothing is
 * written by agentcfg through it).
 */
function openReadable(path: string, check: (db: SqliteDatabase) => void): SqliteDatabase {
  return openChecked(path, { timeout: SQLITE_BUSY_TIMEOUT_MS }, check);
}

function openReadOnly(path: string | URL, check: (db: SqliteDatabase) => void): SqliteDatabase {
  return openChecked(path, { readOnly: true, timeout: SQLITE_BUSY_TIMEOUT_MS }, check);
}

/** Opens `path` and runs `check` on it; a database that fails the check is closed before the error goes on. */
function openChecked(path: string | URL, options: { readOnly?: boolean; timeout: number }, check: (db: SqliteDatabase) => void): SqliteDatabase {
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(path, options);
  try {
    check(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A database opened for reading; `close` also removes a private copy made to read it. */
export interface ReadableDatabase {
  db: SqliteDatabase;
  close(): void;
}

/**
 * Opens an agent database for reading only, wherever it is. A WAL database
 * needs its `-shm` file, which a read-only mount (or a full disk) will not
 * let SQLite make: then a database whose WAL is empty is opened immutable,
 * and one whose WAL still holds commits is read from a private copy (mode
 * 0600 in a 0700 temp folder, removed on close), so no committed key is
 * missed. Throws (an Error) when it cannot be read at all.
 */
export function openDatabaseForReading(path: string, check: (db: SqliteDatabase) => void = () => {}): ReadableDatabase {
  // Where SQLite could not make its -wal/-shm files (a read-only or full disk), do not let it try: it would leave empty ones behind.
  if (existsSync(`${path}-shm`) || probeWriteProblem(path) === undefined) {
    try {
      const db = openReadable(path, check);
      return { db, close: () => db.close() };
    } catch (error) {
      if (!RETRY_ELSEWHERE.has(sqliteCode(error) ?? -1) || !existsSync(path)) throw error;
    }
  }
  const wal = `${path}-wal`;
  if (!existsSync(wal) || statSync(wal).size === 0) {
    const db = openReadOnly(new URL(`${pathToFileURL(path).href}?immutable=1`), check);
    return { db, close: () => db.close() };
  }
  const folder = mkdtempSync(join(tmpdir(), "agentcfg-read-"));
  try {
    const copy = join(folder, AGENT_DB_FILENAME);
    copyFileSync(path, copy);
    copyFileSync(wal, `${copy}-wal`);
    chmodSync(copy, 0o600);
    chmodSync(`${copy}-wal`, 0o600);
    const db = openReadOnly(copy, check);
    return { db, close: () => (db.close(), rmSync(folder, { recursive: true, force: true })) };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** An agent database for reading (see openDatabaseForReading); throws when it is not OpenClaw's. */
export function openAgentDatabaseForReading(path: string): ReadableDatabase {
  return openDatabaseForReading(path, requireAuthTables);
}

/**
 * Creates the database 2026.9 would make for `agentId` (its whole layout,
 * seed rows, schema_meta, user_version), mode 0600, unless one exists.
 * Returns true when it was created.
 */
export function createAgentDatabase(path: string, agentId: string, now: number = Date.now()): boolean {
  if (existsSync(path)) return false;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${AGENT_DB_FILENAME}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(temp);
  try {
    chmodSync(temp, 0o600);
    // Set before the first table, as 2026.9 does for a fresh database (it cannot be changed later without VACUUM).
    db.exec("PRAGMA auto_vacuum = INCREMENTAL;");
    db.exec("PRAGMA journal_mode = DELETE;");
    db.exec("BEGIN");
    for (const sql of AGENT_DB_DDL) db.exec(sql);
    for (const seed of AGENT_DB_SEED_ROWS) {
      for (const row of seed.rows) {
        const columns = Object.keys(row);
        db.prepare(`INSERT INTO "${seed.table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(
          ...columns.map((c) => row[c] ?? null),
        );
      }
    }
    db.prepare(
      "INSERT INTO schema_meta (meta_key, role, schema_version, agent_id, app_version, created_at, updated_at) VALUES (?, 'agent', ?, ?, NULL, ?, ?)",
    ).run(PRIMARY_ROW_KEY, AGENT_DB_SCHEMA_VERSION, agentId, now, now);
    db.exec(`PRAGMA user_version = ${AGENT_DB_USER_VERSION};`);
    db.exec("COMMIT");
    db.exec("PRAGMA journal_mode = WAL;");
    db.close();
  } catch (error) {
    if (db.isOpen !== false) db.close();
    // A full disk mid-way: no half-made database, nor its journal, is left behind.
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(temp + suffix, { force: true });
    throw error;
  }
  try {
    // A plain rename would replace a database another process made meanwhile; never lose that one.
    if (existsSync(path)) {
      rmSync(temp, { force: true });
      return false;
    }
    renameSync(temp, path);
  } finally {
    for (const suffix of ["-wal", "-shm"]) rmSync(temp + suffix, { force: true });
  }
  return true;
}

/** The JSON text of the 'primary' row of an auth table, or undefined when there is none. */
export function readAuthRow(db: SqliteDatabase, which: AuthTable): string | undefined {
  const t = TABLES[which];
  const row = db.prepare(`SELECT ${t.json} AS json FROM ${t.table} WHERE ${t.key} = ?`).get(PRIMARY_ROW_KEY);
  return typeof row?.["json"] === "string" ? row["json"] : undefined;
}

/** Writes (or, with undefined, deletes) the 'primary' row of an auth table. Call inside a transaction. */
export function writeAuthRow(db: SqliteDatabase, which: AuthTable, json: string | undefined, now: number = Date.now()): void {
  const t = TABLES[which];
  if (json === undefined) {
    db.prepare(`DELETE FROM ${t.table} WHERE ${t.key} = ?`).run(PRIMARY_ROW_KEY);
    return;
  }
  db.prepare(
    `INSERT INTO ${t.table} (${t.key}, ${t.json}, updated_at) VALUES (?, ?, ?) ON CONFLICT(${t.key}) DO UPDATE SET ${t.json} = excluded.${t.json}, updated_at = excluded.updated_at`,
  ).run(PRIMARY_ROW_KEY, json, now);
}

/** Runs `work` in one IMMEDIATE transaction (the write lock first, so a read-modify-write cannot interleave). */
export async function inTransaction<T>(db: SqliteDatabase, work: () => T | Promise<T>): Promise<T> {
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = await work();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    if (db.isTransaction !== false) db.exec("ROLLBACK");
    throw error;
  }
}

/** 2026.9's shared state database, `<stateDir>/state/openclaw.sqlite`: the shared auth store lives in it. */
export const SHARED_DB_SEGMENTS = ["state", "openclaw.sqlite"] as const;

/**
 * The shared auth store's JSON (`config_machine_state` rows `authProfiles.store`
 * and `authProfiles.state`, where 2026.9 puts what `paste-token` saves), or
 * undefined when the database or the row is missing. Read only.
 */
export function readSharedAuthRow(path: string, which: AuthTable): string | undefined {
  if (!existsSync(path)) return undefined;
  const { db, close } = openDatabaseForReading(path);
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'config_machine_state'").get();
    if (!table) return undefined;
    const row = db.prepare("SELECT value_json AS json FROM config_machine_state WHERE state_key = ?").get(`authProfiles.${which}`);
    return typeof row?.["json"] === "string" ? row["json"] : undefined;
  } finally {
    close();
  }
}
