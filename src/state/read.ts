/**
 * @fileoverview Reads auth-state.json and auth-profiles.json: text → parsed
 * value (JSON5, a superset of the JSON OpenClaw writes) → Zod check, every
 * problem a diagnostic at its line and column. A missing file is an empty
 * state, not an error; a file that exists but cannot be used is marked
 * unusable so that nothing writes over it. Values are returned as parsed,
 * key order and unknown fields included.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { z } from "zod";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import { rangeOf } from "../document/locate.js";
import { parseDocument, type ConfigDocument } from "../document/parse.js";
import { decodeUtf8, type ReadResult } from "../document/read.js";
import { singleDocumentSource } from "../document/source.js";
import { AuthProfilesFileSchema } from "../schema/auth-profiles.js";
import { AuthStateFileSchema } from "../schema/auth-state.js";
import type { AuthProfilesFile, AuthStateFile, StoredCredential } from "../schema/auth-store-types.js";
import { validateAgainstSchema } from "../schema/validate.js";
import { readCredential } from "./credential.js";
import { fsFailure } from "./io-errors.js";

export interface StateFileRead<T> {
  /** The file name diagnostics carry. */
  file: string;
  exists: boolean;
  /** False when the file exists but cannot be used: callers must not write over it. */
  usable: boolean;
  /** The parsed document (for locating values later); undefined when the file is missing or unreadable. */
  doc: ConfigDocument | undefined;
  /** The value as parsed; undefined when the file is missing or unusable. */
  value: T | undefined;
  diagnostics: Diagnostic[];
}

export interface AuthProfilesRead extends StateFileRead<AuthProfilesFile> {
  /** The credentials OpenClaw would use, read leniently; entries it would drop are absent (and reported). */
  credentials: Record<string, StoredCredential>;
}

export interface ReadOptions {
  /** The name diagnostics give the file; defaults to the path. */
  displayName?: string;
}

function isMissing(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT";
  }
}

function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}

function parseChecked<T>(text: string, file: string, schema: z.ZodType): StateFileRead<T> {
  const doc = parseDocument(text, file);
  const diagnostics = [...doc.diagnostics];
  if (errorCount(diagnostics) === 0) diagnostics.push(...validateAgainstSchema(singleDocumentSource(doc), schema));
  const problems = errorCount(diagnostics);
  if (problems > 0) {
    diagnostics.push(createDiagnostic("state/invalid-file", { name: basename(file), problems }, { file, path: [], range: FILE_START }));
    return { file, exists: true, usable: false, doc, value: undefined, diagnostics };
  }
  return { file, exists: true, usable: true, doc, value: doc.value as T, diagnostics };
}

/** Parses auth-state.json text (no file system). */
export function parseAuthStateText(text: string, file: string): StateFileRead<AuthStateFile> {
  return parseChecked<AuthStateFile>(text, file, AuthStateFileSchema);
}

/** Parses auth-profiles.json text, then reads each credential leniently, as OpenClaw does. */
export function parseAuthProfilesText(text: string, file: string): AuthProfilesRead {
  const read = parseChecked<AuthProfilesFile>(text, file, AuthProfilesFileSchema);
  const credentials: Record<string, StoredCredential> = {};
  if (!read.value || !read.doc) return { ...read, credentials };
  const doc = read.doc;
  for (const [id, raw] of Object.entries(read.value.profiles ?? {})) {
    const result = readCredential(raw);
    if (result.ok) credentials[id] = result.credential;
    else {
      const path = ["profiles", id];
      read.diagnostics.push(createDiagnostic("state/credential-dropped", { id, reason: result.reason }, { file, path, range: rangeOf(doc, path, "key") }));
    }
  }
  const inline = (["order", "lastGood", "usageStats"] as const).filter((section) => read.value?.[section] !== undefined);
  if (inline.length > 0) {
    const path = [inline[0]!];
    read.diagnostics.push(createDiagnostic("state/legacy-inline-state", { sections: inline }, { file, path, range: rangeOf(doc, path, "key") }));
  }
  return { ...read, credentials };
}

function readText<T extends StateFileRead<unknown>>(
  path: string,
  options: ReadOptions,
  parse: (text: string, file: string) => T,
  empty: (file: string) => T,
): T {
  const file = options.displayName ?? path;
  if (isMissing(path)) return empty(file);
  const read = readStateBytes(path, file);
  if (!read.ok) {
    const diagnostics = [read.diagnostic];
    // Only a file that is really broken (not UTF-8) may be moved aside; one the disk keeps us from reading is kept.
    if (read.diagnostic.code === "parse/invalid-encoding")
      diagnostics.push(createDiagnostic("state/invalid-file", { name: basename(file), problems: 1 }, { file, path: [], range: FILE_START }));
    return { ...empty(file), exists: true, usable: false, diagnostics };
  }
  return parse(read.text, file);
}

/** The file's text, or why it cannot be had: an I/O failure (`state/read-failed`, the file is fine) or bytes that are not UTF-8. */
function readStateBytes(path: string, file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { reason, advice, intact } = fsFailure(error);
    const data = { name: basename(file), reason, advice, intact };
    return { ok: false, diagnostic: createDiagnostic("state/read-failed", data, { file, path: [], range: FILE_START }) };
  }
  return decodeUtf8(bytes, file);
}

/** Reads an agent's auth-state.json; a missing file reads as `exists: false, usable: true`. */
export function readAuthState(path: string, options: ReadOptions = {}): StateFileRead<AuthStateFile> {
  return readText(path, options, parseAuthStateText, (file) => ({ file, exists: false, usable: true, doc: undefined, value: undefined, diagnostics: [] }));
}

/** Reads an agent's auth-profiles.json; a missing file reads as an empty store. */
export function readAuthProfiles(path: string, options: ReadOptions = {}): AuthProfilesRead {
  return readText(path, options, parseAuthProfilesText, (file) => ({
    file,
    exists: false,
    usable: true,
    doc: undefined,
    value: undefined,
    diagnostics: [],
    credentials: {},
  }));
}
