/**
 * @fileoverview The check-only command line: the entry of the bundle
 * dist/cli/agentcfg.check.cjs (scripts/build-bundle.mjs). The command line
 * run most, `agentcfg check <file>`, then loads only the code a check needs:
 * no explain, compile, migrate, inspect, lsp, sessions or auth code, so its
 * code cache is smaller and a start has less to deserialise. The loader
 * (load-bundle.ts) takes this bundle when the first argument is `check`;
 * anything the fast parser leaves to yargs (help, unusual options) returns
 * false, and the loader runs the whole command line (main.ts) instead, so
 * the output is the same either way.
 */
import { CHECK_COMMAND } from "./commands/check-entry.js";
import { parseFast } from "./fast-args.js";
import { settle } from "./settle.js";

/** Runs `argv` (without node and the script) when it is a plain `check` command line; false when it is not. */
export function startCheck(argv: readonly string[]): boolean {
  const fast = parseFast(argv, [CHECK_COMMAND]);
  if (!fast) return false;
  settle(fast.entry.load().then((run) => run(fast.args)));
  return true;
}
