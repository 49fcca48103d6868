/**
 * @fileoverview Runs `agentcfg check`: loaded only when the command runs.
 */
import { checkFile, type CheckResult } from "../../check.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { FileReport } from "../../diagnostics/reporters/types.js";
import { collectConfigSecrets } from "../../secrets/collect.js";
import { Redactor } from "../../secrets/redact.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { CheckArgs } from "./check.js";

export async function runCheck(args: CheckArgs): Promise<number> {
  let files = args.files ?? [];
  if (files.length === 0) {
    const fallback = defaultConfigPath();
    process.stderr.write(`agentcfg: checking ${fallback.path} (${fallback.source})\n`);
    files = [fallback.path];
  }
  const results: CheckResult[] = files.map((file) => checkFile(file, file, { envCheck: args.envCheck }));
  const redactor = new Redactor();
  for (const result of results) collectConfigSecrets(result.source?.value ?? result.document?.value, redactor);
  const reports: FileReport[] = results.flatMap(fileReports);
  const output = REPORTERS[args.format](reports, { color: shouldUseColor(args.color), version: toolVersion() });
  process.stdout.write(redactor.redact(output));
  return exitCodeFor(results, args);
}

/** One report per file read, so each diagnostic's code frame comes from its own file (`$include`). */
function fileReports(result: CheckResult): FileReport[] {
  const documents = result.source?.documents ?? [];
  if (documents.length <= 1) return [{ file: result.file, diagnostics: result.diagnostics, text: result.document?.text }];
  const named = new Set(documents.map((doc) => doc.file));
  return documents.map((doc, i) => ({
    file: doc.file,
    // The entry also takes any diagnostic that names no file read (none expected).
    diagnostics: result.diagnostics.filter((d) => d.file === doc.file || (i === 0 && !named.has(d.file))),
    text: doc.text,
  }));
}

function exitCodeFor(results: CheckResult[], args: CheckArgs): number {
  const all = results.flatMap((r) => r.diagnostics);
  if (all.some((d) => d.code === "parse/unreadable-file" || d.code === "parse/invalid-encoding")) return EXIT_USAGE;
  if (all.some((d) => d.severity === "error")) return EXIT_FINDINGS;
  const warnings = all.filter((d) => d.severity === "warning").length;
  if (args.strict && warnings > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
