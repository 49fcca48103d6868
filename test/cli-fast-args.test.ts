/**
 * @fileoverview The fast command-line path agrees with yargs: for every line it
 * accepts, it gives the runner the same arguments yargs would (so a new option
 * with a default cannot be missed), and it leaves to yargs every line it does
 * not model (help, version, unknown or repeated options, bad values).
 */
import yargs from "yargs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/registry.js";
import { parseFast } from "../src/cli/fast-args.js";

/** What yargs hands the command's runner for `argv`. */
async function parsedByYargs(argv: string[]): Promise<Record<string, unknown>> {
  let seen: Record<string, unknown> | undefined;
  const cli = yargs(argv)
    .strict()
    .exitProcess(false)
    .fail((message) => {
      throw new Error(message);
    });
  for (const entry of COMMANDS) {
    cli.command(entry.command, entry.describe, entry.builder, (args) => {
      seen = args as Record<string, unknown>;
    });
  }
  await cli.parseAsync();
  if (!seen) throw new Error("yargs ran no command");
  return seen;
}

/** The keys a runner reads: yargs also keeps kebab-case copies and aliases, compared too. */
function comparable(args: Record<string, unknown>): Record<string, unknown> {
  const { _: _ignored, $0: _script, ...rest } = args;
  return rest;
}

const accepted: string[][] = [
  ["check", "examples/two-kimi-keys.json5"],
  ["check"],
  ["check", "a.json5", "b.json5", "dir/"],
  ["check", "a.json5", "--format", "json"],
  ["check", "a.json5", "--format=sarif", "--strict"],
  ["check", "-f", "github", "a.json5"],
  ["check", "a.json5", "--max-warnings", "3", "--no-color"],
  ["check", "a.json5", "--max-warnings=0", "--color", "--env-check"],
  ["check", "a.json5", "--no-strict", "--quiet"],
];

const leftToYargs: string[][] = [
  ["check", "--help"],
  ["--version"],
  ["check", "--bogus", "a.json5"],
  ["check", "--format", "xml", "a.json5"],
  ["check", "--format", "json", "--format", "pretty"],
  ["check", "--max-warnings", "-1"],
  ["check", "--max-warnings", "many"],
  ["check", "--strict", "false", "a.json5"],
  ["check", "-qw", "a.json5"],
  ["check", "--", "-odd-name.json5"],
  ["nonsense"],
  [],
];

describe("parseFast", () => {
  it.each(accepted.map((argv) => [argv.join(" "), argv] as const))("gives the same arguments as yargs: %s", async (_line, argv) => {
    const fast = parseFast(argv, COMMANDS);
    expect(fast).toBeDefined();
    expect(fast!.entry.command.split(" ")[0]).toBe(argv[0]);
    expect(comparable(fast!.args)).toEqual(comparable(await parsedByYargs(argv)));
  });

  it.each(leftToYargs.map((argv) => [argv.join(" "), argv] as const))("leaves %j to yargs", (_line, argv) => {
    expect(parseFast(argv, COMMANDS)).toBeUndefined();
  });
});
