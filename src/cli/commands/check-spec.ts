/**
 * @fileoverview The `check` command as the parsers see it (name, summary,
 * options), without the code that runs it: the registry's entry
 * (check-entry.ts) loads that code when the command is chosen; the check-only
 * bundle (check-main.ts) imports it outright.
 */
import type { Argv } from "yargs";
import { checkBuilder } from "./check.js";
import type { CommandEntry } from "./entry.js";

export const CHECK_SPEC: Omit<CommandEntry, "load"> = {
  command: "check [files..]",
  describe: "Lint config files: syntax, schema, and the mistakes OpenClaw would refuse at start-up",
  builder: (y) => checkBuilder(y) as unknown as Argv,
};
