/**
 * @fileoverview Runs `agentcfg migrate`: loaded only when the command runs.
 * Plans every change in memory first; writes only with --write, only when
 * nothing stopped the run, each file atomically with a `.bak` beside it.
 */
import JSON5 from "json5";
import type { Diagnostic } from "../../diagnostics/types.js";
import { readConfigFile } from "../../document/read.js";
import { changedFiles, formatJson, formatPretty, type MigratePlan } from "../../migrate/report.js";
import { configMigrationsFor } from "../../migrate/registry.js";
import { migrateConfigText } from "../../migrate/run.js";
import { migrateStateDir } from "../../migrate/run-state.js";
import { collectStoreSecrets } from "../../secrets/store-secrets.js";
import { backUp, replaceFile, retire } from "../../state/file-replace.js";
import { collectConfigSecrets, collectTextSecrets } from "../../secrets/collect.js";
import { Redactor } from "../../secrets/redact.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { MigrateArgs } from "./migrate.js";

function parsedValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON5.parse(text);
  } catch {
    return undefined;
  }
}

/** The plan for the config file; false when the file cannot be read or parsed (its diagnostics are in the plan). */
export function planConfig(file: string, plan: MigratePlan, redactor: Redactor, to: MigrateArgs["to"]): boolean {
  const read = readConfigFile(file);
  if (!read.ok) {
    plan.diagnostics.push(read.diagnostic);
    return false;
  }
  return planConfigText(file, read.text, plan, redactor, to);
}

/** The plan for config text already read (the tests call this in-process). */
export function planConfigText(file: string, text: string, plan: MigratePlan, redactor: Redactor, to: MigrateArgs["to"] = "2026.4"): boolean {
  const outcome = migrateConfigText(text, file, configMigrationsFor(to));
  // A key left for the user is positioned in the migrated text (what --write leaves); the rest in the file as it is.
  plan.texts.set(file, outcome.stopped ? text : outcome.after);
  collectConfigSecrets(parsedValue(outcome.before), redactor);
  collectConfigSecrets(parsedValue(outcome.after), redactor);
  collectTextSecrets(outcome.before, redactor);
  collectTextSecrets(outcome.after, redactor);
  plan.files.push({ path: file, before: outcome.before, after: outcome.after });
  plan.changes.push(...outcome.changes);
  plan.diagnostics.push(...outcome.diagnostics);
  return !(outcome.stopped && !outcome.diagnostics.some((d) => d.code === "legacy/conflict"));
}

function planState(stateDir: string, plan: MigratePlan, redactor: Redactor): boolean {
  const outcome = migrateStateDir(stateDir);
  for (const file of outcome.files) {
    collectStoreSecrets(file.before, redactor);
    collectStoreSecrets(file.after, redactor);
    if (file.before !== undefined) plan.texts.set(file.path, file.before);
  }
  plan.files.push(...outcome.files);
  plan.changes.push(...outcome.changes);
  plan.diagnostics.push(...outcome.diagnostics);
  return !(outcome.stopped && !outcome.diagnostics.some((d) => d.code === "legacy/conflict"));
}

/** Writes every changed file of the plan (a `.bak` beside each it replaces); the reason of the first failure, if any. */
function writePlan(plan: MigratePlan): string | undefined {
  for (const file of changedFiles(plan)) {
    if (file.after === undefined) {
      const retired = retire(file.path);
      if (!retired.ok) return retired.reason;
      plan.written.push({ path: file.path, backup: retired.backup });
      continue;
    }
    const backup = file.before === undefined ? undefined : backUp(file.path);
    if (backup && !backup.ok) return backup.reason;
    const written = replaceFile(file.path, file.after, { newFileMode: 0o600 });
    if (!written.ok) return written.reason;
    plan.written.push({ path: file.path, backup: backup?.backup });
  }
  return undefined;
}

