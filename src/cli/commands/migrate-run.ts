/**
 * @fileoverview Runs `agentcfg migrate`: loaded only when the command runs.
 * Arguments, printing and exit codes; the plan and the write are the
 * library's (src/operations/migrate.ts, and operations/migrate-sqlite.ts
 * for the 2026.9 state folder).
 */
import { wordDiagnostic } from "../../diagnostics/word.js";
import { changedFiles, formatJson, formatPretty } from "../../migrate/report.js";
import { applyMigration, planMigration } from "../../operations/migrate.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { Redactor } from "../../secrets/redact.js";
import { M } from "../messages.js";
import { targetOptionsFor } from "./target-options.js";
import type { MigrateArgs } from "./migrate.js";

/** Every message that repeats a name from the command line or a file passes this: a key pasted as a file name is masked. */
const echo = new Redactor();

/** `--to 2026.9 --state-dir`: the agents' JSON auth files → their SQLite stores (src/operations/migrate-sqlite.ts). */
async function runStateToSqlite(args: MigrateArgs & { stateDir: string }): Promise<number> {
  const [{ applySqliteMigration, planSqliteMigration }, { describeStateToSqlite }] = await Promise.all([
    import("../../operations/migrate-sqlite.js"),
    import("../../state/migrate-to-sqlite.js"),
  ]);
  const mode = args.write ? "write" : args.check ? "check" : "dry-run";
  const planned = planSqliteMigration(args.stateDir);
  const { plan, redactor } = planned;
  const color = shouldUseColor(args.color);
  if (plan.diagnostics.length > 0) {
    const reports = [...new Set(plan.diagnostics.map((d) => d.file))].map((file) => ({ file, diagnostics: plan.diagnostics.filter((d) => d.file === file) }));
    process.stderr.write(redactor.redact(REPORTERS.pretty(reports, { color, version: toolVersion() })));
  }
  if (plan.stopped) {
    process.stderr.write(echo.redact(M.migrateNothingWritten()));
    return EXIT_FINDINGS;
  }
  if (mode === "write") {
    const applied = await applySqliteMigration(planned);
    if (!applied.ok) {
      process.stderr.write(redactor.redact(M.migrateSqliteWriteFailed(applied.file, applied.reason, applied.advice, applied.written)));
      return EXIT_USAGE;
    }
  }
  if (args.format === "json") {
    const agents = plan.agents
      .filter((a) => a.action !== "skip")
      .map((a) => ({
        agentId: a.agentId,
        database: a.dbPath,
        sources: a.sources,
        action: a.action,
        profiles: Object.keys(a.store?.profiles ?? {}),
        order: a.state?.order ?? {},
      }));
    // Through the redactor like the pretty form: a profile id or an order may be a pasted key.
    process.stdout.write(
      redactor.redact(
        `${JSON.stringify({ version: 1, mode, to: "2026.9", agents, diagnostics: plan.diagnostics.map((d) => wordDiagnostic(d, redactor)) }, null, 2)}\n`,
      ),
    );
  } else {
    process.stdout.write(redactor.redact(describeStateToSqlite(plan, mode)));
  }
  const pending = plan.agents.some((a) => a.action !== "skip");
  return mode === "check" && pending ? EXIT_FINDINGS : EXIT_OK;
}

export async function runMigrate(args: MigrateArgs): Promise<number> {
  if (args.write && args.check) {
    process.stderr.write(echo.redact(M.migrateWriteAndCheck()));
    return EXIT_USAGE;
  }
  if (args.to === "2026.9" && args.stateDir !== undefined) {
    if (args.file !== undefined) {
      process.stderr.write(echo.redact(M.migrateFileAndStateDir()));
      return EXIT_USAGE;
    }
    return runStateToSqlite({ ...args, stateDir: args.stateDir });
  }
  const mode = args.write ? "write" : args.check ? "check" : "dry-run";
  let file = args.file;
  if (file === undefined && args.stateDir === undefined) {
    const fallback = defaultConfigPath();
    process.stderr.write(echo.redact(M.migrateDefaultFile(fallback.path, fallback.source)));
    file = fallback.path;
  }
  const settingsTarget = file !== undefined && args.to === undefined ? targetOptionsFor(file, undefined).settingsTarget : undefined;
  const planned = planMigration({ file, stateDir: args.stateDir, to: args.to, settingsTarget, mode });
  const { plan, readable, stopped, redactor } = planned;
  if (plan.toReason !== undefined && plan.to !== undefined) process.stderr.write(redactor.redact(M.migrateChosenTarget(plan.to, plan.toReason)));
  if (mode === "write" && !stopped) {
    const applied = applyMigration(planned);
    if (!applied.ok) {
      process.stderr.write(redactor.redact(M.migrateWriteFailed(applied.file, applied.reason, applied.advice, applied.written)));
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
