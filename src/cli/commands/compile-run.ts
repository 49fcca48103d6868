/**
 * @fileoverview Runs `agentcfg compile`: arguments, printing and exit codes.
 * The operation (src/operations/compile.ts) checks the config, then for
 * every agent (or the one named) writes its normalized auth-state.json, and
 * with `--out` the normalized config. `--dry-run` prints the changes as
 * unified diffs and writes nothing. Every line printed passes through the
 * redactor, which knows the config's secrets and those of each agent's
 * credential store.
 */
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { CompileAuthStateResult } from "../../emit/auth-state.js";
import { unifiedDiff } from "../../migrate/diff.js";
import { compileAgents, writeNormalizedConfig } from "../../operations/compile.js";
import { targetOptionsFor } from "./target-options.js";
import { Redactor } from "../../secrets/redact.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { M } from "../messages.js";
import { nowOptionProblem, parseNowOption } from "../now-option.js";
import { COMPILE_OPTIONS, unknownOptions, type CompileArgs } from "./compile.js";

/** Every message that repeats a name from the command line or a file passes this: a key pasted as a file name is masked. */
const echo = new Redactor();

function printDiagnostics(groups: { file: string; diagnostics: Diagnostic[] }[], color: boolean, redactor: Redactor): void {
  const reports = groups.filter((g) => g.diagnostics.length > 0);
  if (reports.length === 0) return;
  process.stderr.write(REPORTERS.pretty(reports, { color, version: toolVersion(), redactor }));
}

/** The line of one agent's outcome. */
function outcomeLine(r: CompileAuthStateResult, dryRun: boolean): string {
  return `${r.agentId}: ${M.compileOutcome(r.outcome, dryRun, r.statePath)}`;
}

export async function runCompile(args: CompileArgs): Promise<number> {
  if (unknownOptions(args, [...COMPILE_OPTIONS, "o", "config"]).length > 0) return EXIT_USAGE; // yargs has said which
  const redactor = new Redactor();
  const color = shouldUseColor(args.color);
  const now = parseNowOption(args.now);
  if (now === "invalid") {
    process.stderr.write(redactor.redact(M.cliProblem(nowOptionProblem(args.now ?? ""))));
    return EXIT_USAGE;
  }
  if (args.out === "") {
    process.stderr.write(echo.redact(M.compileOutNeedsName()));
    return EXIT_USAGE;
  }

  let configPath = args.config;
  if (configPath === undefined) {
    const fallback = defaultConfigPath();
    process.stderr.write(echo.redact(M.compileDefaultFile(fallback.path, fallback.source)));
    configPath = fallback.path;
  }
  const compiled = await compileAgents({
    configPath,
    checkOptions: targetOptionsFor(configPath, args.target),
    agent: args.agent,
    stateDir: args.stateDir ?? defaultStateDir(),
    now: now ?? Date.now(),
    dryRun: args.dryRun,
    redactor,
  });
  if (!compiled.ok && compiled.problem === "config-errors") {
    printDiagnostics([{ file: compiled.file, diagnostics: compiled.errors }], color, redactor);
    process.stderr.write(echo.redact(M.compileConfigErrors(compiled.file, compiled.errors.length || 1)));
    return compiled.unreadable ? EXIT_USAGE : EXIT_FINDINGS;
  }
  if (!compiled.ok) {
    process.stderr.write(redactor.redact(M.compileUnknownAgent(compiled.agent, compiled.file, compiled.agents)));
    return EXIT_USAGE;
  }
  const { results } = compiled;
  printDiagnostics(
    results.map((r) => ({ file: r.statePath, diagnostics: r.diagnostics })),
    color,
    redactor,
  );

  const lines: string[] = [];
  const diffs: string[] = [];
  for (const r of results) {
    lines.push(outcomeLine(r, args.dryRun));
    if (args.dryRun && r.outcome !== "failed") diffs.push(unifiedDiff(r.before, r.after, r.statePath));
  }

  let outFailed = false;
  if (args.out !== undefined) {
    const out = writeNormalizedConfig(compiled.config, args.out, redactor, compiled.target, args.dryRun);
    if (args.dryRun) {
      diffs.push(unifiedDiff(out.before, out.text, args.out));
      lines.push(M.compileOutPlanned(args.out, out.status === "unchanged", out.redacted));
    } else if (out.status === "failed") {
      outFailed = true;
      process.stderr.write(redactor.redact(M.compileOutFailed(out.reason ?? M.compileOutNoFolder(args.out))));
    } else {
      lines.push(M.compileOutDone(args.out, out.status === "unchanged", out.redacted));
    }
  }

  const summary = `${lines.join("\n")}\n`;
  if (args.dryRun) {
    process.stdout.write(redactor.redact(diffs.join("")));
    process.stderr.write(redactor.redact(summary));
  } else {
    process.stdout.write(redactor.redact(summary));
  }
  return results.some((r) => r.outcome === "failed") || outFailed ? EXIT_FINDINGS : EXIT_OK;
}
