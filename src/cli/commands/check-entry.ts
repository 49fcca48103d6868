/**
 * @fileoverview The `check` command's entry of the registry, in a module of
 * its own so that the check-only bundle (src/cli/check-main.ts) can take it
 * without the other commands' entries, whose `load` would pull every
 * command's code into that bundle.
 */
import type { Argv } from "yargs";
import { checkBuilder } from "./check.js";
import { runner, type CommandEntry } from "./entry.js";

export const CHECK_COMMAND: CommandEntry = {
  command: "check [files..]",
  describe: "Lint config files: syntax, schema, and the mistakes OpenClaw would refuse at start-up",
  builder: (y) => checkBuilder(y) as unknown as Argv,
  load: async () => runner((await import("./check-run.js")).runCheck),
};
