/**
 * @fileoverview Each command as its builder declares it (options with their
 * aliases, value kinds and choices; positionals with theirs), learnt the way
 * the fast parser learns it (fast-args.ts runs the builder against a
 * recorder): the one definition of the command line, read by the parsers,
 * by did-you-mean (suggest.ts) and by the shell completion scripts
 * (completion-scripts.ts), so none of them keeps a list of its own.
 */
import type { CommandEntry } from "./commands/entry.js";
import { aliasesOf, positionalsOf, recordBuilder } from "./fast-args.js";

/** One option of a command as did-you-mean and the shell completion see it. */
export interface DeclaredOption {
  name: string;
  aliases: string[];
  /** Whether a value follows it (`--format json`), rather than being a flag. */
  takesValue: boolean;
  /** The values it takes, when they are a fixed list. */
  choices: string[] | undefined;
  describe: string;
}

/** A command as its builder declares it: the one definition both parsers, did-you-mean and the shell completion read. */
export interface DeclaredCommand {
  name: string;
  describe: string;
  options: DeclaredOption[];
  /** The positionals in order, with their choices when fixed (any other positional is completed as a file name). */
  positionals: { name: string; choices: string[] | undefined }[];
}

export function declareCommand(entry: CommandEntry): DeclaredCommand {
  const recorded = recordBuilder(entry);
  const options = [...recorded.options].map(([name, spec]) => ({
    name,
    aliases: aliasesOf(spec),
    takesValue: spec.type !== "boolean",
    choices: spec.choices?.map(String),
    describe: spec.describe ?? "",
  }));
  const positionals = positionalsOf(entry.command).map(({ name }) => ({ name, choices: recorded.positionals.get(name)?.choices?.map(String) }));
  return { name: entry.command.split(" ")[0]!, describe: entry.describe, options, positionals };
}

/** The options a command declares, each with its aliases (`format`, `f`, …), for did-you-mean. */
export function declaredOptions(entry: CommandEntry): string[] {
  return declareCommand(entry).options.flatMap((o) => [o.name, ...o.aliases]);
}
