/**
 * @fileoverview The terminal reporter: `file:line:col severity code`, the
 * message, a code frame, the hint, and a summary line.
 */
import { type Paint, paintFor } from "./paint.js";
import { wordDiagnostic, type WordedDiagnostic } from "../word.js";
import { codeFrame } from "./code-frame.js";
import { frameSource, redactorOf, type FrameSource } from "./redact.js";
import { plural, summarize, targetLine, type FileReport, type Reporter, type Summary } from "./types.js";

export const prettyReporter: Reporter = (reports, options) => {
  const paint = paintFor(options.color === true);
  const redactor = redactorOf(options);
  const blocks: string[] = [];
  for (const report of reports) {
    // One line per config file: the release it was judged by, and why.
    if (report.target) blocks.push(paint.dim(targetLine(report.file, report.target)));
    if (report.diagnostics.length === 0) continue;
    const source = report.text !== undefined ? frameSource(report.text, redactor) : undefined;
    for (const diagnostic of report.diagnostics) blocks.push(formatDiagnostic(wordDiagnostic(diagnostic, redactor), source, paint));
  }
  blocks.push(formatSummary(summarize(reports), reports, paint));
  return redactor.redact(`${blocks.join("\n\n")}\n`);
};

function formatDiagnostic(d: WordedDiagnostic, source: FrameSource | undefined, paint: Paint): string {
  const severity = d.severity === "error" ? paint.red.bold("error") : d.severity === "warning" ? paint.yellow.bold("warning") : paint.blue.bold("info");
  const out = [`${paint.bold(`${d.file}:${d.range.start.line}:${d.range.start.column}`)} ${severity} ${paint.dim(d.code)}`];
  out.push(`  ${d.message}`);
  if (source) {
    const frame = codeFrame(source.lines, source.range(d.range), paint);
    if (frame) out.push("", indent(frame, 2));
  }
  for (const related of d.related ?? []) {
    out.push(`  ${paint.dim(`${related.message}: ${related.file}:${related.range.start.line}:${related.range.start.column}`)}`);
  }
  if (d.hint) out.push(`  ${paint.cyan("hint:")} ${d.hint}`);
  return out.join("\n");
}

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => pad + line)
    .join("\n");
}

export function formatSummary(summary: Summary, reports: readonly FileReport[], paint: Paint): string {
  const files = reports.length === 1 ? reports[0]!.file : plural(summary.files, "file");
  if (summary.errors + summary.warnings + summary.infos === 0) return paint.green(`✔ ${files}: no problems found.`);
  const parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning")];
  if (summary.infos > 0) parts.push(plural(summary.infos, "info"));
  const mark = summary.errors > 0 ? paint.red("✖") : paint.yellow("⚠");
  const where = reports.length === 1 ? `in ${files}` : `in ${summary.filesWithProblems} of ${files}`;
  return `${mark} ${parts.join(", ")} ${where}.`;
}
