/**
 * @fileoverview fast-check arbitraries that damage text the way hand edits,
 * bad merges and torn writes do: tokens deleted, duplicated, swapped or
 * replaced by tricky ones, the text cut short, random characters or bytes
 * dropped in. The tokenizer is a rough regex so that it also splits text that
 * is already invalid.
 */
import fc from "fast-check";

const TOKEN = /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|[A-Za-z_$][\w$]*|[-+]?\.?[0-9][\w.+-]*|\s+|[\s\S]/g;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Tokens that stress a parser or a later stage when dropped anywhere. */
const TRICKY = [
  "{",
  "}",
  "[",
  "]",
  ",",
  ":",
  "'",
  '"',
  "/*",
  "//",
  "\\",
  "\n",
  "\r",
  "\r\n",
  "\u2028",
  "\uFEFF",
  "\u0000",
  "__proto__",
  '"__proto__"',
  "constructor",
  "prototype",
  '"$include"',
  "$include",
  '"./self.json5"',
  '"../../etc/passwd"',
  "Infinity",
  "-Infinity",
  "NaN",
  "-0",
  "0x1F",
  "1e400",
  ".5",
  "+1",
  "null",
  "true",
  "false",
  "undefined",
  '"${OPENAI_API_KEY}"',
  '"$${X}"',
  '"${lower}"',
  '"kimi-coding/k2p5"',
  '"moonshot:default"',
  '"kimi/kimi-code@kimi:backup"',
  "agent",
  "routing",
  "agents",
  "defaults",
  "model",
  "fallbacks",
  "list",
  "auth",
  "profiles",
  "order",
  "models",
  "providers",
  '"\\ud800"',
  '"\\u0000"',
  "'\\x41'",
  '"a\\\nb"',
  "\uD83D\uDE00",
  "\uD800",
  "é",
];

type Mutation = (parts: string[]) => string[];

function at<T>(list: readonly T[], index: number): number {
  return list.length === 0 ? 0 : index % list.length;
}

const deleteToken = fc.nat().map<Mutation>((i) => (parts) => parts.filter((_, j) => j !== at(parts, i)));
const duplicateToken = fc.nat().map<Mutation>((i) => (parts) => {
  const k = at(parts, i);
  return parts.length === 0 ? parts : [...parts.slice(0, k + 1), parts[k]!, ...parts.slice(k + 1)];
});
const swapTokens = fc.tuple(fc.nat(), fc.nat()).map<Mutation>(([i, j]) => (parts) => {
  const out = [...parts];
  const a = at(out, i);
  const b = at(out, j);
  [out[a], out[b]] = [out[b]!, out[a]!];
  return out;
});
const insertTricky = fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)).map<Mutation>(([i, token]) => (parts) => {
  const k = at(parts, i);
  return [...parts.slice(0, k), token, ...parts.slice(k)];
});
const replaceWithTricky = fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)).map<Mutation>(
  ([i, token]) =>
    (parts) =>
      parts.map((p, j) => (j === at(parts, i) ? token : p)),
);
const insertRandomText = fc.tuple(fc.nat(), fc.string({ unit: "binary", maxLength: 6 })).map<Mutation>(([i, noise]) => (parts) => {
  const k = at(parts, i);
  return [...parts.slice(0, k), noise, ...parts.slice(k)];
});
/** Cut the text short anywhere (a torn write), not only at a token boundary. */
const truncate = fc.double({ min: 0, max: 1, noNaN: true }).map<Mutation>((fraction) => (parts) => {
  const text = parts.join("");
  return [text.slice(0, Math.floor(text.length * fraction))];
});

const mutation: fc.Arbitrary<Mutation> = fc.oneof(deleteToken, duplicateToken, swapTokens, insertTricky, replaceWithTricky, insertRandomText, truncate);

/** `text` after one to four mutations. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  const parts = tokens(text);
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => mutations.reduce((acc, m) => m(acc), parts).join(""));
}

/** One of `texts`, mutated; the name of the original rides along for failure messages. */
export function mutatedFixture(texts: readonly { file: string; text: string }[]): fc.Arbitrary<{ file: string; text: string }> {
  return fc.constantFrom(...texts).chain((fixture) => mutatedText(fixture.text).map((text) => ({ file: fixture.file, text })));
}

/** Random bytes dropped into a UTF-8 encoding of `text`, or the bytes cut short mid-character. */
export function mutatedBytes(text: string): fc.Arbitrary<Uint8Array> {
  const bytes = Buffer.from(text, "utf8");
  return fc.oneof(
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([i, noise]) => {
      const k = bytes.length === 0 ? 0 : i % bytes.length;
      return Buffer.concat([bytes.subarray(0, k), noise, bytes.subarray(k)]);
    }),
    fc.nat().map((i) => bytes.subarray(0, bytes.length === 0 ? 0 : i % bytes.length)),
  );
}
