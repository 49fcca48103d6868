/**
 * @fileoverview One session of OpenClaw's sessions store as agentcfg reads it: the fields
 * that decide which auth profile and model the session uses, and where its transcript is.
 * Shared by the sessions.json reader (2026.4) and the SQLite reader (2026.9).
 */
import { basename } from "node:path";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import { asJsonObject as asObj } from "../json-object.js";

/** `user`: set with `/model ref@profile`; `auto`: the profile the session picked itself. */
export type SessionPinSource = "user" | "auto";

export interface SessionPin {
  profile: string;
  source: SessionPinSource;
  /** The source as written, when it differs (absent, or 2026.9's `user-link`). */
  sourceWritten?: string;
  /** The compaction count when an auto pin was set; a later compaction rotates it (2026.4). */
  compactionCount?: number;
}

export interface SessionRecord {
  key: string;
  sessionId?: string;
  updatedAt?: number;
  pin?: SessionPin;
  compactionCount?: number;
  /** `/model` override of the session: provider and model id. */
  providerOverride?: string;
  modelOverride?: string;
  /** The model its last run used. */
  lastProvider?: string;
  lastModel?: string;
  /** Where its transcript is: a JSONL file (2026.4) or rows of the database (2026.9). */
  transcript?: { kind: "jsonl"; path: string } | { kind: "sqlite"; path: string; sessionId: string };
}

export type SessionsStoreFormat = "sessions-json" | "agent-sqlite";

export interface SessionsStoreRead {
  /** Which store was found; undefined when there is none. */
  format: SessionsStoreFormat | undefined;
  /** The store's path (the one looked for first when none exists). */
  file: string;
  exists: boolean;
  /** False when the store exists but could not be read. */
  usable: boolean;
  sessions: SessionRecord[];
  diagnostics: Diagnostic[];
}

export const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim().length > 0 ? v.trim() : undefined);
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/**
 * One session entry (the object sessions.json holds per key, and 2026.9's `entry_json`) as a
 * record. The pin's source is inferred as OpenClaw does when it is not written: a pin with a
 * compaction count was picked automatically, one without was set by the user.
 */
export function sessionRecordFromEntry(key: string, entry: unknown, file: string, diagnostics: Diagnostic[]): SessionRecord | undefined {
  const value = asObj(entry);
  if (!value) {
    diagnostics.push(createDiagnostic("state/session-entry-skipped", { key, reason: "it is not an object" }, { file, path: [key], range: FILE_START }));
    return undefined;
  }
  const record: SessionRecord = { key };
  const set = <K extends keyof SessionRecord>(field: K, v: SessionRecord[K] | undefined) => {
    if (v !== undefined) record[field] = v;
  };
  set("sessionId", str(value["sessionId"]));
  set("updatedAt", num(value["updatedAt"]));
  set("compactionCount", num(value["compactionCount"]));
  set("providerOverride", str(value["providerOverride"]));
  set("modelOverride", str(value["modelOverride"]));
  set("lastProvider", str(value["modelProvider"]));
  set("lastModel", str(value["model"]));
  const rawPin = value["authProfileOverride"];
  if (rawPin !== undefined && rawPin !== null && typeof rawPin !== "string") {
    diagnostics.push(
      createDiagnostic(
        "state/session-entry-skipped",
        { key, reason: "its authProfileOverride is not a string" },
        { file, path: [key, "authProfileOverride"], range: FILE_START },
      ),
    );
    return undefined;
  }
  const profile = str(rawPin);
  if (profile !== undefined) {
    const written = str(value["authProfileOverrideSource"]);
    const compactionCount = num(value["authProfileOverrideCompactionCount"]);
    const inferred: SessionPinSource = compactionCount !== undefined ? "auto" : "user";
    const source: SessionPinSource = written === "auto" ? "auto" : written === "user" || written === "user-link" ? "user" : inferred;
    record.pin = {
      profile,
      source,
      ...(written !== source ? { sourceWritten: written ?? "(not written)" } : {}),
      ...(compactionCount !== undefined ? { compactionCount } : {}),
    };
  }
  return record;
}

export function unreadableSessionsStore(file: string, reason: string): SessionsStoreRead {
  return {
    format: file.endsWith(".sqlite") ? "agent-sqlite" : "sessions-json",
    file,
    exists: true,
    usable: false,
    sessions: [],
    diagnostics: [createDiagnostic("state/sessions-unreadable", { name: basename(file), reason }, { file, path: [], range: FILE_START })],
  };
}
