/**
 * @fileoverview `${VAR}` references in string values, read the way OpenClaw
 * substitutes them at load time: only names matching `[A-Z_][A-Z0-9_]*` are
 * replaced, `$${VAR}` stands for the literal text `${VAR}`, and a variable
 * that is unset or empty stops the load. Anything else in `${…}` is left as
 * written, which is rarely what the author meant.
 *
 * Only names are ever reported here; a variable's value is never read into
 * a message.
 */
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic, JsonPath, SourceRange } from "../diagnostics/types.js";
import { locateNode } from "./locate.js";
import type { ConfigSource } from "./source.js";
import { isJsonObject } from "../json-object.js";

/** The names OpenClaw substitutes. */
export const ENV_NAME_PATTERN = /^[A-Z_][A-Z0-9_]*$/;

export interface EnvToken {
  /** `reference`: `${NAME}`; `escaped`: `$${NAME}`; `invalid`: a `${…}` OpenClaw leaves as written. */
  kind: "reference" | "escaped" | "invalid";
  /** The text between the braces. */
  name: string;
  /** The token as written. */
  raw: string;
  /** Offsets of the token in the string, end exclusive. */
  start: number;
  end: number;
}

/** The `${…}` tokens of one string, left to right. */
export function scanEnvTemplate(text: string): EnvToken[] {
  const tokens: EnvToken[] = [];
  for (let i = text.indexOf("$"); i >= 0 && i < text.length; i = text.indexOf("$", i + 1)) {
    if (text[i + 1] === "$" && text[i + 2] === "{") {
      const close = text.indexOf("}", i + 3);
      const name = close < 0 ? "" : text.slice(i + 3, close);
      if (ENV_NAME_PATTERN.test(name)) {
        tokens.push({ kind: "escaped", name, raw: text.slice(i, close + 1), start: i, end: close + 1 });
        i = close;
      }
      // Otherwise the first `$` is literal and the scan goes on from the second, as OpenClaw's does.
      continue;
    }
    if (text[i + 1] !== "{") continue;
    const close = text.indexOf("}", i + 2);
    if (close < 0) continue;
    const name = text.slice(i + 2, close);
    const token = { name, raw: text.slice(i, close + 1), start: i, end: close + 1 };
    if (ENV_NAME_PATTERN.test(name)) {
      tokens.push({ kind: "reference", ...token });
      i = close;
    } else if (looksLikeVariable(name) && text[i - 1] !== "$") {
      // Not skipped past: a valid reference nested inside is still substituted.
      tokens.push({ kind: "invalid", ...token });
    }
  }
  return tokens;
}

/** `${lower}`, `${Mixed}`, `${VAR:-default}`, `${ VAR }`: someone meant a variable. */
function looksLikeVariable(inside: string): boolean {
  return /^\s*[A-Za-z_]/.test(inside) && !inside.includes("{");
}

export interface EnvReference {
  /** The path of the string value in the config. */
  path: JsonPath;
  name: string;
  /** `${NAME}` as written. */
  raw: string;
  /** Offsets of `raw` in the string value. */
  start: number;
  end: number;
}

/** Every `${VAR}` that OpenClaw would substitute, in every string value (not `$${VAR}`). */
export function findEnvReferences(value: unknown): EnvReference[] {
  return findEnvTokens(value)
    .filter(({ token }) => token.kind === "reference")
    .map(({ path, token }) => ({ path, name: token.name, raw: token.raw, start: token.start, end: token.end }));
}

/**
 * Every `${…}` token in every string value, with its path. One shared path
 * stack, copied only for a string that holds a token: a large config has
 * hundreds of thousands of values and only a handful of references.
 */
