/**
 * @fileoverview A fast path past yargs for plain command lines. yargs costs
 * about 50 ms to load and lay out its help, more than the rest of a `check`
 * of a typical config. The commands' own builders are run against a recorder
 * (not yargs) to learn their options; a command line that uses only those, in
 * the plain forms below, is parsed here. Anything else (help, version, an
 * unknown or repeated option, a bad value, a combined short flag, `--`) returns
 * undefined, and yargs parses it as always, with its messages. A test keeps
 * the two parsers agreeing.
 */
import type { Argv } from "yargs";
import type { CommandEntry } from "./commands/registry.js";

export interface OptionSpec {
  type?: "boolean" | "string" | "number";
  alias?: string | readonly string[];
  choices?: readonly unknown[];
  default?: unknown;
  array?: boolean;
  describe?: string;
}

export interface RecordedBuilder {
  options: Map<string, OptionSpec>;
  /** The positionals' specs (for completion: their choices); parsing takes their shape from the command string. */
  positionals: Map<string, OptionSpec>;
  checks: ((args: Record<string, unknown>) => unknown)[];
  /** Set when the builder used a yargs feature the fast path does not model. */
  unsupported: boolean;
}

/** Runs a command's builder against a stand-in that records options instead of configuring yargs. */
export function recordBuilder(entry: CommandEntry): RecordedBuilder {
  const recorded: RecordedBuilder = { options: new Map(), positionals: new Map(), checks: [], unsupported: false };
  const recorder: Record<string, unknown> = {};
  const proxy: unknown = new Proxy(recorder, {
    get(_target, method) {
      if (method === "option" || method === "options") {
        return (name: string, spec: OptionSpec) => {
          recorded.options.set(name, spec ?? {});
          return proxy;
        };
      }
      if (method === "check") {
        return (fn: (args: Record<string, unknown>) => unknown) => {
          recorded.checks.push(fn);
          return proxy;
        };
      }
      if (method === "positional") {
        return (name: string, spec: OptionSpec) => {
          recorded.positionals.set(name, spec ?? {});
          return proxy;
        };
      }
      if (method === "example" || method === "usage" || method === "epilogue") return () => proxy;
      return () => {
        recorded.unsupported = true;
        return proxy;
      };
    },
  });
  try {
    entry.builder(proxy as Argv);
  } catch {
    recorded.unsupported = true;
  }
  return recorded;
}

/** yargs's camel case of an option: each `-` before a lower-case letter dropped and the letter raised (`max-warnings` → `maxWarnings`). */
function camelCase(name: string): string {
  // A loop, not a regular expression: compiling one is a tenth of a millisecond of a start.
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const next = name.charCodeAt(i + 1);
    if (name[i] === "-" && next >= 0x61 && next <= 0x7a) {
      out += name[i + 1]!.toUpperCase();
      i++;
    } else out += name[i];
  }
  return out;
}

export function aliasesOf(spec: OptionSpec): string[] {
  return spec.alias === undefined ? [] : typeof spec.alias === "string" ? [spec.alias] : [...spec.alias];
}

/** The positionals a command string declares: `check [files..]` → files, variadic. */
export function positionalsOf(command: string): { name: string; variadic: boolean }[] {
  const out: { name: string; variadic: boolean }[] = [];
  for (const word of command.split(" ")) {
    const [first, last] = [word[0], word[word.length - 1]];
    if (!((first === "[" || first === "<") && (last === "]" || last === ">"))) continue;
    const inner = word.slice(1, -1);
    const variadic = inner.endsWith("..");
    const name = variadic ? inner.slice(0, -2) : inner;
    if (name.length > 0) out.push({ name, variadic });
  }
  return out;
}

/**
 * The parsed arguments of `argv` (without node and the script) as yargs would
 * give them to the command's runner, with the command's entry; undefined when
 * the line needs yargs.
 */
