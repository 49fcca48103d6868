/**
 * @fileoverview What every diagnostic must satisfy, whatever the input: a
 * catalogued code, a severity, a message, and ranges (its own, its related
 * locations', its fix edits') that lie inside the text of the file they name,
 * with line ≥ 1, column ≥ 1 and an offset that agrees with the line and column.
 */
import { expect } from "vitest";
import { isDiagnosticCode } from "../../src/diagnostics/catalogue.js";
import type { Diagnostic, Position, SourceRange } from "../../src/diagnostics/types.js";
import { LineIndex } from "../../src/diagnostics/line-index.js";
import { messageOf } from "./words.js";

/** File name → its text, for the files whose positions are checked; others only get the basic checks. */
export type KnownTexts = ReadonlyMap<string, string>;

const indexes = new WeakMap<object, Map<string, LineIndex>>();

function lineIndex(texts: KnownTexts, file: string): LineIndex | undefined {
  let byFile = indexes.get(texts);
  if (!byFile) indexes.set(texts, (byFile = new Map()));
  const text = texts.get(file);
  if (text === undefined) return undefined;
  let index = byFile.get(file);
  if (!index) byFile.set(file, (index = new LineIndex(text)));
  return index;
}

function expectPosition(position: Position, index: LineIndex | undefined, where: string): void {
  expect(Number.isInteger(position.line) && position.line >= 1, `${where}: line ${position.line}`).toBe(true);
  expect(Number.isInteger(position.column) && position.column >= 1, `${where}: column ${position.column}`).toBe(true);
  expect(Number.isInteger(position.offset) && position.offset >= 0, `${where}: offset ${position.offset}`).toBe(true);
  if (!index) return;
  expect(position.offset, `${where}: offset past the end`).toBeLessThanOrEqual(index.text.length);
  expect(position.line, `${where}: line past the end`).toBeLessThanOrEqual(index.lineCount);
  expect(index.positionAt(position.offset), `${where}: line/column disagree with the offset`).toEqual({
    line: position.line,
    column: position.column,
    offset: position.offset,
  });
}

function expectRange(range: SourceRange, index: LineIndex | undefined, where: string): void {
  expectPosition(range.start, index, `${where} start`);
  expectPosition(range.end, index, `${where} end`);
  expect(range.end.offset, `${where}: ends before it starts`).toBeGreaterThanOrEqual(range.start.offset);
}

/** Asserts the invariants on each diagnostic; `texts` gives the text of every file whose ranges can be checked exactly. */
export function expectWellFormed(diagnostics: readonly Diagnostic[], texts: KnownTexts): void {
  for (const d of diagnostics) {
    const where = `${d.code} in ${d.file}`;
    expect(isDiagnosticCode(d.code), `uncatalogued code ${d.code}`).toBe(true);
    expect(["error", "warning", "info"]).toContain(d.severity);
    expect(typeof messageOf(d) === "string" && messageOf(d).length > 0, `${where}: no message`).toBe(true);
    expect(typeof d.file === "string" && d.file.length > 0, `${where}: no file`).toBe(true);
    expect(Array.isArray(d.path), `${where}: no path`).toBe(true);
    expectRange(d.range, lineIndex(texts, d.file), where);
    for (const related of d.related ?? []) expectRange(related.range, lineIndex(texts, related.file), `${where} related`);
    for (const edit of d.fix?.edits ?? []) expectRange(edit.range, lineIndex(texts, d.file), `${where} fix`);
  }
}