export function findEnvTokens(value: unknown): { path: JsonPath; token: EnvToken }[] {
  const out: { path: JsonPath; token: EnvToken }[] = [];
  const path: (string | number)[] = [];
  const scan = (text: string): void => {
    for (const token of scanEnvTemplate(text)) out.push({ path: [...path], token });
  };
  // Only containers are descended into and only strings holding "${" are scanned: the rest of a
  // large config (numbers, booleans, plain strings) is passed over without touching the path.
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === "string") {
          if (!child.includes("${")) continue;
          path.push(i);
          scan(child);
          path.pop();
        } else if (child !== null && typeof child === "object") {
          path.push(i);
          visit(child);
          path.pop();
        }
      }
    } else if (isJsonObject(node)) {
      for (const key of Object.keys(node)) {
        const child = node[key];
        if (typeof child === "string") {
          if (!child.includes("${")) continue;
          path.push(key);
          scan(child);
          path.pop();
        } else if (child !== null && typeof child === "object") {
          path.push(key);
          visit(child);
          path.pop();
        }
      }
    }
  };
  if (typeof value === "string") scan(value);
  else visit(value);
  return out;
}

/**
 * The variables the config sets itself: `env.vars` and the inline `env`
 * entries, which OpenClaw applies before it substitutes. Inline entries whose
 * value holds a `${…}` are skipped by OpenClaw, so they set nothing.
 */
export function configProvidedVariables(config: unknown): Set<string> {
  return new Set(configVariableValues(config).keys());
}

/** The values the config gives its own variables (see configProvidedVariables). */
export function configVariableValues(config: unknown): Map<string, string> {
  const values = new Map<string, string>();
  const env = isJsonObject(config) ? config["env"] : undefined;
  if (!isJsonObject(env)) return values;
  for (const [key, value] of Object.entries(env)) {
    if (key === "shellEnv") continue;
    if (key === "vars") {
      if (isJsonObject(value)) for (const [name, v] of Object.entries(value)) if (typeof v === "string" && v !== "") values.set(name, v);
    } else if (typeof value === "string" && value !== "" && !value.includes("${")) values.set(key, value);
  }
  return values;
}

export interface EnvCheckOptions {
  /** Also report references to variables unset or empty in `env` (`--env-check`). */
  envCheck?: boolean;
}

/**
 * `${…}` that OpenClaw will not substitute (always), and with `envCheck`,
 * `${VAR}` whose variable is neither in `env` nor set by the config.
 */
export function checkEnvReferences(source: ConfigSource, env: Readonly<Record<string, string | undefined>>, options: EnvCheckOptions = {}): Diagnostic[] {
  // Most configs hold no reference at all: then there is no value to walk.
  if (source.documents.every((doc) => !doc.text.includes("${"))) return [];
  const provided = options.envCheck ? configProvidedVariables(source.value) : new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const { path, token } of findEnvTokens(source.value)) {
    const at = () => ({ path, ...locateToken(source, path, token) });
    if (token.kind === "invalid") {
      diagnostics.push(createDiagnostic("env/invalid-reference", { raw: token.raw, suggestion: suggestName(token.name) }, at()));
    } else if (token.kind === "reference" && options.envCheck && !provided.has(token.name)) {
      const current = env[token.name];
      if (current === undefined || current === "") {
        diagnostics.push(createDiagnostic("env/unset-variable", { name: token.name, empty: current === "" }, at()));
      }
    }
  }
  return diagnostics;
}

/** `${api_key}` → `API_KEY`; `${KEY:-x}` → `KEY`. */
function suggestName(inside: string): string | undefined {
  const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::?[-=?+].*)?$/s.exec(inside);
  const name = match?.[1]?.toUpperCase();
  return name && ENV_NAME_PATTERN.test(name) ? name : undefined;
}

/**
 * The range of the token itself when the string is written without escapes
 * (so offsets in the value are offsets in the text), else the whole string.
 */
function locateToken(source: ConfigSource, path: JsonPath, token: EnvToken): { file: string; range: SourceRange } {
  const whole = source.locate(path, "value");
  const { doc, path: docPath } = source.origin(path);
  const located = locateNode(doc, docPath);
  if (!located || located.depth !== docPath.length || located.value.type !== "String") return whole;
  const node = located.value;
  const inner = doc.text.slice(node.loc.start.offset + 1, node.loc.end.offset - 1);
  if (inner !== node.value) return whole;
  const start = node.loc.start.offset + 1 + token.start;
  return { file: doc.file, range: doc.lines.rangeAt(start, start + token.raw.length) };
}