export function parseFast(argv: readonly string[], commands: readonly CommandEntry[]): { entry: CommandEntry; args: Record<string, unknown> } | undefined {
  const [name, ...rest] = argv;
  const entry = commands.find((c) => c.command.split(" ")[0] === name);
  if (!entry || name === undefined) return undefined;
  const recorded = recordBuilder(entry);
  if (recorded.unsupported) return undefined;

  const byFlag = new Map<string, [string, OptionSpec]>();
  for (const [key, declared] of recorded.options) {
    // An option with choices and no type takes a string, as in yargs.
    const spec = declared.type === undefined && declared.choices ? { ...declared, type: "string" as const } : declared;
    if (spec.array || (spec.type !== "boolean" && spec.type !== "string" && spec.type !== "number")) return undefined;
    for (const flag of [key, ...aliasesOf(spec)]) byFlag.set(flag, [key, spec]);
  }

  const values = new Map<string, unknown>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (!token.startsWith("-")) {
      positionals.push(token);
      continue;
    }
    const long = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(token);
    const short = /^-([a-zA-Z])$/.exec(token);
    if (!long && !short) return undefined;
    let flag = long ? long[1]! : short![1]!;
    let inline = long ? long[2] : undefined;
    let negated = false;
    if (!byFlag.has(flag) && flag.startsWith("no-") && byFlag.get(flag.slice(3))?.[1].type === "boolean") {
      flag = flag.slice(3);
      negated = true;
    }
    const found = byFlag.get(flag);
    if (!found) return undefined;
    const [key, spec] = found;
    if (values.has(key)) return undefined;
    if (spec.type === "boolean") {
      // `--flag=false`, `--flag true`: yargs reads these its own way; leave them to it.
      if (inline !== undefined || rest[i + 1] === "true" || rest[i + 1] === "false") return undefined;
      values.set(key, !negated);
      continue;
    }
    if (negated) return undefined;
    if (inline === undefined) {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith("-")) return undefined;
      inline = next;
      i++;
    }
    let value: unknown = inline;
    if (spec.type === "number") {
      if (!/^\d+$/.test(inline)) return undefined;
      value = Number(inline);
    }
    if (spec.choices && !spec.choices.includes(value)) return undefined;
    values.set(key, value);
  }

  const args: Record<string, unknown> = { _: [name], $0: "agentcfg" };
  for (const [key, spec] of recorded.options) {
    const value = values.has(key) ? values.get(key) : spec.default;
    if (value === undefined) continue;
    for (const flag of new Set([key, camelCase(key), ...aliasesOf(spec)])) args[flag] = value;
  }
  const declared = positionalsOf(entry.command);
  let next = 0;
  for (const positional of declared) {
    if (positional.variadic) {
      args[positional.name] = positionals.slice(next);
      next = positionals.length;
    } else if (next < positionals.length) {
      args[positional.name] = positionals[next++];
    }
  }
  if (next < positionals.length) return undefined;
  // A positional outside its choices (`completion powershell`) is yargs's to refuse, with its message.
  for (const [name, spec] of recorded.positionals) {
    const value = args[name];
    if (spec.choices && value !== undefined && !(Array.isArray(value) ? value : [value]).every((v) => spec.choices!.includes(v))) return undefined;
  }
  try {
    for (const check of recorded.checks) if (check(args) !== true) return undefined;
  } catch {
    return undefined;
  }
  return { entry, args };
}

/**
 * `agentcfg check -`: a lone `-` names standard input (as for cat or eslint),
 * so it becomes `--stdin` before either parser sees the line; yargs would
 * drop it from the positionals, and the check would silently read the default
 * config instead. Only for `check`, only before a `--`, and only once.
 */
export function dashAsStdin(argv: readonly string[]): string[] {
  if (argv[0] !== "check") return [...argv];
  const end = argv.indexOf("--");
  const before = end < 0 ? argv : argv.slice(0, end);
  const dash = before.indexOf("-");
  if (dash < 0 || before.includes("--stdin")) return [...argv];
  return [...argv.slice(0, dash), "--stdin", ...argv.slice(dash + 1)];
}
