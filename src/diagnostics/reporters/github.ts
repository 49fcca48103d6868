/**
 * @fileoverview The GitHub Actions reporter: one workflow command per
 * diagnostic (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`),
 * which GitHub shows as an annotation on the pull request, then a summary line.
 */
import { paintFor } from "./paint.js";
import type { Severity } from "../types.js";
import { wordDiagnostic, type WordedDiagnostic } from "../word.js";
import { formatSummary } from "./pretty.js";
import { redactorOf } from "./redact.js";
import { summarize, targetLine, type Reporter } from "./types.js";

/** GitHub has three annotation levels; `info` is a notice. */
const COMMAND_FOR: Record<Severity, "error" | "warning" | "notice"> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/**
 * Escapes the message part of a workflow command. GitHub reads `%`, CR and LF
 * as syntax there, so they travel percent-encoded (`%` first, or it would
 * encode the encodings).
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value: as data, plus `:` and `,`, which separate properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(d: WordedDiagnostic): string {
  const { start, end } = d.range;
  const properties: [string, string | number][] = [
    ["file", d.file],
    ["line", start.line],
    ["col", start.column],
    ["endLine", end.line],
    ["endColumn", end.column],
    ["title", d.code],
  ];
  const props = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  // The hint goes on its own line of the annotation: GitHub keeps line breaks in the message.
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${COMMAND_FOR[d.severity]} ${props}::${escapeCommandData(message)}`;
}

export const githubReporter: Reporter = (reports, options) => {
  const redactor = redactorOf(options);
  // The target of each file is a plain log line: it is no finding, so it must not become an annotation.
  // Masked before the escaping: a secret holding `%` would no longer match once encoded.
  const lines = reports.flatMap((report) => [
    ...(report.target ? [targetLine(report.file, report.target)] : []),
    ...report.diagnostics.map((d) => annotation(wordDiagnostic(d, redactor))),
  ]);
  // The summary is plain log text; a workflow command must never start it, so it cannot be mistaken for one.
  lines.push(formatSummary(summarize(reports), reports, paintFor(false)));
  return redactor.redact(`${lines.join("\n")}\n`);
};
