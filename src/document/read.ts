/**
 * @fileoverview Reads a config file as UTF-8 text, or says precisely why it
 * cannot: missing, a directory, a FIFO or device (never opened, so never
 * blocks), no permission, a symlink loop, not UTF-8.
 */
import { readFileSync, statSync } from "node:fs";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "./lines.js";

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "too many levels of symbolic links (a symlink loop)",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory, not a file",
  ENAMETOOLONG: "the path is too long",
  EMFILE: "too many open files",
};

export function readConfigFile(path: string, displayName = path): ReadResult {
  const fail = (reason: string): ReadResult => ({
    ok: false,
    diagnostic: createDiagnostic("parse/unreadable-file", { reason }, { file: displayName, path: [], range: FILE_START }),
  });
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return fail("it is a directory, not a file");
    if (!stats.isFile()) return fail("it is not a regular file (a FIFO, socket or device)");
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return fail(REASONS[code] ?? `${code || "unknown error"}`);
  }
  return decodeUtf8(bytes, displayName);
}

/** Strict UTF-8: invalid bytes are an error rather than silently replaced characters. */
export function decodeUtf8(bytes: Uint8Array, displayName: string): ReadResult {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      diagnostic: createDiagnostic("parse/invalid-encoding", {}, { file: displayName, path: [], range: byteRange(bytes, offset) }),
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the longest valid prefix (a prefix may end mid-character, so allow 3 bytes of slack).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // The longest prefix may end inside the bad sequence (its lead byte, awaiting more): the error starts at that lead byte.
  let end = low;
  while (end > 0 && low - end < 3 && !decodesWhole(bytes.subarray(0, end))) end--;
  return end;
}

function decodesWhole(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function byteRange(bytes: Uint8Array, offset: number) {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  const position = { line, column: before.length - lineStart + 1, offset: before.length };
  return { start: position, end: { ...position, column: position.column + 1, offset: position.offset + 1 } };
}
