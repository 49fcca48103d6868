/**
 * @fileoverview The fast command-line path agrees with yargs: for every line it
 * accepts, it gives the runner the same arguments yargs would (so a new option
 * with a default cannot be missed), and it leaves to yargs every line it does
 * not model (help, version, unknown or repeated options, bad values).
 */
import yargs from "yargs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/registry.js";
import { dashAsStdin, parseFast } from "../src/cli/fast-args.js";

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
  ["check", "a.json5", "--fix"],
  ["completion", "zsh"],
  ["check", "a.json5", "--fix-dry-run"],
  ["check", "--stdin", "--stdin-filename", "openclaw.json5"],
  ["check", "--stdin-filename=configs/openclaw.json5", "--stdin", "--format", "json"],
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
  ["check", "--stdin-filename"],
  ["completion", "powershell"],
  ["check", "--fixx", "a.json5"],
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

describe("dashAsStdin", () => {
  it.each([
    [
      ["check", "-"],
      ["check", "--stdin"],
    ],
    [
      ["check", "-", "--stdin-filename", "x.json5"],
      ["check", "--stdin", "--stdin-filename", "x.json5"],
    ],
    [
      ["check", "--format", "json", "-"],
      ["check", "--format", "json", "--stdin"],
    ],
    // After `--` a `-` is a file name like any other; other commands keep theirs; --stdin already there wins.
    [
      ["check", "--", "-"],
      ["check", "--", "-"],
    ],
    [
      ["migrate", "-"],
      ["migrate", "-"],
    ],
    [
      ["check", "--stdin", "-"],
      ["check", "--stdin", "-"],
    ],
  ])("%j → %j", (argv, want) => {
    expect(dashAsStdin(argv)).toEqual(want);
  });

  it("a line with `-` gives both parsers the same arguments once mapped, with stdin set", async () => {
    for (const line of [
      ["check", "-"],
      ["check", "-", "--stdin-filename", "x.json5", "--fix-dry-run"],
    ]) {
      const argv = dashAsStdin(line);
      const fast = parseFast(argv, COMMANDS);
      expect(fast, line.join(" ")).toBeDefined();
      expect(fast!.args["stdin"]).toBe(true);
      expect(comparable(fast!.args)).toEqual(comparable(await parsedByYargs(argv)));
    }
  });
});
