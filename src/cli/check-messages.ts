/**
 * @fileoverview The sentences of `agentcfg check` (and of how any run ends),
 * apart from src/cli/messages.ts because they ride in the check bundle, the
 * one the cold start loads: it should carry no other command's wording. Same
 * contract as `M`: each entry a named function of typed parameters returning
 * the exact text printed, newlines included; test/cli-messages.test.ts checks
 * that each one is used.
 */
import { plural } from "../diagnostics/reporters/types.js";
import type { FailureKind } from "./commands/check-exit.js";

/** Why a run fails, as `--quiet` says it; `%` is the --max-warnings limit. */
const FAIL_REASONS: Record<FailureKind, string> = {
  unreadable: "an input could not be read",
  errors: "errors",
  warnings: "warnings (--strict)",
  "pending-migrations": "pending migrations (--strict; run `agentcfg migrate`)",
  "max-warnings": "more than % warnings (--max-warnings)",
};

const CHECK_HELP = "Run `agentcfg check --help` for usage.\n";

export const CM = {
  // arguments and inputs
  maxWarningsInvalid: (given: string) => `agentcfg: --max-warnings takes a whole number of 0 or more, not ${given}.\n${CHECK_HELP}`,
  defaultFile: (path: string, source: string) => `agentcfg: checking ${path} (${source})\n`,
  noMatch: (input: string) =>
    `agentcfg: no config files match ${JSON.stringify(input)} (a directory is searched for *.json5 and openclaw.json; quote globs so agentcfg expands them).\n`,
  settingsProblems: (problems: readonly string[]) => `${problems.map((e) => `agentcfg: ${e}\n`).join("")}${CHECK_HELP}`,
  // --stdin and --fix: usage
  stdinWithFiles: () =>
    `agentcfg: standard input is checked on its own: give --stdin (or -) without file names, or the file names without --stdin.\n${CHECK_HELP}`,
  stdinFilenameAlone: () =>
    `agentcfg: --stdin-filename names standard input; add --stdin, e.g. \`agentcfg check --stdin --stdin-filename openclaw.json5\`.\n${CHECK_HELP}`,
  stdinUnreadable: (reason: string) => `agentcfg: cannot read standard input: ${reason}\n`,
  fixWithStdin: () =>
    `agentcfg: --fix writes files, and standard input is not one; use --fix-dry-run to see the diff, or check the file itself.\n${CHECK_HELP}`,
  fixTwice: () => `agentcfg: --fix and --fix-dry-run cannot be used together; --fix-dry-run only shows what --fix would write.\n${CHECK_HELP}`,
  fixNotWithWatch: (option: string) => `agentcfg: ${option} cannot be used with --watch; run it once, then watch.\n${CHECK_HELP}`,
  fixDryRunFormat: () => `agentcfg: --fix-dry-run prints a diff, so it takes neither --format other than pretty nor --output.\n${CHECK_HELP}`,
  // --fix and --fix-dry-run: results
  fixWritten: (file: string, count: number) => `agentcfg: fixed ${plural(count, "problem")} in ${file}.\n`,
  fixNotWritten: (file: string, reason: string) => `agentcfg: cannot write the fixes to ${file}: ${reason}; the file is unchanged.\n`,
  fixNothing: () => "Nothing to fix: no problem here has a safe fix.\n\n",
  // the report and what the exit code says
  reportNotWritten: (file: string, reason: string, advice: string) =>
    `agentcfg: cannot write the report to ${file}: ${reason}. The previous report, if any, is unchanged.\n  ${advice}\n`,
  reportWritten: (file: string) => ` Report written to ${file}.`,
  quietHid: (warnings: number, infos: number, failure: string | undefined) =>
    `agentcfg: --quiet hid ${plural(warnings, "warning")} and ${plural(infos, "info")}${failure !== undefined ? `; they fail this run: ${failure}` : ""}.\n`,
  failReason: (kind: FailureKind, maxWarnings: number | undefined) => FAIL_REASONS[kind].replace("%", String(maxWarnings)),
  // --watch
  watching: (files: number) => `agentcfg: watching ${files} file${files === 1 ? "" : "s"} for changes (Ctrl-C to stop)\n`,
  watchPassFailed: (message: string) => `agentcfg: internal error while checking: ${message}\n`,
  watchAgain: () => "\n── change detected: checking again ──\n\n",
  watchStopped: () => "agentcfg: stopped watching.\n",
  // any command
  internalError: (message: string) => `agentcfg: internal error: ${message}\nPlease report this with the command you ran.\n`,
};
