/**
 * @fileoverview The classes of issue 32's "secrets through side doors", as
 * arbitraries and as the in-process outputs they must not reach: a config that
 * holds a secret under a mistyped secret key (one typo), a key written with
 * escapes, a value that is a number or a bare word on a line json5 refuses, in
 * the entry or in an included file; a provider's error text with JSON inside;
 * a credential store with fields of any secret name; and credentials pasted
 * where a file name, a pin or a rule name goes (those three in
 * side-doors-texts.ts). test/secrets-side-doors.test.ts
 * holds a table case of each; test/property/secrets-side-doors.test.ts
 * generates them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import JSON5 from "json5";
import { check } from "../../src/check.js";
import { collectCheckSecrets } from "../../src/check-secrets.js";
import { fileReports } from "../../src/cli/commands/check-run.js";
import { explainOutput } from "../../src/cli/commands/explain-run.js";
import { REPORTERS } from "../../src/diagnostics/reporters/index.js";
import { printedConfigText } from "../../src/emit/print-config.js";
import { payloadOf } from "../../src/inspect/payload.js";
import { ConfigWorkspace } from "../../src/lsp/workspace.js";
import { normalizedConfigText } from "../../src/operations/compile.js";
import { planConfigText } from "../../src/operations/migrate.js";
import { formatJson, formatPretty, type MigratePlan } from "../../src/migrate/report.js";
import { explain } from "../../src/resolve/index.js";
import { collectTextSecrets } from "../../src/secrets/collect.js";
import { Redactor } from "../../src/secrets/redact.js";
import { NOT_NEAR_MISS_WORDS } from "../../src/secrets/rules.js";

export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const DIGITS = "0123456789";
export const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** Secret key names as words; the typo goes into the longest word (five letters or more). */
export const SECRET_NAMES: readonly (readonly string[])[] = [
  ["api", "key"],
  ["token"],
  ["access", "token"],
  ["auth", "token"],
  ["password"],
  ["db", "password"],
  ["client", "secret"],
  ["secret"],
  ["passphrase"],
  ["private", "key"],
  ["bearer"],
  ["credentials"],
  ["api", "token"],
  ["cookie"],
];

export type Typo = { kind: "none" } | { kind: "swap" | "drop" | "change" | "insert"; at: number; letter: string };

/** One typo in `word` (at `at` modulo its length). */
export function applyTypo(word: string, typo: Typo): string {
  if (typo.kind === "none") return word;
  const at = typo.at % word.length;
  switch (typo.kind) {
    case "swap": {
      const i = Math.min(at, word.length - 2);
      return word[i] === word[i + 1] ? word : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case "drop":
      return word.slice(0, at) + word.slice(at + 1);
    case "change":
      return word.slice(0, at) + (word[at] === typo.letter ? "z" : typo.letter) + word.slice(at + 1);
    case "insert":
      return word.slice(0, at) + typo.letter + word.slice(at);
  }
}

export type Style = "camel" | "snake" | "kebab" | "upper";

/** A secret key name with one typo in its longest word, written in a style. */
export function mistypedName(words: readonly string[], typo: Typo, style: Style): string {
  const longest = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const typed = words.map((w, i) => (i === longest ? applyTypo(w, typo) : w));
  switch (style) {
    case "camel":
      return typed.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
    case "snake":
      return typed.join("_");
    case "kebab":
      return typed.join("-");
    case "upper":
      return typed.join("_").toUpperCase();
  }
}

/** `name` with the letters at the chosen positions written as `\uXXXX` (what JSON5 reads back as the name). */
export function escapedName(name: string, positions: readonly number[]): string {
  const at = new Set(positions.map((p) => p % name.length));
  return [...name].map((c, i) => (at.has(i) && /[A-Za-z]/.test(c) ? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : c)).join("");
}

const typo: fc.Arbitrary<Typo> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom("swap" as const, "drop" as const, "change" as const, "insert" as const),
      at: fc.nat(20),
      letter: fc.constantFrom(...LOWER),
    }),
  },
);

