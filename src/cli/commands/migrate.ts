/**
 * @fileoverview `agentcfg migrate [file]`: its options. Kept free of heavy
 * imports; the work is in migrate-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";

export const MIGRATE_FORMATS = ["pretty", "json"] as const;
export type MigrateFormat = (typeof MIGRATE_FORMATS)[number];
/** The OpenClaw releases `--to` names (the same list as MIGRATE_TARGETS in src/migrate/registry.ts, kept here so --help loads nothing heavy). */
export const MIGRATE_TO = ["2026.4", "2026.9"] as const;
export type MigrateTo = (typeof MIGRATE_TO)[number];

export interface MigrateArgs {
  file: string | undefined;
  write: boolean | undefined;
  check: boolean | undefined;
  format: MigrateFormat;
  stateDir: string | undefined;
  to: MigrateTo | undefined;
  color: boolean | undefined;
}

export function migrateBuilder(yargs: Argv): Argv<MigrateArgs> {
  return yargs
    .positional("file", {
      type: "string",
      describe: "Config file to migrate (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json; none with --state-dir)",
    })
    .option("write", { type: "boolean", describe: "Apply the changes (atomically; the old file is kept as <file>.bak)" })
    .option("check", { type: "boolean", describe: "Change nothing; exit 1 if anything would change (for CI)" })
    .option("format", { alias: "f", choices: MIGRATE_FORMATS, default: "pretty" as MigrateFormat, describe: "Output format" })
    .option("to", {
      choices: MIGRATE_TO,
      describe:
        "The OpenClaw release to migrate to (default: the release the file is judged by, as `check` chooses it: `target` in agentcfg.config.json5, else meta.lastTouchedVersion, else the newest): 2026.4 (the forms it refuses) or 2026.9 (also agents.list → agents.entries, default markers → explicit owners, the models allowlist → modelPolicy.allow, env variables → env.vars, …; with --state-dir, each agent's auth files move into its SQLite store)",
    })
    .option("state-dir", { type: "string", describe: "Also migrate the auth files of every agent in this OpenClaw state folder (agents/<id>/agent/)" })
    .option("color", { type: "boolean", describe: "Colour the output (default: when the terminal supports it)" })
    .example("$0 migrate", "Show what would change in the config OpenClaw loads (a diff), changing nothing")
    .example("$0 migrate openclaw.json --write", "Apply the migrations, keeping openclaw.json.bak")
    .example("$0 migrate --check", "Exit 1 if the config still uses an old form")
    .example("$0 migrate --to 2026.9 openclaw.json", "Show what OpenClaw 2026.9 needs changed (a diff), changing nothing")
    .example("$0 migrate --state-dir ~/.openclaw", "Move inline routing state out of auth-profiles.json, import a flat auth.json")
    .example(
      "$0 migrate --to 2026.9 --state-dir ~/.openclaw --write",
      "Move every agent's auth-profiles.json and auth-state.json into OpenClaw 2026.9's SQLite store (old files kept as .bak)",
    ) as unknown as Argv<MigrateArgs>;
}
