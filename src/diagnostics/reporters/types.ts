/**
 * @fileoverview What every reporter receives: the diagnostics of each file,
 * with the file's text for code frames. Reporters only print; they never decide.
 */
import type { Redactor } from "../../secrets/redact.js";
import type { Diagnostic, Severity } from "../types.js";

/** The OpenClaw release a file was judged by, and why (set on each config file checked, once). */
export interface ReportTarget {
  /** The target id, e.g. 2026.9. */
  id: string;
  /** The OpenClaw release, e.g. 2026.9.6. */
  version: string;
  /** How it was chosen, in words. */
  reason: string;
}

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** The release the file was judged by; absent for a settings file, an unreadable file, and a file only `$include`d. */
  target?: ReportTarget;
  /** The source text, when it could be read (for code frames). */
  text?: string;
}

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ReporterOptions {
  color: boolean;
  /** The tool version, for machine-readable formats. */
  version: string;
  /**
   * Knows the secrets of the files reported on; every text a reporter prints passes through
   * it (code frames are drawn from the masked text). Without one, credentials are still
   * masked by their look.
   */
  redactor?: Redactor;
}

export type Reporter = (reports: readonly FileReport[], options: ReporterOptions) => string;

export function summarize(reports: readonly FileReport[]): Summary {
  const count = (severity: Severity) => reports.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  return {
    files: reports.length,
    filesWithProblems: reports.filter((r) => r.diagnostics.length > 0).length,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
  };
}

/** The one line each reporter writes about a file's target. */
export function targetLine(file: string, target: ReportTarget): string {
  return `${file}: judged by OpenClaw ${target.version} (target ${target.id}: ${target.reason})`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
