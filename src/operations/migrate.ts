/**
 * @fileoverview `migrate` as library operations. `planMigration` computes,
 * in memory, every change a config file and/or a state folder needs for a
 * release (the diff, the change lines, the diagnostics), handing every secret
 * it reads to the redactor; `applyMigration` writes a plan: only when nothing
 * stopped it, each file atomically with a `.bak` beside it, a file the
 * migration emptied moved to its `.bak`. Neither prints.
 */
import { parseJson5Text } from "../json5-parse.js";
import { readConfigFile } from "../document/read.js";
import { changedFiles, type MigratePlan } from "../migrate/report.js";
import { configMigrationsFor, type MigrateTarget } from "../migrate/registry.js";
import { migrateConfigText } from "../migrate/run.js";
import { chooseTarget } from "../schema/targets/select.js";
import { TARGET_VERSIONS } from "../schema/targets/ids.js";
import { migrateStateDir } from "../migrate/run-state.js";
import { collectConfigSecrets, collectTextSecrets } from "../secrets/collect.js";
import { Redactor } from "../secrets/redact.js";
import { collectStoreSecrets } from "../secrets/store-secrets.js";
import { backUp, replaceFile, retire } from "../state/file-replace.js";
import { appendAll } from "../diagnostics/append.js";
import { createDiagnostic } from "../diagnostics/create.js";

export interface MigrateOptions {
  /** The config file to migrate. */
  file?: string | undefined;
  /** The state folder whose agents' auth files to migrate (the 2026.4 forms). */
  stateDir?: string | undefined;
  /**
   * The release to migrate to. Without it, the release the config file is
   * judged by, chosen as `check` chooses it (`settingsTarget`, else what the
   * file names, else the newest), so `check` and `migrate` agree on what is
   * pending; 2026.4's forms for a state folder alone.
   */
  to?: MigrateTarget | undefined;
  /** `target` in the agentcfg.config.json5 beside the config, and that file's name. */
  settingsTarget?: { target: MigrateTarget; file: string } | undefined;
  mode?: MigratePlan["mode"];
  /** Receives every secret read; a new one when not given. */
  redactor?: Redactor;
}

export interface MigratePlanResult {
  plan: MigratePlan;
  /** False when a file could not be read or parsed (its diagnostics are in the plan). */
  readable: boolean;
  /** True when nothing may be written: a file is unreadable or an error (a conflict) stopped the run; the plan then shows no change. */
  stopped: boolean;
  redactor: Redactor;
}

/** On a failure: `file` where it stopped, the cause and what to do, and the files written before it (each with its .bak). */
export type MigrateApplyResult =
  | { ok: true; written: MigratePlan["written"] }
  | { ok: false; file: string | undefined; reason: string; advice: string; written: MigratePlan["written"] };

function parsedValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parseJson5Text(text);
  } catch {
    return undefined;
  }
}

/** Adds the plan for config text already read; false when the run stopped on something other than a conflict. */
/**
 * The largest config `migrate` plans. A migration holds the text, its parse tree, the edited text and
 * its parse, the diff and the secrets of both sides: about 170 times the file at 5 MB, so 1M env.vars
 * (50 MB) ended in a V8 heap out-of-memory abort at 4.4 GB. A larger file is refused with
 * parse/too-large, and its peak stays within a small multiple of its size.
 */
export const MIGRATE_MAX_CHARS = 4 * 1024 * 1024;

