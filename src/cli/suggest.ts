/**
 * @fileoverview Did-you-mean for a mistyped command line: `agentcfg chek` →
 * "check", `agentcfg check --formt json` → "--format". Used on the yargs path
 * only, when yargs has refused the line; the words are the registry's command
 * names and the options the command's own builder declares (the one
 * definition the parsers and the shell completion read), matched by the
 * spelling suggester the diagnostics use.
 */
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { CommandEntry } from "./commands/entry.js";
import { declaredOptions } from "./declared-commands.js";

/** Options every command takes (yargs's own). */
const GLOBAL_OPTIONS = ["help", "version", "h", "v"];

export const commandName = (entry: CommandEntry): string => entry.command.split(" ")[0]!;

/** What the user most likely meant by the first unknown word of `argv` that is close to a known one, as it would be typed. */
export function suggestionFor(argv: readonly string[], commands: readonly CommandEntry[]): { typed: string; meant: string } | undefined {
  const [first, ...rest] = argv;
  if (first === undefined) return undefined;
  const names = commands.map(commandName);
  const entry = commands.find((c) => commandName(c) === first);
  if (!entry) {
    if (first.startsWith("-")) return optionSuggestion([first], GLOBAL_OPTIONS);
    const meant = didYouMean(first, names);
    return meant ? { typed: first, meant } : undefined;
  }
  return optionSuggestion(rest, [...declaredOptions(entry), ...GLOBAL_OPTIONS]);
}

function optionSuggestion(tokens: readonly string[], known: readonly string[]): { typed: string; meant: string } | undefined {
  const knownSet = new Set(known);
  for (const token of tokens) {
    if (token === "--") break;
    if (!token.startsWith("--") || token.length < 4) continue;
    const name = token.slice(2).split("=")[0]!;
    const bare = name.startsWith("no-") ? name.slice(3) : name;
    if (knownSet.has(name) || knownSet.has(bare)) continue;
    const meant = didYouMean(
      name,
      known.filter((k) => k.length > 1),
    );
    if (meant) return { typed: `--${name}`, meant: `--${meant}` };
  }
  return undefined;
}
