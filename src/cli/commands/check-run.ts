/**
 * @fileoverview Runs `agentcfg check`: loaded only when the command runs.
 * Every input (files, directories, globs) is checked in this one process; the
 * report groups diagnostics by file and ends with one summary, and the run has
 * one exit code over all files.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { paintFor } from "../../diagnostics/reporters/paint.js";
import type { CheckResult, CheckSourceOptions } from "../../check.js";
import { formatSummary } from "../../diagnostics/reporters/pretty.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import { summarize, type FileReport } from "../../diagnostics/reporters/types.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { collectCheckSecrets } from "../../check-secrets.js";
import { Redactor } from "../../secrets/redact.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { writeStdout } from "../output.js";
import { defaultConfigPath } from "../config-path.js";
import { EXIT_USAGE } from "../exit-codes.js";
import type { CheckArgs } from "./check.js";
import { CM } from "../check-messages.js";
import { failureReason, visibleDiagnostics } from "./check-exit.js";
import { checkFiles } from "./check-files.js";
import { expandInputs } from "./check-inputs.js";
import { planRuleSettings, type RuleSettingsPlan } from "./check-settings.js";
import { printedConfigText } from "../../emit/print-config.js";

/** What one pass over the inputs found; `--watch` uses the files and roots to know what to watch. */
export interface CheckPass {
  exitCode: number;
  files: string[];
  roots: string[];
}

/** Why this combination of options cannot run, worded; undefined when it can. */
function usageProblem(args: CheckArgs, stdin: boolean): string | undefined {
  const max = args.maxWarnings;
  if (max !== undefined && (!Number.isInteger(max) || max < 0)) return CM.maxWarningsInvalid(String(max));
  const files = args.files ?? [];
  if (stdin && files.length > 0) return CM.stdinWithFiles();
  if (!stdin && args.stdinFilename !== undefined) return CM.stdinFilenameAlone();
  if (args.fix && args.fixDryRun) return CM.fixTwice();
  if (args.fix && stdin) return CM.fixWithStdin();
  if (args.watch && (args.fix || args.fixDryRun || stdin)) return CM.fixNotWithWatch(args.fix ? "--fix" : args.fixDryRun ? "--fix-dry-run" : "--stdin");
  if (args.fixDryRun && (args.format !== "pretty" || args.output !== undefined || args.printConfig)) return CM.fixDryRunFormat();
  return undefined;
}

/** Whether standard input is the input: `--stdin` (a lone `-` on the command line became that: dashAsStdin in fast-args.ts). */
const readsStdin = (args: CheckArgs) => args.stdin === true;

export async function runCheck(args: CheckArgs): Promise<number> {
  const stdin = readsStdin(args);
  const problem = usageProblem(args, stdin);
  if (problem !== undefined) {
    process.stderr.write(problem);
    return EXIT_USAGE;
  }
  let inputs = args.files ?? [];
  if (inputs.length === 0 && !stdin) {
    const fallback = defaultConfigPath();
    process.stderr.write(CM.defaultFile(fallback.path, fallback.source));
    inputs = [fallback.path];
  }
  if (args.watch) {
    const { watchCheck } = await import("./check-watch.js");
    return watchCheck(() => checkPass(inputs, args), { ignore: args.output ? [resolve(args.output)] : [] });
  }
  return (await checkPass(inputs, args)).exitCode;
}

/** The options each file is checked with: --env-check, and rule settings from flags and settings files. */
function checkOptions(args: CheckArgs): RuleSettingsPlan | { errors: string[] } {
  const base: CheckSourceOptions = { envCheck: args.envCheck, ...(args.target ? { target: args.target } : {}) };
  // Not a yargs array option: that would swallow the file names after the last --rule.
  const flags = args.rule === undefined ? [] : Array.isArray(args.rule) ? args.rule : [args.rule];
  return planRuleSettings(flags, args.settings, base);
}

/** One pass: expand the inputs, check every file, print (or write) the report, decide the exit code. */
export async function checkPass(inputs: readonly string[], args: CheckArgs): Promise<CheckPass> {
  const stdin = readsStdin(args);
  const expanded = stdin ? { files: [], empty: [], roots: [] } : await expandInputs(inputs);
  for (const input of expanded.empty) {
    // Echoed through the redactor: a token pasted where a file name goes is a credential.
    process.stderr.write(new Redactor().redact(CM.noMatch(input)));
  }
  const plan = checkOptions(args);
  if ("errors" in plan) {
    // A `--rule` flag is echoed: a key pasted there is masked like one pasted as a file name.
    process.stderr.write(new Redactor().redact(CM.settingsProblems(plan.errors)));
    return { exitCode: EXIT_USAGE, files: expanded.files, roots: expanded.roots };
  }
  const read = stdin ? await checkStandardInput(args, plan.optionsFor) : { checked: await checkFiles(expanded.files, plan.optionsFor) };
  if (!read.checked) return { exitCode: EXIT_USAGE, files: [], roots: [] };
  let checked = read.checked;
  const redactor = new Redactor();
  // Secrets are collected from every file before anything is printed, so one file's key is masked in another's output too.
  for (const result of checked) collectCheckSecrets(result, redactor);
  let fixWriteFailed = false;
  if (args.fix || args.fixDryRun) {
    const { fixResults } = await import("./check-fix.js");
    const fixed = fixResults(checked, plan.optionsFor, { write: args.fix, color: shouldUseColor(args.color), redactor });
    checked = fixed.results;
    fixWriteFailed = !fixed.written;
  }
  // Problems in a settings file are reported like a config's, and fail the run the same way.
  const settingsReports: CheckResult[] = plan.reports().map((r) => ({ ...r, document: undefined }));
  for (const result of settingsReports) collectCheckSecrets(result, redactor);
  const results: CheckResult[] = [...settingsReports, ...checked];
  const all = results.flatMap((r) => r.diagnostics);
  const reports = results.flatMap(fileReports).map((report) => ({ ...report, diagnostics: visibleDiagnostics(report.diagnostics, args.quiet) }));

  if (args.printConfig) return printConfigs(checked, all, reports, args, redactor, expanded);
  const terminalColor = shouldUseColor(args.color);
  const version = toolVersion();
  let exitCode = failureReason(all, args)?.exitCode ?? 0;
  if (args.output) {
    const written = await writeReport(args.output, REPORTERS[args.format](reports, { color: args.color === true, version, redactor }));
    if (!written.ok) {
      process.stderr.write(CM.reportNotWritten(args.output, written.reason, written.advice));
      exitCode = EXIT_USAGE;
    }
    const paint = paintFor(terminalColor);
    writeStdout(`${redactor.redact(formatSummary(summarize(reports), reports, paint)) + (written.ok ? CM.reportWritten(args.output) : "")}\n`);
  } else {
    writeStdout(REPORTERS[args.format](reports, { color: terminalColor, version, redactor }));
  }
  reportHidden(all, args);
  if (expanded.empty.length > 0 || fixWriteFailed) exitCode = EXIT_USAGE;
  return { exitCode, files: expanded.files, roots: expanded.roots };
}

