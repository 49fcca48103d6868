/**
 * @fileoverview The `agentcfg` command line. Each command's module is loaded
 * only when that command runs, so start-up stays fast.
 */
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { toolVersion } from "../version.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { COMMANDS } from "./commands/registry.js";

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const cli = yargs(argv)
    .scriptName("agentcfg")
    .usage("$0 <command> [options]\n\nCheck, explain, migrate and compile OpenClaw agent configuration.")
    .demandCommand(1, "Name a command, e.g. `agentcfg check`.")
    .strict()
    .help()
    .alias("h", "help")
    .version(toolVersion())
    .alias("v", "version")
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`agentcfg: ${message}\nRun \`agentcfg --help\` for usage.\n`);
      exitCode = EXIT_USAGE;
    });
  for (const entry of COMMANDS) {
    cli.command(entry.command, entry.describe, entry.builder, async (args) => {
      const run = await entry.load();
      exitCode = await run(args as Record<string, unknown>);
    });
  }
  await cli.parseAsync();
  return exitCode;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in agentcfg, not a problem in the user's file: say so plainly, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`agentcfg: internal error: ${message}\nPlease report this with the command you ran.\n`);
    if (process.env["AGENTCFG_DEBUG"] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
