/**
 * @fileoverview Redaction on the way into a reporter: each diagnostic's own
 * text (message, hint, fix, related notes) is masked before a reporter lays it
 * out or escapes it (GitHub percent-encodes `%`, JSON escapes quotes, either of
 * which would hide a secret from a later pass), and a file's text is masked
 * before its code frame is drawn, with each range moved onto the masked text,
 * so the carets span what is printed. The diagnostics themselves are never
 * changed: a range still points into the real file.
 */
import { LineIndex } from "../line-index.js";
import { Redactor } from "../../secrets/redact.js";
import type { Diagnostic, Position, SourceRange } from "../types.js";
import type { ReporterOptions } from "./types.js";

/** The options' redactor; without one, a redactor that knows no value and masks credentials by their look. */
export function redactorOf(options: Pick<ReporterOptions, "redactor">): Redactor {
  return options.redactor ?? new Redactor();
}

export function redactDiagnostic(d: Diagnostic, redactor: Redactor): Diagnostic {
  const r = (text: string) => redactor.redact(text);
  return {
    ...d,
    message: r(d.message),
    ...(d.hint !== undefined ? { hint: r(d.hint) } : {}),
    ...(d.fix ? { fix: { description: r(d.fix.description), edits: d.fix.edits.map((e) => ({ ...e, newText: r(e.newText) })) } } : {}),
    ...(d.related ? { related: d.related.map((rel) => ({ ...rel, message: r(rel.message) })) } : {}),
  };
}

/** A file's text as a code frame shows it: masked, with the ranges of the real file moved onto it. */
export interface FrameSource {
  lines: LineIndex;
  range(range: SourceRange): SourceRange;
}

export function frameSource(text: string, redactor: Redactor): FrameSource {
  const original = new LineIndex(text);
  const redacted = redactor.redactSource(text);
  const lines = redacted.text === text ? original : new LineIndex(redacted.text);
  // From line and column, not `offset`: they are what the frame is drawn from.
  const offsetOf = (p: Position) => Math.min(text.length, (original.starts[p.line - 1] ?? text.length) + p.column - 1);
  return {
    lines,
    range(range) {
      if (lines === original) return range;
      const start = lines.positionAt(redacted.map(offsetOf(range.start), "start"));
      const end = lines.positionAt(redacted.map(offsetOf(range.end), "end"));
      return { start, end: end.offset < start.offset ? start : end };
    },
  };
}