/** A name of the near-miss class: a secret name with at most one typo, in any style; some are escaped. */
export const sideDoorName = fc
  .record({ words: fc.constantFrom(...SECRET_NAMES), typo, style: fc.constantFrom<Style>("camel", "snake", "kebab", "upper") })
  .map((n) => mistypedName(n.words, n.typo, n.style))
  // A typo can make another word (`token` → `taken`): such a name says no secret, by design (rules.ts).
  .filter((name) => !NOT_NEAR_MISS_WORDS.some((w) => name.toLowerCase().includes(w)));

export type ValueKind = "string" | "number" | "bare";

/** A secret value: a string with symbols, a number of 10-12 digits, or a bare word on a broken line. */
export const sideDoorValue = (kind: ValueKind): fc.Arbitrary<string> => {
  switch (kind) {
    case "string":
      return fc
        .tuple(
          chars(UPPER + LOWER + DIGITS, 6, 14),
          fc.constantFrom("-", "_", ".", "%", "!", "+", "/", "=", " ", "é", "#", ":", ""),
          chars(LOWER + DIGITS, 2, 10),
        )
        .map(([a, s, b]) => `${a}${s}${b}`);
    case "number":
      return fc.tuple(fc.constantFrom(..."3456789"), chars(DIGITS, 9, 11)).map(([a, b]) => a + b);
    case "bare":
      return fc
        .tuple(
          chars(LOWER + UPPER, 4, 10),
          chars(DIGITS, 1, 4),
          fc.constantFrom("", "!", "@", "#", "$", "%", "^", "*", "-", "+", "=", "~", "."),
          chars(LOWER, 0, 4),
        )
        .map(([a, d, s, b]) => `${a}${d}${s}${b}`);
  }
};

export interface ConfigCase {
  /** The key as written (escapes included) and as it reads. */
  written: string;
  name: string;
  kind: ValueKind;
  value: string;
  place: "provider" | "top" | "nested" | "gateway" | "include";
  /** How the line is broken: not at all, `, oops` after the value, or the comma after it dropped. */
  breakage: "none" | "oops" | "drop-comma";
  quoteKey: boolean;
}

export const configCase: fc.Arbitrary<ConfigCase> = fc
  .record({
    name: sideDoorName,
    escape: fc.oneof(fc.constant<number[]>([]), fc.array(fc.nat(30), { minLength: 1, maxLength: 3 })),
    kind: fc.constantFrom<ValueKind>("string", "number", "bare"),
    place: fc.constantFrom<ConfigCase["place"]>("provider", "top", "nested", "gateway", "include"),
    breakage: fc.constantFrom<ConfigCase["breakage"]>("none", "none", "oops", "drop-comma"),
    quoteKey: fc.boolean(),
  })
  .chain((c) =>
    sideDoorValue(c.kind).map((value) => ({
      // A bare key may hold no `-`; an escaped one is written quoted or bare (JSON5 allows both).
      written: c.escape.length > 0 ? escapedName(c.name, c.escape) : c.name,
      name: c.name,
      kind: c.kind,
      value,
      place: c.place,
      breakage: c.breakage,
      quoteKey: c.quoteKey || c.name.includes("-"),
    })),
  );

/** The text of the entry (and of the included file, when the case puts its key there). */
export function renderConfig(c: ConfigCase): { entry: string; included?: string } {
  const key = c.quoteKey ? `"${c.written}"` : c.written;
  const value = c.kind === "string" ? JSON.stringify(c.value) : c.value;
  const after = c.breakage === "oops" ? ", oops" : c.breakage === "drop-comma" ? "" : ",";
  const line = `${key}: ${value}${after}`;
  const head = `{\n  agents: { defaults: { model: { primary: "kimi/kimi-code" } } },\n`;
  switch (c.place) {
    case "provider":
      return { entry: `${head}  models: { providers: { moonshot: { baseUrl: "https://api.moonshot.ai/v1", ${line} models: [] } } },\n}\n` };
    case "top":
      return { entry: `${head}  ${line}\n  gateway: { port: 18789 },\n}\n` };
    case "nested":
      return { entry: `${head}  tools: { web: { search: { ${line} enabled: true } } },\n}\n` };
    case "gateway":
      return { entry: `${head}  gateway: { auth: { mode: "password", ${line} } },\n}\n` };
    case "include":
      return {
        entry: `${head}  models: { $include: "./models.json5" },\n}\n`,
        included: `{\n  providers: {\n    moonshot: {\n      baseUrl: "https://api.moonshot.ai/v1",\n      ${line}\n      models: [],\n    },\n  },\n}\n`,
      };
  }
}