/** Standard input, checked as `--stdin-filename` (else `<stdin>`); no result when it cannot be read (said on stderr). */
async function checkStandardInput(args: CheckArgs, optionsFor: (file: string) => CheckSourceOptions): Promise<{ checked: CheckResult[] | undefined }> {
  const { checkStdinBytes, readStdin, STDIN_NAME } = await import("./check-stdin.js");
  const name = args.stdinFilename ?? STDIN_NAME;
  try {
    const bytes = await readStdin();
    return { checked: [checkStdinBytes(bytes, name, optionsFor(name))] };
  } catch (error) {
    process.stderr.write(CM.stdinUnreadable((error as NodeJS.ErrnoException).code ?? (error as Error).message));
    return { checked: undefined };
  }
}

/** Under `--quiet`, says what was left out, and when the hidden findings are why the run fails. */
function reportHidden(all: readonly Diagnostic[], args: CheckArgs): void {
  if (!args.quiet) return;
  const warnings = all.filter((d) => d.severity === "warning").length;
  const infos = all.filter((d) => d.severity === "info").length;
  if (warnings + infos === 0) return;
  const failure = failureReason(all, args);
  const because = failure && !all.some((d) => d.severity === "error") ? CM.failReason(failure.kind, args.maxWarnings) : undefined;
  process.stderr.write(CM.quietHid(warnings, infos, because));
}

/**
 * Writes the report atomically with the one atomic writer (a failed write
 * leaves the old report, never a 0-byte or cut one, nor a temp file); loaded
 * only when a report is written, so a plain check does not pay for it.
 */
async function writeReport(file: string, text: string): Promise<{ ok: true } | { ok: false; reason: string; advice: string }> {
  const [{ replaceFile }, { fsFailure }] = await Promise.all([import("../../state/file-replace.js"), import("../../state/io-errors.js")]);
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
  } catch (error) {
    return { ok: false, ...fsFailure(error) };
  }
  // A report is an ordinary file, readable as one written by the shell would be.
  const written = replaceFile(file, text, { newFileMode: 0o644 });
  return written.ok ? { ok: true } : written;
}

/** One report per file read, so each diagnostic's code frame comes from its own file (`$include`). */
export function fileReports(result: CheckResult): FileReport[] {
  const documents = result.source?.documents ?? [];
  const target = result.target ? { target: { id: result.target.id, version: result.target.version, reason: result.target.reason } } : {};
  if (documents.length <= 1) return [{ file: result.file, diagnostics: result.diagnostics, text: result.document?.text, ...target }];
  const named = new Set(documents.map((doc) => doc.file));
  return documents.map((doc, i) => ({
    // The target is the entry file's: the files it includes are judged with it.
    ...(i === 0 ? target : {}),
    file: doc.file,
    // The entry also takes any diagnostic that names no file read (none expected).
    diagnostics: result.diagnostics.filter((d) => d.file === doc.file || (i === 0 && !named.has(d.file))),
    text: doc.text,
  }));
}

/**
 * `--print-config`: the normalized config and resolved chains of each file as
 * JSON on stdout (an array when several files were checked); any diagnostics
 * go to stderr, so the JSON stays clean to pipe.
 */
function printConfigs(
  results: readonly CheckResult[],
  all: readonly Diagnostic[],
  reports: FileReport[],
  args: CheckArgs,
  redactor: Redactor,
  expanded: { files: string[]; roots: string[] },
): CheckPass {
  writeStdout(
    printedConfigText(
      results.map((r) => ({ file: r.file, value: r.source?.value ?? r.document?.value, target: r.target?.id })),
      redactor,
    ),
  );
  if (all.length > 0) process.stderr.write(REPORTERS.pretty(reports, { color: shouldUseColor(args.color, process.stderr), version: toolVersion(), redactor }));
  return { exitCode: failureReason(all, args)?.exitCode ?? 0, files: expanded.files, roots: expanded.roots };
}