export function planConfigText(file: string, text: string, plan: MigratePlan, redactor: Redactor, to: MigrateTarget = "2026.4"): boolean {
  if (text.length > MIGRATE_MAX_CHARS) {
    const at = { file, path: [], range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    plan.diagnostics.push(createDiagnostic("parse/too-large", { size: text.length, limit: MIGRATE_MAX_CHARS, command: "migrate" }, at));
    return false;
  }
  const outcome = migrateConfigText(text, file, configMigrationsFor(to, TARGET_VERSIONS[to]));
  // A key left for the user is positioned in the migrated text (what --write leaves); the rest in the file as it is.
  plan.texts.set(file, outcome.stopped ? text : outcome.after);
  collectConfigSecrets(parsedValue(outcome.before), redactor);
  collectConfigSecrets(parsedValue(outcome.after), redactor);
  collectTextSecrets(outcome.before, redactor);
  collectTextSecrets(outcome.after, redactor);
  plan.files.push({ path: file, before: outcome.before, after: outcome.after });
  appendAll(plan.changes, outcome.changes);
  appendAll(plan.diagnostics, outcome.diagnostics);
  return !(outcome.stopped && !outcome.diagnostics.some((d) => d.code === "legacy/conflict"));
}

/** Adds the plan for a config file; false when it cannot be read or parsed. */
function planConfig(file: string, plan: MigratePlan, redactor: Redactor, options: MigrateOptions): boolean {
  const read = readConfigFile(file);
  if (!read.ok) {
    plan.diagnostics.push(read.diagnostic);
    return false;
  }
  let to = options.to;
  // A file too large to migrate is refused by planConfigText; it is not parsed here either.
  if (to === undefined && read.text.length <= MIGRATE_MAX_CHARS) {
    const chosen = chooseTarget(parsedValue(read.text), { settings: options.settingsTarget });
    to = chosen.id;
    plan.toReason = chosen.reason;
  }
  plan.to = to;
  return planConfigText(file, read.text, plan, redactor, to ?? "2026.9");
}

function planState(stateDir: string, plan: MigratePlan, redactor: Redactor): boolean {
  const outcome = migrateStateDir(stateDir);
  for (const file of outcome.files) {
    collectStoreSecrets(file.before, redactor);
    collectStoreSecrets(file.after, redactor);
    if (file.before !== undefined) plan.texts.set(file.path, file.before);
  }
  appendAll(plan.files, outcome.files);
  appendAll(plan.changes, outcome.changes);
  appendAll(plan.diagnostics, outcome.diagnostics);
  return !(outcome.stopped && !outcome.diagnostics.some((d) => d.code === "legacy/conflict"));
}

/** Plans the migration of `file` and/or `stateDir` (see the file overview). */
export function planMigration(options: MigrateOptions): MigratePlanResult {
  const redactor = options.redactor ?? new Redactor();
  const plan: MigratePlan = {
    files: [],
    changes: [],
    diagnostics: [],
    texts: new Map(),
    mode: options.mode ?? "dry-run",
    written: [],
    to: options.to,
    configFile: options.file,
    stateDir: options.stateDir,
  };
  let readable = true;
  if (options.file !== undefined) readable = planConfig(options.file, plan, redactor, options) && readable;
  if (options.stateDir !== undefined) readable = planState(options.stateDir, plan, redactor) && readable;
  const stopped = !readable || plan.diagnostics.some((d) => d.severity === "error");
  if (stopped) {
    // Nothing is written and no diff is shown when a file cannot be read or a conflict stopped the run.
    for (const file of plan.files) file.after = file.before;
    plan.changes.length = 0;
  }
  return { plan, readable, stopped, redactor };
}

/** Writes every changed file of a plan that was not stopped; on a failure, the files not yet written are unchanged. */
export function applyMigration(planned: MigratePlanResult): MigrateApplyResult {
  const { plan } = planned;
  const failed = (file: string | undefined, reason: string, advice: string): MigrateApplyResult => ({ ok: false, file, reason, advice, written: plan.written });
  if (planned.stopped) return failed(undefined, "the plan was stopped (see its diagnostics); nothing was written", "Fix what the diagnostics name first.");
  for (const file of changedFiles(plan)) {
    if (file.after === undefined) {
      const retired = retire(file.path);
      if (!retired.ok) return failed(file.path, retired.reason, retired.advice);
      plan.written.push({ path: file.path, backup: retired.backup });
      continue;
    }
    const backup = file.before === undefined ? undefined : backUp(file.path);
    if (backup && !backup.ok) return failed(`${file.path}.bak`, backup.reason, backup.advice);
    const written = replaceFile(file.path, file.after, { newFileMode: 0o600 });
    if (!written.ok) return failed(file.path, written.reason, written.advice);
    plan.written.push({ path: file.path, backup: backup?.backup });
  }
  return { ok: true, written: plan.written };
}