/** The forms a secret must not appear in: as written, JSON-escaped and percent-escaped (GitHub's annotations). */
export function forbiddenForms(secret: string): string[] {
  const trimmed = secret.trim();
  return [...new Set([trimmed, JSON.stringify(trimmed).slice(1, -1), trimmed.replace(/%/g, "%25")])];
}

/** Throws naming the output and showing where, when any secret shows in any output. */
export function expectNoLeak(outputs: Record<string, string>, secrets: readonly string[], what: string): void {
  for (const [name, text] of Object.entries(outputs)) {
    for (const secret of secrets) {
      for (const form of forbiddenForms(secret)) {
        const at = text.indexOf(form);
        if (at >= 0) throw new Error(`${what}: ${name} shows ${JSON.stringify(form)}:\n${text.slice(Math.max(0, at - 300), at + 300)}`);
      }
    }
  }
}

/** The library paths a frame and a value tree take, without a check: what the generated cases mostly run. */
export function quickOutputs(text: string): Record<string, string> {
  const redactor = new Redactor();
  collectTextSecrets(text, redactor);
  const outputs: Record<string, string> = { "code frame (redactSource)": redactor.redactSource(text).text };
  let value: unknown;
  try {
    value = JSON5.parse(text);
  } catch {
    return outputs;
  }
  outputs["value tree (redactValue)"] = JSON.stringify(redactor.redactValue(value));
  return outputs;
}

/** Writes the case's files under `dir` (entry `openclaw.json5`); returns the entry's path. */
export function writeConfigCase(dir: string, c: ConfigCase): string {
  const { entry, included } = renderConfig(c);
  const path = join(dir, "openclaw.json5");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, entry);
  if (included !== undefined) writeFileSync(join(dir, "models.json5"), included);
  return path;
}

const NOW = 1_776_000_000_000;

/**
 * Everything `check` (each format), `--print-config`, `compile --out`, `explain` (text, JSON), `migrate`
 * (pretty, JSON), `inspect` and the LSP print for the config at `entry`, in this process.
 */
export function fullOutputs(entry: string, text: string): Record<string, string> {
  const result = check(text, { path: entry, env: {} });
  const redactor = new Redactor();
  collectCheckSecrets(result, redactor);
  const reports = fileReports(result);
  const outputs: Record<string, string> = {};
  for (const format of ["pretty", "json", "github", "sarif"] as const)
    outputs[`check --format ${format}`] = REPORTERS[format](reports, { color: false, version: "0.0.0", redactor });
  const value = result.source?.value ?? result.document?.value;
  outputs["check --print-config"] = printedConfigText([{ file: result.file, value }], redactor);
  outputs["compile --out"] = normalizedConfigText(value, redactor);
  outputs["inspect (payload)"] = payloadOf(result, { configPath: entry, stateDir: join(dirname(entry), "no-state"), now: NOW }, redactor).json;
  const plan = explain({ config: value as Parameters<typeof explain>[0]["config"], now: NOW });
  const read = { config: result.file, statePath: "state.json", stateExists: false, storePath: "store.json", storeExists: false };
  outputs.explain = explainOutput(plan, read, false, false, redactor);
  outputs["explain --format json"] = explainOutput(plan, read, true, false, redactor);
  const migrateRedactor = new Redactor();
  const migration: MigratePlan = { files: [], changes: [], diagnostics: [], texts: new Map(), mode: "dry-run", written: [] };
  planConfigText(result.file, text, migration, migrateRedactor);
  outputs.migrate = formatPretty(migration, { color: false, version: "0.0.0", redactor: migrateRedactor });
  outputs["migrate --format json"] = formatJson(migration, "0.0.0", migrateRedactor);
  const lsp = new ConfigWorkspace();
  lsp.update(entry, text);
  outputs["lsp diagnostics"] = JSON.stringify([...lsp.checkEntry(entry).byFile.values()]);
  return outputs;
}
