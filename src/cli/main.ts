/**
 * @fileoverview The `agentcfg` command line. Each command's module is loaded
 * only when that command runs, so start-up stays fast.
 */
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { toolVersion } from "../version.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { checkBuilder, type CheckArgs } from "./commands/check.js";

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const cli = yargs(argv)
    .scriptName("agentcfg")
    .usage("$0 <command> [options]\n\nCheck, explain, migrate and compile OpenClaw agent configuration.")
    .command(
      "check [files..]",
      "Lint config files: syntax, schema, and the mistakes OpenClaw would refuse at start-up",
      (y) => checkBuilder(y),
      async (args) => {
        const { runCheck } = await import("./commands/check-run.js");
        exitCode = await runCheck(args as unknown as CheckArgs);
      },
    )
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
