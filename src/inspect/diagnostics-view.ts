/**
 * @fileoverview Diagnostics as the page shows them: grouped by file (in the order the files
 * were read), each with its line and column, the path it is about and the same code frame
 * the pretty reporter prints, without colour. A diagnostic whose file is shown on the page
 * carries the index of that source, so clicking it can scroll there.
 */
import { Chalk } from "chalk";
import { formatPath } from "../diagnostics/path.js";
import { codeFrame } from "../diagnostics/reporters/code-frame.js";
import { frameSource, type FrameSource } from "../diagnostics/reporters/redact.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { wordDiagnostic } from "../diagnostics/word.js";
import type { Redactor } from "../secrets/redact.js";
import type { InspectDiagnostic, InspectFileDiagnostics, InspectSource } from "./payload-types.js";

const plain = new Chalk({ level: 0 });

/** The text of each file a diagnostic may point into, shown or not (auth-profiles.json is framed but never shown). */
export type FileTexts = ReadonlyMap<string, string>;

function viewOf(original: Diagnostic, source: FrameSource | undefined, sourceIndex: number | undefined, redactor: Redactor): InspectDiagnostic {
  const diagnostic = wordDiagnostic(original, redactor);
  const { start, end } = diagnostic.range;
  const shown = source?.range(diagnostic.range);
  const moved = shown !== undefined && (shown.start.column !== start.column || shown.end.column !== end.column);
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    ...(diagnostic.hint !== undefined ? { hint: diagnostic.hint } : {}),
    where: formatPath(diagnostic.path),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    frame: source && shown ? codeFrame(source.lines, shown, plain) : "",
    ...(sourceIndex !== undefined ? { sourceIndex } : {}),
    ...(moved ? { markColumn: shown.start.column, markEndColumn: shown.end.column } : {}),
  };
}

/** Groups diagnostics by file: the shown sources' order first, then any other file by name. */
export function groupDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: readonly InspectSource[],
  texts: FileTexts,
  redactor: Redactor,
): InspectFileDiagnostics[] {
  const order = new Map<string, number>(sources.map((source, index) => [source.file, index]));
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const files = [...byFile.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  return files.map((file) => {
    const text = texts.get(file);
    const source = text !== undefined ? frameSource(text, redactor) : undefined;
    const list = [...(byFile.get(file) ?? [])].sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
    return { file, diagnostics: list.map((d) => viewOf(d, source, order.get(file), redactor)) };
  });
}
