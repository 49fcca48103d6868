/**
 * @fileoverview The `agentcfg` command line. Each command's module is loaded
 * only when that command runs, so start-up stays fast; a plain command line
 * (`agentcfg check file.json5 --format json`) skips yargs altogether (see
 * fast-args.ts), and yargs is loaded only for help, version and anything else.
 */
import { toolVersion } from "../version.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { COMMANDS } from "./commands/registry.js";
import { M } from "./messages.js";
import { dashAsStdin, parseFast } from "./fast-args.js";
import { settle } from "./settle.js";

async function main(given: string[]): Promise<number> {
  const argv = dashAsStdin(given);
  const fast = parseFast(argv, COMMANDS);
  if (fast) return (await fast.entry.load())(fast.args);
  return mainWithYargs(argv);
}

async function mainWithYargs(argv: string[]): Promise<number> {
  const [{ default: yargs }, { Redactor }, { suggestionFor }] = await Promise.all([import("yargs"), import("../secrets/redact.js"), import("./suggest.js")]);
  // yargs quotes the command line back ("Unknown argument: …"), and a token pasted there is a credential.
  const redactor = new Redactor();
  let exitCode = 0;
  // yargs may still call a command's handler after reporting a usage error; a refused command line must do nothing.
  let refused = false;
  const cli = yargs(argv)
    .scriptName("agentcfg")
    .usage("$0 <command> [options]\n\nCheck, explain, migrate and compile OpenClaw agent configuration.")
    .demandCommand(1, "Name a command, e.g. `agentcfg check`.")
    .example("$0 check", "Check the config OpenClaw would load ($OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)")
    .example("$0 check openclaw.json5 --fix", "Fix what can be fixed safely (a typo'd key, say), then report the rest")
    .example("cat openclaw.json5 | $0 check --stdin", "Check a config piped in")
    .example("$0 explain openclaw.json5", "Which model, which key, in which order, after which error")
    .example("$0 migrate openclaw.json5 --to 2026.9", "Show the diff that moves a config to OpenClaw 2026.9 (--write applies it)")
    .example("source <(agentcfg completion bash)", "Complete commands, options and file names in bash (also zsh, fish)")
    .strict()
    .help()
    .alias("h", "help")
    .version(toolVersion())
    .alias("v", "version")
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      const suggestion = suggestionFor(argv, COMMANDS);
      if (!refused) process.stderr.write(redactor.redact(suggestion ? M.cliDidYouMean(message, suggestion.typed, suggestion.meant) : M.cliUsage(message)));
      refused = true;
      exitCode = EXIT_USAGE;
    });
  for (const entry of COMMANDS) {
    cli.command(entry.command, entry.describe, entry.builder, async (args) => {
      if (refused) return;
      const run = await entry.load();
      exitCode = await run(args as Record<string, unknown>);
    });
  }
  await cli.parseAsync();
  return exitCode;
}

// Node puts itself and the script first; the command line proper follows.
settle(main(process.argv.slice(2)));