/** `--to 2026.9 --state-dir`: the agents' JSON auth files → their SQLite stores (src/migrate/state-to-sqlite.ts). */
async function runStateToSqlite(args: MigrateArgs & { stateDir: string }): Promise<number> {
  const { applyStateToSqlite, describeStateToSqlite, planStateToSqlite } = await import("../../state/migrate-to-sqlite.js");
  const mode = args.write ? "write" : args.check ? "check" : "dry-run";
  const plan = planStateToSqlite(args.stateDir);
  const redactor = new Redactor();
  for (const agent of plan.agents) collectStoreSecrets(agent.store === undefined ? undefined : JSON.stringify(agent.store), redactor);
  const color = shouldUseColor(args.color);
  if (plan.diagnostics.length > 0) {
    const reports = [...new Set(plan.diagnostics.map((d) => d.file))].map((file) => ({ file, diagnostics: plan.diagnostics.filter((d) => d.file === file) }));
    process.stderr.write(redactor.redact(REPORTERS.pretty(reports, { color, version: toolVersion() })));
  }
  if (plan.stopped) {
    process.stderr.write("agentcfg: nothing was written (see above).\n");
    return EXIT_FINDINGS;
  }
  if (mode === "write") {
    try {
      await applyStateToSqlite(args.stateDir, plan);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(redactor.redact(`agentcfg: could not write the SQLite store (${reason}); agents not yet migrated keep their JSON files.\n`));
      return EXIT_USAGE;
    }
  }
  if (args.format === "json") {
    const agents = plan.agents.filter((a) => a.action !== "skip").map((a) => ({ agentId: a.agentId, database: a.dbPath, sources: a.sources, action: a.action, profiles: Object.keys(a.store?.profiles ?? {}), order: a.state?.order ?? {} }));
    process.stdout.write(`${JSON.stringify({ version: 1, mode, to: "2026.9", agents, diagnostics: plan.diagnostics }, null, 2)}\n`);
  } else {
    process.stdout.write(redactor.redact(describeStateToSqlite(plan, mode)));
  }
  const pending = plan.agents.some((a) => a.action !== "skip");
  return mode === "check" && pending ? EXIT_FINDINGS : EXIT_OK;
}

export async function runMigrate(args: MigrateArgs): Promise<number> {
  if (args.write && args.check) {
    process.stderr.write("agentcfg: --write and --check cannot be used together (--check changes nothing).\n");
    return EXIT_USAGE;
  }
  if (args.to === "2026.9" && args.stateDir !== undefined) {
    if (args.file !== undefined) {
      process.stderr.write("agentcfg: migrate --to 2026.9 takes a config file or --state-dir, not both in one run; run it once for each.\n");
      return EXIT_USAGE;
    }
    return runStateToSqlite({ ...args, stateDir: args.stateDir });
  }
  const mode = args.write ? "write" : args.check ? "check" : "dry-run";
  const plan: MigratePlan = { files: [], changes: [], diagnostics: [], texts: new Map(), mode, written: [], to: args.to };
  const redactor = new Redactor();
  let readable = true;
  if (args.file !== undefined || args.stateDir === undefined) {
    let file = args.file;
    if (file === undefined) {
      const fallback = defaultConfigPath();
      process.stderr.write(`agentcfg: migrating ${fallback.path} (${fallback.source})\n`);
      file = fallback.path;
    }
    readable = planConfig(file, plan, redactor, args.to ?? "2026.4") && readable;
  }
  if (args.stateDir !== undefined) readable = planState(args.stateDir, plan, redactor) && readable;
  const stopped = !readable || plan.diagnostics.some((d: Diagnostic) => d.severity === "error");
  if (stopped) {
    // Nothing is written and no diff is shown when a file cannot be read or a conflict stopped the run.
    for (const file of plan.files) file.after = file.before;
    plan.changes.length = 0;
  }
  if (mode === "write" && !stopped) {
    const reason = writePlan(plan);
    if (reason !== undefined) {
      process.stderr.write(redactor.redact(`agentcfg: could not write the migrated files (${reason}); files not yet written are unchanged.\n`));
      return EXIT_USAGE;
    }
  }
  const version = toolVersion();
  const output = args.format === "json" ? formatJson(plan, version, redactor) : formatPretty(plan, { color: shouldUseColor(args.color), version, redactor });
  process.stdout.write(redactor.redact(output));
  if (!readable) return EXIT_USAGE;
  if (stopped) return EXIT_FINDINGS;
  if (mode === "check" && (changedFiles(plan).length > 0 || plan.diagnostics.length > 0)) return EXIT_FINDINGS;
  return EXIT_OK;
}
