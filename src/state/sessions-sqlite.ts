/**
 * @fileoverview Reads the sessions of OpenClaw 2026.9's per-agent database,
 * `<stateDir>/agents/<agent>/agent/openclaw-agent.sqlite`, read-only: table `session_nodes`
 * holds one row per session key (`session_key`, `current_session_id`, and `entry_json`, the
 * same entry object 2026.4 kept in sessions.json); table `transcript_events` holds the
 * transcript, one event per row (`session_id`, `seq`, `event_json` or zstd `event_zstd`).
 * The database is opened read-only and never written; node:sqlite is loaded only here, and
 * only when such a database exists.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { openDatabaseForReading } from "./sqlite-store.js";
import { sessionRecordFromEntry, unreadableSessionsStore, type SessionRecord, type SessionsStoreRead } from "./sessions-record.js";

/** The parts of node:sqlite used here (typed locally: @types/node may predate the module). */
interface Statement {
  all(...params: unknown[]): Record<string, unknown>[];
}
export interface ReadOnlyDatabase {
  prepare(sql: string): Statement;
  close(): void;
}

/**
 * Opens a database read-only, on a read-only mount too (sqlite-store.ts's
 * openDatabaseForReading; loadSqlite drops Node's ExperimentalWarning).
 */
export function openReadOnlyDatabase(path: string): ReadOnlyDatabase {
  const { db, close } = openDatabaseForReading(path);
  return { prepare: (sql) => db.prepare(sql) as unknown as Statement, close };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 200);
}

/** The sessions of a 2026.9 agent database. */
export function readSessionsDatabase(path: string): SessionsStoreRead {
  let db: ReadOnlyDatabase;
  try {
    db = openReadOnlyDatabase(path);
  } catch (error) {
    return unreadableSessionsStore(path, `it cannot be opened (${describe(error)})`);
  }
  try {
    let rows: Record<string, unknown>[];
    try {
      rows = db.prepare("SELECT session_key, current_session_id, entry_json FROM session_nodes ORDER BY session_key").all();
    } catch (error) {
      return unreadableSessionsStore(path, `it has no readable session_nodes table (${describe(error)})`);
    }
    const diagnostics: Diagnostic[] = [];
    const sessions: SessionRecord[] = [];
    for (const row of rows) {
      const key = String(row["session_key"]);
      let entry: unknown;
      try {
        entry = JSON.parse(String(row["entry_json"]));
      } catch {
        entry = undefined;
      }
      const record = sessionRecordFromEntry(key, entry, path, diagnostics);
      if (!record) continue;
      const sessionId = typeof row["current_session_id"] === "string" ? row["current_session_id"] : record.sessionId;
      if (sessionId !== undefined) {
        record.sessionId = sessionId;
        record.transcript = { kind: "sqlite", path, sessionId };
      }
      sessions.push(record);
    }
    return { format: "agent-sqlite", file: path, exists: true, usable: true, sessions, diagnostics };
  } finally {
    db.close();
  }
}
