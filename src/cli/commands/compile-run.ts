/**
 * @fileoverview Runs `agentcfg compile`: checks the config, then for every
 * agent (or the one named) writes its normalized auth-state.json, and with
 * `--out` the normalized config. `--dry-run` prints the changes as unified
 * diffs and writes nothing. A config with errors compiles nothing. Every
 * line printed or written passes through the redactor, which knows the
 * config's secrets and those of each agent's credential store.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { checkFile } from "../../check.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { wordDiagnostic } from "../../diagnostics/word.js";
import { compileAuthState, type CompileAuthStateResult } from "../../emit/auth-state.js";
import { normalizeConfig } from "../../emit/normalize-config.js";
import { unifiedDiff } from "../../migrate/diff.js";
import { writtenAgentIds } from "../../resolve/default-agent.js";
import { targetOptionsFor } from "./target-options.js";
import type { TargetId } from "../../schema/targets/ids.js";
import { collectCheckSecrets } from "../../check-secrets.js";
import { REDACTED, Redactor } from "../../secrets/redact.js";
import { normalizeAgentId, writeFileAtomic } from "../../state/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { nowOptionProblem, parseNowOption } from "../now-option.js";
import { COMPILE_OPTIONS, unknownOptions, type CompileArgs } from "./compile.js";

/** One line per agent: `[done, planned]`, `%` standing for the file. */
const OUTCOME_LINES: Record<CompileAuthStateResult["outcome"], [done: string, planned: string]> = {
  written: ["wrote %", "would write %"],
  deleted: ["deleted % (nothing left to store)", "would delete % (nothing left to store)"],
  unchanged: ["% is up to date", "% is up to date"],
  absent: ["no auth state (% does not exist and nothing needs storing)", "no auth state (% does not exist and nothing needs storing)"],
  failed: ["% not written (see above)", "% cannot be compiled (see above)"],
};

function printDiagnostics(groups: { file: string; diagnostics: Diagnostic[] }[], color: boolean, redactor: Redactor): void {
  const reports = groups.filter((g) => g.diagnostics.length > 0);
  if (reports.length === 0) return;
  process.stderr.write(REPORTERS.pretty(reports, { color, version: toolVersion(), redactor }));
}

/** The normalized config as written by `--out`: 2-space JSON, every value under a secret-named key and every known secret replaced. */
export function normalizedConfigText(config: unknown, redactor: Redactor, target?: TargetId): string {
  return redactor.redact(`${JSON.stringify(redactor.redactValue(normalizeConfig(config, target)), null, 2)}
`);
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export async function runCompile(args: CompileArgs): Promise<number> {
  if (unknownOptions(args, [...COMPILE_OPTIONS, "o", "config"]).length > 0) return EXIT_USAGE; // yargs has said which
  const redactor = new Redactor();
  const color = shouldUseColor(args.color);
  const now = parseNowOption(args.now);
  if (now === "invalid") {
    process.stderr.write(redactor.redact(`agentcfg: ${nowOptionProblem(args.now ?? "")}\n`));
    return EXIT_USAGE;
  }
  if (args.out === "") {
    process.stderr.write("agentcfg: --out needs a file name, e.g. --out openclaw.normalized.json.\n");
    return EXIT_USAGE;
  }

  let configPath = args.config;
  if (configPath === undefined) {
    const fallback = defaultConfigPath();
    process.stderr.write(`agentcfg: compiling ${fallback.path} (${fallback.source})\n`);
    configPath = fallback.path;
  }
  const checked = checkFile(configPath, configPath, targetOptionsFor(configPath, args.target));
  const target = checked.target?.id;
  const config = checked.source?.value ?? checked.document?.value;
  collectCheckSecrets(checked, redactor);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (checked.document === undefined || errors.length > 0) {
    printDiagnostics([{ file: checked.file, diagnostics: errors }], color, redactor);
    process.stderr.write(
      `agentcfg: ${checked.file} has ${errors.length || 1} error(s); nothing was compiled. Fix them (\`agentcfg check\` lists every finding) and run compile again.\n`,
    );
    return checked.document === undefined || errors.some((d) => d.code.startsWith("parse/")) ? EXIT_USAGE : EXIT_FINDINGS;
  }

  const agents = [...new Set(writtenAgentIds(config, target).map(normalizeAgentId))];
  let selected = agents;
  if (args.agent !== undefined) {
    const wanted = normalizeAgentId(args.agent);
    if (!agents.includes(wanted)) {
      process.stderr.write(redactor.redact(`agentcfg: agent "${args.agent}" is not in ${checked.file}; its agents are ${agents.map((a) => `"${a}"`).join(", ")}.\n`));
      return EXIT_USAGE;
    }
    selected = [wanted];
  }

  const stateDir = args.stateDir ?? defaultStateDir();
  const results: CompileAuthStateResult[] = [];
  for (const agentId of selected) results.push(await compileAuthState({ config, agentId, stateDir, now: now ?? Date.now(), dryRun: args.dryRun, redactor }));
  printDiagnostics(results.map((r) => ({ file: r.statePath, diagnostics: r.diagnostics })), color, redactor);

  const lines: string[] = [];
  const diffs: string[] = [];
  for (const r of results) {
    lines.push(`${r.agentId}: ${OUTCOME_LINES[r.outcome][args.dryRun ? 1 : 0].replace("%", r.statePath)}`);
    if (args.dryRun && r.outcome !== "failed") diffs.push(unifiedDiff(r.before, r.after, r.statePath));
  }

  let outFailed = false;
  if (args.out !== undefined) {
    const text = normalizedConfigText(config, redactor, target);
    const before = readIfExists(args.out);
    const redacted = text.includes(REDACTED) ? " (secrets written as ‹redacted›: it is for reading and diffing, not for OpenClaw to load)" : "";
    if (args.dryRun) {
      diffs.push(unifiedDiff(before, text, args.out));
      lines.push(`normalized config: ${args.out} ${before === text ? "unchanged" : "would write"}${redacted}`);
    } else if (before === text) {
      lines.push(`normalized config: ${args.out} unchanged`);
    } else {
      const target = resolve(args.out);
      const written = existsSync(dirname(target)) ? writeFileAtomic(target, text, { root: dirname(target), displayName: args.out }) : undefined;
      if (written?.ok) lines.push(`normalized config: wrote ${args.out}${redacted}`);
      else {
        outFailed = true;
        const reason = written && !written.ok ? wordDiagnostic(written.diagnostic, redactor).message : `the folder of ${args.out} does not exist.`;
        process.stderr.write(redactor.redact(`agentcfg: cannot write the normalized config: ${reason}\n`));
      }
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
