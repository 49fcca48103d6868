/**
 * @fileoverview `agentcfg check [inputs…]`: its options. Kept free of heavy imports;
 * the work is in check-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";
import { TARGET_IDS, type TargetId } from "../../schema/targets/ids.js";

/** The reporters' names, repeated here so `--help` needs no reporter code; a test keeps this list equal to REPORTERS. */
export const REPORTER_NAMES = ["pretty", "json", "github", "sarif"] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export interface CheckArgs {
  /** Files, directories and globs. */
  files: string[];
  format: ReporterName;
  /** Write the report here; the summary still goes to the terminal. */
  output: string | undefined;
  quiet: boolean;
  strict: boolean;
  maxWarnings: number | undefined;
  color: boolean | undefined;
  watch: boolean;
  envCheck: boolean;
  /** `code=off|info|warning|error`, repeatable (an array when given more than once); wins over settings files. */
  rule: string | string[] | undefined;
  /** An explicit settings file, instead of looking for agentcfg.config.json5 upward from each config. */
  settings: string | undefined;
  printConfig: boolean;
  /** The OpenClaw release to judge every file by; else each file's settings, meta or keys decide. */
  target: TargetId | undefined;
  /** Apply every safe fix the diagnostics carry and write the files (check-fix.ts). */
  fix: boolean;
  /** Print the diff `--fix` would make; write nothing. */
  fixDryRun: boolean;
  /** Check standard input instead of files (also `-` as the only file). */
  stdin: boolean;
  /** The name standard input is reported under, and where its settings and `$include`s are looked for. */
  stdinFilename: string | undefined;
}

export function checkBuilder(yargs: Argv): Argv<CheckArgs> {
  return yargs
    .positional("files", {
      type: "string",
      array: true,
      describe: "Files, directories (their *.json5 and openclaw.json files) or quoted globs (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)",
    })
    .option("format", {
      alias: "f",
      choices: REPORTER_NAMES,
      default: "pretty" as ReporterName,
      describe: "Output format: pretty, json, github (workflow annotations) or sarif (SARIF 2.1.0)",
    })
    .option("output", { alias: "o", type: "string", requiresArg: true, describe: "Write the report to FILE; the summary still goes to the terminal" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Report errors only (warnings still count for --strict and --max-warnings)" })
    .option("strict", { type: "boolean", default: false, describe: "Fail on warnings and on pending migrations (what `agentcfg migrate` would change) too" })
    .option("max-warnings", { type: "number", requiresArg: true, describe: "Fail when there are more than N warnings" })
    .option("env-check", { type: "boolean", default: false, describe: "Also check the current environment: warn about ${VAR}s that are unset here" })
    .option("rule", {
      type: "string",
      requiresArg: true,
      describe: "Set a rule's severity: code=off|info|warning|error (repeatable; wins over agentcfg.config.json5)",
    })
    .option("settings", {
      type: "string",
      requiresArg: true,
      describe: "Use this settings file instead of the nearest agentcfg.config.json5 above each config",
    })
    .option("target", {
      choices: TARGET_IDS,
      requiresArg: true,
      describe: "Judge by this OpenClaw release (default: target in agentcfg.config.json5, else the release the file says wrote it, else 2026.9)",
    })
    .option("print-config", {
      type: "boolean",
      default: false,
      describe: "Print the normalized config and every agent's resolved model chains as JSON (like tsc --showConfig)",
    })
    .option("color", { type: "boolean", describe: "Colour the output (default: when the terminal supports it; --no-color to turn off)" })
    .option("watch", { alias: "w", type: "boolean", default: false, describe: "Check again whenever an input changes; Ctrl-C stops" })
    .option("fix", {
      type: "boolean",
      default: false,
      describe: "Apply every safe fix (renames of typo'd keys, canonical provider ids, …) and write the files, keeping comments; never touches a secret",
    })
    .option("fix-dry-run", { type: "boolean", default: false, describe: "Print the diff --fix would make, and what would remain; write nothing" })
    .option("stdin", { type: "boolean", default: false, describe: "Check the config read from standard input (so does - as the file)" })
    .option("stdin-filename", {
      type: "string",
      requiresArg: true,
      describe: "The file name to report standard input as (default <stdin>); settings and $include are looked for beside it",
    })
    .example("$0 check", "Check the config OpenClaw would load")
    .example("$0 check examples/two-kimi-keys.json5", "Check one file")
    .example('$0 check "configs/**/*.json5" --format github', "Check every config in a repository, as GitHub annotations")
    .example("$0 check configs/ --format sarif --output agentcfg.sarif", "Write SARIF for code scanning; print the summary")
    .example("$0 check configs/ --watch", "Check again on every save")
    .example("$0 check openclaw.json5 --fix", "Fix what can be fixed safely (a typo'd key, say), then report the rest")
    .example("$0 check openclaw.json5 --fix-dry-run", "Show the diff --fix would make")
    .example("cat openclaw.json5 | $0 check --stdin --stdin-filename openclaw.json5", "Check standard input as if it were that file")
    .example("$0 check --rule model/missing-provider=off --rule auth/no-credentials=warning", "Change rule severities for this run")
    .example("$0 check old.json5 --target 2026.4", "Judge a file by OpenClaw 2026.4 instead of the release it names or 2026.9")
    .example(
      "$0 check openclaw.json5 --print-config",
      "Show what OpenClaw will use: canonical refs, resolved aliases, each agent's chains",
    ) as unknown as Argv<CheckArgs>;
}
