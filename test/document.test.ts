/**
 * @fileoverview The document stage: JSON5 exactly as the json5 package reads
 * it, ranges on every value, syntax errors with line, column and what was
 * expected, duplicate keys, BOM and line endings, depth.
 */
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/document/parse.js";
import { rangeOf } from "../src/document/locate.js";
import { scanJsonStructure, scanStructure } from "../src/document/scan-depth.js";
import { messageOf } from "./helpers/words.js";

const syntaxCases: [string, string, number, number, string][] = [
  ["missing comma", "{\n  a: 1\n  b: 2\n}", 3, 3, 'Unexpected character "b"; expected "," or "}".'],
  ["double comma", "{ a: 1,, }", 1, 8, 'Unexpected character ","; expected a property name or "}".'],
  ["truncated", '{ "agents": { "defaults": ', 1, 27, "Unexpected end of input; expected a value."],
  ["unclosed array", "{ a: [1, 2", 1, 11, 'Unexpected end of input; expected "," or "]".'],
  ["missing colon", "{ a 1 }", 1, 5, 'Unexpected character "1"; expected ":" after the property name.'],
  ["trailing garbage", "{} x", 1, 4, 'Unexpected character "x"; expected the end of the file (only comments and whitespace may follow the value).'],
  ["CRLF line count", "{\r\n  a: 1,\r\n  b: ]\r\n}", 3, 6, 'Unexpected character "]"; expected a value.'],
  ["lone CR line count", "{\r  a: 1,\r  b: ]\r}", 3, 6, 'Unexpected character "]"; expected a value.'],
];

describe("parseDocument", () => {
  it.each(syntaxCases)("syntax error: %s", (_name, text, line, column, message) => {
    const doc = parseDocument(text, "f.json5");
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics).toHaveLength(1);
    const [d] = doc.diagnostics;
    expect(d).toMatchObject({ code: "parse/syntax-error", severity: "error" });
    expect(messageOf(d)).toBe(message);
    expect(d!.range.start).toMatchObject({ line, column });
  });

  it("reads every JSON5 feature to the same value as json5", () => {
    const text = `// c\n{ unquoted: 1, 'single': 'x\\'y', hex: 0xFF, lead: .5, trail: 5., plus: +3, inf: -Infinity, nan: NaN,\n multi: "a\\\nb", arr: [1, 2,], /* block */ obj: { a: null, }, }`;
    const doc = parseDocument(text, "f.json5");
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual(JSON5.parse(text));
    expect(doc.ast).toBeDefined();
  });

  it("accepts a BOM and keeps offsets", () => {
    const doc = parseDocument('\uFEFF{ a: "x" }', "f.json5");
    expect(doc.diagnostics).toEqual([]);
    expect(rangeOf(doc, ["a"], "value").start).toMatchObject({ line: 1, column: 7 });
  });

  it("accepts true, false and null as unquoted keys, as json5 does, with ranges", () => {
    const doc = parseDocument("{ true: 1,\n  null: { x: 2 } }", "f.json5");
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual({ true: 1, null: { x: 2 } });
    expect(rangeOf(doc, ["null", "x"], "key").start).toMatchObject({ line: 2, column: 11 });
  });

  it("reports duplicate keys at the second, naming the first", () => {
    const doc = parseDocument('{\n  a: 1,\n  "a": 2,\n}', "f.json5");
    expect(doc.value).toEqual({ a: 2 });
    expect(doc.diagnostics).toHaveLength(1);
    const [d] = doc.diagnostics;
    expect(d).toMatchObject({ code: "parse/duplicate-key", severity: "warning" });
    expect(d!.range.start).toMatchObject({ line: 3, column: 3 });
    expect(d!.related?.[0]?.range.start).toMatchObject({ line: 2, column: 3 });
  });

  it("reports 10,000 levels of nesting instead of overflowing the stack", () => {
    const doc = parseDocument(`{a:${"[".repeat(10_000)}${"]".repeat(10_000)}}`, "f.json5");
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["parse/too-deep"]);
  });

  it.each([
    ["", "parse/empty-file"],
    ["  \n ", "parse/empty-file"],
    ["// only a comment\n/* and another */", "parse/empty-file"],
    ["[1, 2]", "parse/root-not-object"],
    ['"text"', "parse/root-not-object"],
    ["null", "parse/root-not-object"],
  ])("%j gives %s", (text, code) => {
    const doc = parseDocument(text, "f.json5");
    expect(doc.diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it("keeps __proto__ as an own key without touching Object.prototype", () => {
    const doc = parseDocument('{ "__proto__": { "polluted": true } }', "f.json5");
    expect(Object.keys(doc.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("scanJsonStructure", () => {
  it.each([
    ['{"a":1,"b":{"c":[1,2,{"d":":"}]}}'],
    ['{"a\\"b:":"c\\\\","d":"\\\\\\":x"}'],
    ['[[[[{"deep":{"deeper":"]]]}}}"}}]]]]'],
    ['{"u":"\\u0022:","v":""}'],
  ])("agrees with the JSON5 scan on %s", (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(scanJsonStructure(text)).toEqual(scanStructure(text));
  });

  it("finds excessive nesting in JSON that JSON.parse alone would accept", () => {
    const text = "[".repeat(1500) + "]".repeat(1500);
    expect(scanJsonStructure(text).tooDeepAt).toBe(1000);
  });
});
