/**
 * @fileoverview The config as OpenClaw validates it: `${NAME}` replaced
 * before the schema judges a value. Recorded with both releases' `config
 * validate` (fixtures/openclaw-2026.9/env-substitution-*): the environment's
 * value wins over the config's own (`env.vars`, 2026.4's inline `env`); an
 * empty or unset variable leaves the reference as written, and the value is
 * judged as that text; `$${NAME}` is the literal `${NAME}`; a string stays a
 * string (a port written as "${PORT}" is refused whatever PORT holds).
 *
 * An environment value never reaches a message: the diagnostics of a
 * substituted value get the text as written back (restoreWrittenValues).
 */
import type { Diagnostic, JsonPath } from "../diagnostics/types.js";
import { configVariableValues, findEnvTokens, type EnvToken } from "./env-refs.js";

/** One string the substitution changed: where, as written, and as OpenClaw judges it. */
export interface EnvSubstitution {
  path: JsonPath;
  written: string;
  substituted: string;
}

/**
 * `value` with its references substituted. Only the containers on the way to a
 * changed string are copied, each once: a config without `${` comes back as it is.
 */
export function substituteEnvReferences(value: unknown, env: Readonly<Record<string, string | undefined>>): { value: unknown; changed: EnvSubstitution[] } {
  const changed: EnvSubstitution[] = [];
  const found = findEnvTokens(value);
  if (found.length === 0) return { value, changed };
  const vars = configVariableValues(value);
  const lookup = (name: string): string | undefined => {
    const fromEnv = env[name];
    return fromEnv !== undefined && fromEnv !== "" ? fromEnv : vars.get(name);
  };
  // findEnvTokens lists a string's tokens together, left to right.
  const groups: { path: JsonPath; tokens: EnvToken[] }[] = [];
  for (const { path, token } of found) {
    const last = groups.at(-1);
    if (last && last.path.length === path.length && last.path.every((s, i) => s === path[i])) last.tokens.push(token);
    else groups.push({ path, tokens: [token] });
  }
  const tree = new CopyOnWrite(value);
  for (const { path, tokens } of groups) {
    const written = tree.original(path);
    if (typeof written !== "string") continue;
    let out = "";
    let at = 0;
    for (const token of tokens) {
      if (token.kind === "invalid") continue;
      const replacement = token.kind === "escaped" ? `\${${token.name}}` : lookup(token.name);
      if (replacement === undefined) continue;
      out += written.slice(at, token.start) + replacement;
      at = token.end;
    }
    if (at === 0) continue;
    const substituted = out + written.slice(at);
    tree.set(path, substituted);
    changed.push({ path, written, substituted });
  }
  return { value: tree.root, changed };
}

/** Puts the text as written back into the data of diagnostics about a substituted value. */
export function restoreWrittenValues(diagnostics: Diagnostic[], changed: readonly EnvSubstitution[]): Diagnostic[] {
  if (changed.length === 0) return diagnostics;
  const byPath = new Map(changed.map((c) => [JSON.stringify(c.path), c]));
  return diagnostics.map((d) => {
    const change = byPath.get(JSON.stringify(d.path));
    if (!change || d.data === null || typeof d.data !== "object") return d;
    const quoted = JSON.stringify(change.substituted);
    const data: Record<string, unknown> = { ...(d.data as Record<string, unknown>) };
    for (const [key, item] of Object.entries(data)) {
      if (item === change.substituted) data[key] = change.written;
      else if (item === quoted) data[key] = JSON.stringify(change.written);
    }
    return { ...d, data } as Diagnostic;
  });
}

/** A tree changed by copying each container on the way to a change once. */
class CopyOnWrite {
  root: unknown;
  private readonly copies = new Map<object, Record<string | number, unknown>>();

  constructor(private readonly source: unknown) {
    this.root = source;
  }

  original(path: JsonPath): unknown {
    let current = this.source;
    for (const segment of path) {
      if (current === null || typeof current !== "object") return undefined;
      current = (current as Record<string | number, unknown>)[segment];
    }
    return current;
  }

  set(path: JsonPath, value: unknown): void {
    if (path.length === 0) {
      this.root = value;
      return;
    }
    let original = this.source as object;
    let copy = this.copyOf(original);
    this.root = copy;
    for (let i = 0; i < path.length - 1; i++) {
      original = (original as Record<string | number, unknown>)[path[i]!] as object;
      const child = this.copyOf(original);
      put(copy, path[i]!, child);
      copy = child;
    }
    put(copy, path[path.length - 1]!, value);
  }

  private copyOf(node: object): Record<string | number, unknown> {
    let copy = this.copies.get(node);
    if (!copy) {
      if (Array.isArray(node)) copy = [...node] as unknown as Record<number, unknown>;
      else {
        // defineProperty: a key named __proto__ stays a plain key, as in the parsed value.
        copy = {};
        for (const [key, item] of Object.entries(node)) put(copy, key, item);
      }
      this.copies.set(node, copy);
    }
    return copy;
  }
}

/** `container[key] = value`, where a key named __proto__ is a plain key too. */
function put(container: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}
