/**
 * @fileoverview json5AsJson (src/document/json5-as-json.ts), the cold start's
 * JSON5 fast path: where it rewrites a text, `JSON.parse` of the rewrite must
 * give exactly json5's value, and where json5 refuses a text, the rewrite (if
 * any) must be refused by `JSON.parse` too, so json5 still reports it. A table
 * of the forms it rewrites, the forms it leaves to json5, and the near misses;
 * test/differential-json5.test.ts covers generated and damaged text through
 * parseDocument.
 */
import fc from "fast-check";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { json5AsJson } from "../src/document/json5-as-json.js";
import { parseDocument } from "../src/document/parse.js";
import { json5Text } from "./helpers/json5-text.js";

/** Rewritten: the common JSON5 of config files. */
const REWRITTEN = [
  "{}",
  "[]",
  '{"a": 1}',
  "{a: 1, b: [true, false, null], c: {d: 'x'}}",
  "// a comment\n{a: 1} // after\n",
  "/* block */ {a /* in */ : /* here */ 2}",
  "{a: 1,}",
  "[1, 2, 3,]",
  "{a: [1,], b: {c: 1,},}",
  "{'single': 'it\\'s \"quoted\"'}",
  '{"double": "it\\\'s"}',
  "{$dollar_1: 1, _under: 2, true: 3, null: 4, Infinity: 5}",
  '{"esc": "\\n\\t\\\\\\/\\u00e9\\ud83d\\ude00"}',
  "{n: -0, m: 1.5e-3, o: 0, p: 12E+2}",
  '{"é": "☃ non-ASCII in strings and // not a comment"}',
  '{"__proto__": {"x": 1}}',
  "{a: 1, a: 2}",
  "\r\n{\r\n  a: 1\r\n}\r\n",
  "{ url: 'https://example.com/*not-a-comment*/' }",
  "{a: 'line\u2028separator'}",
];

/** Left to json5 (undefined): forms JSON lacks, or that are not sure to mean the same. */
const LEFT_TO_JSON5 = [
  "{a: 0x1F}",
  "{a: +1}",
  "{a: .5}",
  "{a: 5.}",
  "{a: Infinity}",
  "{a: -Infinity}",
  "{a: NaN}",
  "{a: 'x\\x41'}",
  "{a: 'x\\0'}",
  "{a: 'x\\v'}",
  "{a: 'line\\\ncontinued'}",
  "{a: '\\q'}",
  "{a: 'tab\there'}",
  "{é: 1}",
  "{a\\u0062: 1}",
  "{a: b}",
  "[a]",
  "\ufeff{}",
  "{a:\u00a01}",
  "{a: 1}\u2028",
  "{a: 'unterminated}",
  "{a: 1 /* unterminated }",
  "{a: 1 / 2}",
];

/** json5 refuses these; a rewrite must not make them valid JSON. */
const REFUSED = ["{,}", "[,]", "[1,,]", "{a: 1,,}", '{"a": 1 // c\n 2}', "1 2", "[1 /* x */ 2]", '{"a" "b"}', "{a 1}", "{a: 01}", "{1: 2}", "", "// nothing"];

function json5Value(text: string): unknown {
  return JSON5.parse(text);
}

describe("json5AsJson", () => {
  it.each(REWRITTEN)("rewrites %j as JSON with json5's value", (text) => {
    const json = json5AsJson(text);
    expect(json, "rewritten").toBeDefined();
    const value = JSON.parse(json!);
    expect(value).toStrictEqual(json5Value(text));
    expect(Object.is(value && (value as { n?: number }).n, json5Value(text) && (json5Value(text) as { n?: number }).n)).toBe(true);
  });

  it.each(LEFT_TO_JSON5)("leaves %j to json5", (text) => {
    expect(json5AsJson(text)).toBeUndefined();
  });

  it.each(REFUSED)("never makes %j valid where json5 refuses it", (text) => {
    expect(() => JSON5.parse(text)).toThrow();
    const json = json5AsJson(text);
    if (json !== undefined) expect(() => JSON.parse(json)).toThrow();
  });

  it("keeps an own __proto__ key, as json5 does", () => {
    const value = JSON.parse(json5AsJson("{__proto__: {polluted: true}}")!) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(JSON5.parse("{__proto__: {polluted: true}}") as object)).toEqual(["__proto__"]);
  });

  it("agrees with json5 on 3,000 generated texts, and rewrites a good share of them", () => {
    let rewritten = 0;
    for (const text of fc.sample(json5Text, { seed: 20260420, numRuns: 3000 })) {
      const json = json5AsJson(text);
      if (json === undefined) continue;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        continue; // json5 reads it, and says what is wrong
      }
      rewritten++;
      expect(value, text).toStrictEqual(JSON5.parse(text));
    }
    expect(rewritten).toBeGreaterThan(300);
  });

  it("leaves a too-deep text's diagnostic at its place in the text, not in the rewrite", () => {
    const text = `// deep\n${"[".repeat(1500)}${"]".repeat(1500)}`;
    expect(json5AsJson(text)).toBeDefined();
    const doc = parseDocument(text, "deep.json5");
    expect(doc.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([["parse/too-deep", 2, 1001]]);
  });
});
