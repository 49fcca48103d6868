/**
 * @fileoverview The code frame under a diagnostic: two lines of context, a
 * `>` on the line at fault and carets under the exact span. It is drawn from
 * text already redacted, with the range moved onto it (reporters/redact.ts),
 * so the carets span ‹redacted› as printed, not the secret it stands for.
 */
import type { Paint } from "./paint.js";
import type { LineIndex } from "../line-index.js";
import type { SourceRange } from "../types.js";

const CONTEXT_LINES = 2;
const MAX_LINE_WIDTH = 160;

export function codeFrame(lines: LineIndex, range: SourceRange, paint: Paint): string {
  const line = range.start.line;
  if (line > lines.lineCount) return "";
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.lineCount, line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const { text, shift } = clip(lines.lineText(n).replace(/\t/g, " "), n === line ? range.start.column : 1);
    const gutter = `${String(n).padStart(gutterWidth)} │`;
    if (n === line) {
      out.push(`${paint.red.bold(">")} ${paint.dim(gutter)} ${text}`);
      const spanEnd = range.end.line === line ? range.end.column : lines.lineText(n).length + 1;
      const width = Math.max(1, spanEnd - range.start.column);
      const caretStart = range.start.column - 1 - shift;
      out.push(
        `  ${paint.dim(`${" ".repeat(gutterWidth)} │`)} ${" ".repeat(Math.max(0, caretStart))}${paint.red.bold("^".repeat(Math.min(width, MAX_LINE_WIDTH)))}`,
      );
    } else {
      out.push(`  ${paint.dim(gutter)} ${text}`);
    }
  }
  return out.join("\n");
}

/**
 * The [from, to) spans of the string literals on one line (one left open runs to its end). A loop,
 * not a regex: on a 10 MB line a backtracking regex overflows the stack.
 */
function stringSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const quote = text[i];
    if (quote !== '"' && quote !== "'") continue;
    let j = i + 1;
    while (j < text.length && text[j] !== quote) j += text[j] === "\\" ? 2 : 1;
    spans.push([i, Math.min(j + 1, text.length)]);
    i = j;
  }
  return spans;
}

/**
 * Long lines (minified files) are cut around the column of interest, never inside a string
 * literal: the frame shows whole values (and a known secret cut short would escape the final
 * pass over the output, which recognises whole values only).
 */
function clip(text: string, column: number): { text: string; shift: number } {
  if (text.length <= MAX_LINE_WIDTH) return { text, shift: 0 };
  let start = Math.max(0, Math.min(column - 1 - 40, text.length - MAX_LINE_WIDTH));
  let end = start + MAX_LINE_WIDTH;
  for (const [from, to] of stringSpans(text)) {
    if (from < start && to > start) start = Math.min(to, end);
    if (from < end && to > end) end = Math.max(from, start);
  }
  const body = text.slice(start, end);
  return { text: (start > 0 ? "…" : "") + body + (end < text.length ? "…" : ""), shift: start - (start > 0 ? 1 : 0) };
}
