/**
 * @fileoverview OpenClaw's sessions store, read-only: one record per session key with the
 * fields that decide which auth profile and model a session uses (its pin:
 * `authProfileOverride`, `authProfileOverrideSource`, `authProfileOverrideCompactionCount`;
 * its model override) and where its transcript is. 2026.4 keeps the store in
 * `<stateDir>/agents/<agent>/sessions/sessions.json`; 2026.9 in the `session_nodes` table of
 * `<stateDir>/agents/<agent>/agent/openclaw-agent.sqlite` (sessions-sqlite.ts). Everything
 * else a session entry holds (skills snapshots, prompts, delivery) is ignored and never
 * printed.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { parseDocument } from "../document/parse.js";
import { normalizeAgentId } from "./paths.js";
import { sessionRecordFromEntry, str, unreadableSessionsStore, type SessionRecord, type SessionsStoreRead } from "./sessions-record.js";
import { readSessionsDatabase } from "./sessions-sqlite.js";
import { asJsonObject as asObj } from "../json-object.js";

export type { SessionPin, SessionPinSource, SessionRecord, SessionsStoreFormat, SessionsStoreRead } from "./sessions-record.js";

export const SESSIONS_JSON_FILENAME = "sessions.json";
export const AGENT_DATABASE_FILENAME = "openclaw-agent.sqlite";

export function sessionsJsonPath(stateDir: string, agentId: string): string {
  return join(stateDir, "agents", normalizeAgentId(agentId), "sessions", SESSIONS_JSON_FILENAME);
}

export function agentDatabasePath(stateDir: string, agentId: string): string {
  return join(stateDir, "agents", normalizeAgentId(agentId), "agent", AGENT_DATABASE_FILENAME);
}

/** Parses sessions.json text; a syntax error is reported at its line and column. */
export function parseSessionsJsonText(text: string, file: string): SessionsStoreRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Only a broken file pays for the located parse: a healthy store can be megabytes.
    const doc = parseDocument(text, file);
    const located = doc.diagnostics.filter((d) => d.severity === "error");
    if (located.length === 0) parsed = doc.value;
    else {
      const read = unreadableSessionsStore(file, "it is not valid JSON");
      return { ...read, diagnostics: [...located, ...read.diagnostics] };
    }
  }
  const store = asObj(parsed);
  if (!store) return unreadableSessionsStore(file, "it is not an object keyed by session key");
  const diagnostics: Diagnostic[] = [];
  const sessions: SessionRecord[] = [];
  const sessionsDir = dirname(file);
  for (const [key, entry] of Object.entries(store)) {
    const record = sessionRecordFromEntry(key, entry, file, diagnostics);
    if (!record) continue;
    const written = str(asObj(entry)?.["sessionFile"]);
    // The path OpenClaw wrote is absolute on the machine that wrote it; beside the store is the fallback.
    const beside = record.sessionId !== undefined ? join(sessionsDir, `${basename(record.sessionId)}.jsonl`) : undefined;
    const path = written !== undefined && existsSync(written) ? written : beside;
    if (path !== undefined) record.transcript = { kind: "jsonl", path };
    sessions.push(record);
  }
  return { format: "sessions-json", file, exists: true, usable: true, sessions, diagnostics };
}

/**
 * The agent's sessions store as OpenClaw of either release keeps it: the SQLite database
 * when it exists (2026.9; it no longer reads sessions.json), else sessions.json (2026.4).
 */
export function readSessionsStore(stateDir: string, agentId: string): SessionsStoreRead {
  const database = agentDatabasePath(stateDir, agentId);
  if (existsSync(database)) return readSessionsDatabase(database);
  const json = sessionsJsonPath(stateDir, agentId);
  if (!existsSync(json)) return { format: undefined, file: json, exists: false, usable: true, sessions: [], diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(json, "utf8");
  } catch (error) {
    return unreadableSessionsStore(json, (error as NodeJS.ErrnoException).code ?? "it cannot be opened");
  }
  return parseSessionsJsonText(text, json);
}
