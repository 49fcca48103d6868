/**
 * @fileoverview The machine-readable reporter. Its shape is a documented
 * contract (docs/json-report.md); `version` changes when it does.
 */
import { wordDiagnostic } from "../word.js";
import { redactorOf } from "./redact.js";
import { summarize, type Reporter } from "./types.js";

/** 2: each file has `target` ({id, version, reason}), the OpenClaw release it was judged by. */
export const JSON_REPORT_VERSION = 2;

export const jsonReporter: Reporter = (reports, options) => {
  const redactor = redactorOf(options);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: "agentcfg", version: options.version },
    summary: summarize(reports),
    files: reports.map((r) => ({
      file: r.file,
      ...(r.target ? { target: r.target } : {}),
      diagnostics: r.diagnostics.map((d) => wordDiagnostic(d, redactor)),
    })),
  };
  return redactor.redact(`${JSON.stringify(report, null, 2)}\n`);
};
