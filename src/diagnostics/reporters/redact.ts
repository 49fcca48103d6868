/**
 * @fileoverview Redaction on the way into a reporter: the redactor a reporter
 * uses, and a file's text masked before its code frame is drawn, with each
 * range moved onto the masked text, so the carets span what is printed. (Each
 * diagnostic's own words are masked as they are written: word.ts.) The
 * diagnostics themselves are never changed: a range still points into the
 * real file.
 */
import { LineIndex } from "../line-index.js";
import { Redactor } from "../../secrets/redact.js";
import type { Position, SourceRange } from "../types.js";
import type { ReporterOptions } from "./types.js";

/** The options' redactor; without one, a redactor that knows no value and masks credentials by their look. */
export function redactorOf(options: Pick<ReporterOptions, "redactor">): Redactor {
  return options.redactor ?? new Redactor();
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
