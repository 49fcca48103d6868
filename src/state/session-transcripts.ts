/**
 * @fileoverview The failed model calls a session's transcript records: for each assistant
 * turn that ended with `stopReason: "error"`, its entry id, time, provider, model and the
 * provider's error text. Nothing else of a transcript is read into the result: no message
 * content, no tool output. Error texts are returned raw; callers pass them through the
 * redactor before printing. 2026.4 transcripts are JSONL files beside sessions.json; 2026.9
 * keeps them as rows of `transcript_events` in the agent database.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import * as zlib from "node:zlib";
import type { SessionRecord } from "./sessions-record.js";
import { openReadOnlyDatabase } from "./sessions-sqlite.js";
import { asJsonObject as asObj } from "../json-object.js";

export interface TranscriptError {
  sessionKey: string;
  /** The transcript entry's id. */
  entryId?: string;
  /** When the call failed, ms epoch. */
  at?: number;
  provider?: string;
  model?: string;
  /** The provider's error text as recorded (redact before printing). */
  text: string;
}

export interface TranscriptErrorsRead {
  /** The most recent errors, newest first. */
  errors: TranscriptError[];
  /** Why the transcript could not be read, when it could not. */
  problem?: string;
}

/** Only the end of a long transcript is read: recent failures are what explain needs. */
const TAIL_BYTES = 1024 * 1024;
/** Events looked at in a 2026.9 transcript, newest first. */
const TAIL_EVENTS = 2000;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

/** The error of one transcript event, when it is a failed assistant turn. */
export function transcriptEventError(sessionKey: string, event: unknown): TranscriptError | undefined {
  const entry = asObj(event);
  if (entry?.["type"] !== "message") return undefined;
  const message = asObj(entry["message"]);
  if (message?.["role"] !== "assistant" || message["stopReason"] !== "error") return undefined;
  const text = str(message["errorMessage"]);
  if (text === undefined) return undefined;
  const at = typeof message["timestamp"] === "number" ? message["timestamp"] : Date.parse(String(entry["timestamp"]));
  const error: TranscriptError = { sessionKey, text };
  const id = str(entry["id"]);
  if (id !== undefined) error.entryId = id;
  if (Number.isFinite(at)) error.at = at;
  const provider = str(message["provider"]);
  const model = str(message["model"]);
  if (provider !== undefined) error.provider = provider;
  if (model !== undefined) error.model = model;
  return error;
}

function readTail(path: string): string {
  const size = statSync(path).size;
  const start = Math.max(0, size - TAIL_BYTES);
  const buffer = Buffer.alloc(size - start);
  const fd = openSync(path, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  const text = buffer.toString("utf8");
  // A tail starts mid-line: drop the partial first line.
  return start > 0 ? text.slice(text.indexOf("\n") + 1) : text;
}

function jsonlErrors(record: SessionRecord, path: string): TranscriptError[] {
  const errors: TranscriptError[] = [];
  for (const line of readTail(path).split("\n")) {
    if (!line.includes('"stopReason":"error"') && !line.includes('"stopReason": "error"')) continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      continue;
    }
    const error = transcriptEventError(record.key, event);
    if (error) errors.push(error);
  }
  return errors.reverse();
}

type ZstdDecompress = (buffer: Uint8Array) => Buffer;

function sqliteErrors(record: SessionRecord, path: string, sessionId: string): TranscriptError[] {
  const db = openReadOnlyDatabase(path);
  try {
    const rows = db.prepare("SELECT event_json, event_zstd FROM transcript_events WHERE session_id = ? ORDER BY seq DESC LIMIT ?").all(sessionId, TAIL_EVENTS);
    const unzstd = (zlib as unknown as { zstdDecompressSync?: ZstdDecompress }).zstdDecompressSync;
    const errors: TranscriptError[] = [];
    for (const row of rows) {
      let text = typeof row["event_json"] === "string" ? row["event_json"] : undefined;
      if (text === undefined && row["event_zstd"] instanceof Uint8Array && unzstd) text = unzstd(row["event_zstd"]).toString("utf8");
      if (text === undefined || !text.includes('"error"')) continue;
      try {
        const error = transcriptEventError(record.key, JSON.parse(text));
        if (error) errors.push(error);
      } catch {}
    }
    return errors;
  } finally {
    db.close();
  }
}

/** The most recent failed calls of one session, newest first, at most `limit`. */
export function readTranscriptErrors(record: SessionRecord, limit = 5): TranscriptErrorsRead {
  const transcript = record.transcript;
  if (transcript === undefined) return { errors: [] };
  try {
    const all = transcript.kind === "jsonl" ? jsonlErrors(record, transcript.path) : sqliteErrors(record, transcript.path, transcript.sessionId);
    return { errors: all.slice(0, limit) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { errors: [] };
    return { errors: [], problem: code ?? (error instanceof Error ? error.message.slice(0, 200) : "unreadable") };
  }
}
