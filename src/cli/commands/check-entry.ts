/**
 * @fileoverview The `check` command's entry of the registry, in a module of
 * its own so that the check-only bundle (src/cli/check-main.ts) can take it
 * without the other commands' entries, whose `load` would pull every
 * command's code into that bundle.
 */
import { CHECK_SPEC } from "./check-spec.js";
import { runner, type CommandEntry } from "./entry.js";

export const CHECK_COMMAND: CommandEntry = {
  ...CHECK_SPEC,
  load: async () => runner((await import("./check-run.js")).runCheck),
};
