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
import { runCheck } from "./commands/check-run.js";
import { CHECK_SPEC } from "./commands/check-spec.js";
import { type CommandEntry, runner } from "./commands/entry.js";
import { dashAsStdin, parseFast } from "./fast-args.js";
import { settle } from "./settle.js";

/**
 * `check` with its code imported outright, not loaded on demand as the registry's entry does: this
 * bundle runs nothing else, and a module the bundle imports statically needs no lazy wrapper
 * (esbuild then hoists it into the bundle's own scope; ≈ 150 wrapped modules cost a start their calls).
 */
const CHECK: CommandEntry = { ...CHECK_SPEC, load: async () => runner(runCheck) };

/** Runs `argv` (without node and the script) when it is a plain `check` command line; false when it is not. */
export function startCheck(argv: readonly string[]): boolean {
  const fast = parseFast(dashAsStdin(argv), [CHECK]);
  // --fix, --fix-dry-run and --stdin are the whole command line's: their code is not in this bundle (scripts/build-bundle.mjs),
  // so the plain check, the start that must stay fast, carries none of it.
  if (!fast || fast.args["fix"] === true || fast.args["fixDryRun"] === true || fast.args["stdin"] === true) return false;
  settle(fast.entry.load().then((run) => run(fast.args)));
  return true;
}
