/**
 * @fileoverview `agentcfg check [files…]`: its options. Kept free of heavy imports;
 * the work is in check-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";

export const REPORTER_NAMES = ["pretty", "json"] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export interface CheckArgs {
  files: string[];
  format: ReporterName;
  strict: boolean;
  maxWarnings: number | undefined;
  color: boolean | undefined;
  envCheck: boolean;
}

export function checkBuilder(yargs: Argv): Argv<CheckArgs> {
  return yargs
    .positional("files", { type: "string", array: true, describe: "Config files to check (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)" })
    .option("format", { alias: "f", choices: REPORTER_NAMES, default: "pretty" as ReporterName, describe: "Output format" })
    .option("strict", { type: "boolean", default: false, describe: "Fail on warnings too" })
    .option("max-warnings", { type: "number", describe: "Fail when there are more than N warnings" })
    .option("env-check", { type: "boolean", default: false, describe: "Also check the current environment: warn about ${VAR}s that are unset here" })
    .option("color", { type: "boolean", describe: "Colour the output (default: when the terminal supports it; --no-color to turn off)" })
    .example("$0 check", "Check the config OpenClaw would load")
    .example("$0 check examples/two-kimi-keys.json5", "Check one file")
    .example("$0 check a.json5 b.json5 --format json", "Check two files, machine-readable output") as unknown as Argv<CheckArgs>;
}

