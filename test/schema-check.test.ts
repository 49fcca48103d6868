/**
 * @fileoverview The fast validator's interpreter (src/schema/schema-check.ts)
 * against ajv, which judged configs before it (draft-07, strict): a table of
 * schemas, one or a few per keyword, each with values on both sides of its
 * edge, must get ajv's verdict, whole and stored in parts as the build stores
 * it (scripts/build-validator.mjs, every subschema a line of its own). Also:
 * the build refuses what the interpreter cannot apply, and a check parses
 * only the lines a value reaches. The whole target schemas are held to ajv
 * and to Zod in cold-start-fast-validate.test.ts.
 */
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { KEYWORDS, type SchemaParts, schemaValidator } from "../src/schema/schema-check.js";
import { SCHEMA_PARTS_FORMAT, SCHEMA_PARTS_VERSION, schemaPartsOf } from "../src/schema/schema-parts.js";
import { ROOT } from "./fixture-files.js";

const { schemaLines } = (await import(join(ROOT, "scripts", "build-validator.mjs"))) as {
  schemaLines: (schema: object, keywords: ReadonlySet<string>, header: object, minChars?: number) => string[];
};

const HEADER = { format: SCHEMA_PARTS_FORMAT, version: SCHEMA_PARTS_VERSION, target: "test" };

/** The schema as the build writes it: every subschema of `minChars` or more on a line of its own. */
function storedAs(schema: object, minChars: number): string {
  return `${schemaLines(structuredClone(schema), KEYWORDS, HEADER, minChars).join("\n")}\n`;
}

interface Case {
  name: string;
  schema: object;
  values: unknown[];
}

const word = { type: "string", enum: ["a", "b"] };

/** One row per keyword (and the interplays ajv is particular about); every value is judged by ajv and by the interpreter. */
const CASES: Case[] = [
  { name: "type string", schema: { type: "string" }, values: ["", "x", 1, null, [], {}, true] },
  {
    name: "type number: finite only",
    schema: { type: "number" },
    values: [0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1", null],
  },
  { name: "type integer", schema: { type: "integer" }, values: [1, 1.0, 1.5, -3, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, "2"] },
  { name: "type boolean and null", schema: { type: ["boolean", "null"] }, values: [true, false, null, 0, "", undefined] },
  { name: "type object is not an array or null", schema: { type: "object" }, values: [{}, [], null, "x", { a: 1 }] },
  { name: "type array", schema: { type: "array" }, values: [[], [1], {}, "[]"] },
  { name: "enum of strings", schema: { enum: ["a", "b", 1] }, values: ["a", "c", 1, "1", true] },
  { name: "enum with objects and lists", schema: { enum: [{ a: 1 }, [1, 2], null] }, values: [{ a: 1 }, { a: 1, b: 2 }, { a: "1" }, [1, 2], [2, 1], null, {}] },
  {
    name: "const",
    schema: { const: { on: true, list: [1] } },
    values: [{ on: true, list: [1] }, { list: [1], on: true }, { on: true }, { on: true, list: [1], x: 1 }],
  },
  { name: "const false", schema: { const: false }, values: [false, 0, null, true] },
  { name: "minimum, maximum", schema: { type: "number", minimum: 1, maximum: 10 }, values: [0.99, 1, 10, 10.01, 5] },
  { name: "exclusive bounds", schema: { exclusiveMinimum: 0, exclusiveMaximum: 1 }, values: [0, 1, 0.5, -1, "0"] },
  { name: "bounds ignore other types", schema: { minimum: 5 }, values: [1, "1", null, [], 6] },
  {
    name: "minLength and maxLength count code points",
    schema: { type: "string", minLength: 2, maxLength: 3 },
    values: [
      "a",
      "ab",
      "abc",
      "abcd",
      "\u{1F600}",
      "\u{1F600}\u{1F600}",
      "a\u{1F600}\u{1F600}",
      "\u{1F600}\u{1F600}\u{1F600}\u{1F600}",
      "\ud800",
      "\ud800\ud800",
    ],
  },
  { name: "pattern with the u flag", schema: { type: "string", pattern: "^\\p{L}+$" }, values: ["abc", "ab1", "é", ""] },
  { name: "pattern is a search, not a match", schema: { pattern: "b" }, values: ["abc", "xyz", 3] },
  {
    name: "properties",
    schema: { type: "object", properties: { a: { type: "string" }, b: { type: "number" } } },
    values: [{}, { a: "x" }, { a: 1 }, { b: "1" }, { c: 1 }],
  },
  { name: "required", schema: { required: ["a", "b"] }, values: [{ a: 1, b: 2 }, { a: 1 }, {}, [], "x"] },
  {
    name: "additionalProperties false",
    schema: { type: "object", properties: { a: {} }, additionalProperties: false },
    values: [{ a: 1 }, { a: 1, b: 2 }, {}, { toString: 1 }, { constructor: 1 }, { __proto__x: 1 }],
  },
  {
    name: "additionalProperties schema",
    schema: { type: "object", properties: { a: { type: "number" } }, additionalProperties: { type: "string" } },
    values: [{ a: 1, b: "x" }, { a: 1, b: 2 }, { b: "x" }],
  },
  // ajv looks a property up as data[key] !== undefined: an object without its own toString has the inherited function, a wrong type.
  {
    name: "a property named like one of Object.prototype's",
    schema: { type: "object", properties: { toString: { type: "number" } } },
    values: [{}, { toString: 1 }, { toString: "1" }],
  },
  { name: "propertyNames", schema: { type: "object", propertyNames: { pattern: "^[a-z]+$" } }, values: [{ abc: 1 }, { Abc: 1 }, {}, { "a-b": 1 }] },
  {
    name: "minProperties, maxProperties",
    schema: { minProperties: 1, maxProperties: 2 },
    values: [{}, { a: 1 }, { a: 1, b: 2 }, { a: 1, b: 2, c: 3 }, [], "x"],
  },
  { name: "items", schema: { type: "array", items: { type: "integer" } }, values: [[], [1, 2], [1, "2"], [1.5], "x"] },
  {
    name: "tuple items and additionalItems",
    schema: { type: "array", items: [{ type: "string" }, { type: "number" }], additionalItems: false },
    values: [[], ["a"], ["a", 1], ["a", 1, 2], [1, "a"]],
  },
  { name: "tuple items without additionalItems", schema: { items: [{ type: "string" }] }, values: [["a", 1, null], [1]] },
  { name: "minItems, maxItems", schema: { minItems: 1, maxItems: 2 }, values: [[], [1], [1, 2], [1, 2, 3], {}] },
  {
    name: "uniqueItems of strings",
    schema: { type: "array", items: { type: "string" }, uniqueItems: true },
    values: [["a", "b"], ["a", "a"], [], ["a", 1, "a"]],
  },
  {
    name: "uniqueItems of objects",
    schema: { type: "array", uniqueItems: true },
    values: [
      [{ a: 1 }, { a: 1 }],
      [{ a: 1 }, { a: 2 }],
      [1, "1"],
      [[1], [1]],
    ],
  },
  { name: "anyOf", schema: { anyOf: [{ type: "string" }, { type: "number", minimum: 3 }] }, values: ["x", 3, 2, null] },
  { name: "oneOf: exactly one", schema: { oneOf: [{ type: "number" }, { type: "integer" }] }, values: [1.5, 1, "x"] },
  { name: "allOf", schema: { allOf: [{ type: "string" }, { minLength: 2 }] }, values: ["ab", "a", 2] },
  { name: "not", schema: { not: { type: "string" } }, values: ["x", 1, null] },
  { name: "not {} refuses everything", schema: { properties: { gone: { not: {} } } }, values: [{}, { gone: 1 }, { gone: null }, { other: 1 }] },
  {
    name: "if then else",
    schema: { if: { properties: { kind: { const: "a" } } }, then: { required: ["a"] }, else: { required: ["b"] } },
    values: [{ kind: "a", a: 1 }, { kind: "a", b: 1 }, { kind: "b", b: 1 }, { b: 1 }, {}],
  },
  { name: "if then without else", schema: { if: { type: "string" }, then: { minLength: 2 } }, values: ["a", "ab", 1] },
  { name: "boolean schemas", schema: { type: "object", properties: { yes: true, no: false } }, values: [{ yes: 1 }, { no: 1 }, {}] },
  {
    name: "$ref, its siblings applied too",
    schema: {
      type: "object",
      properties: { p: { $ref: "#/definitions/id", maxLength: 3 }, q: { $ref: "#/definitions/id" } },
      definitions: { id: { type: "string", pattern: "^[a-z]+$" } },
    },
    values: [{ p: "abc" }, { p: "abcd" }, { p: "AB" }, { q: "abcdef" }, { q: 1 }],
  },
  {
    name: "a recursive $ref",
    schema: {
      $ref: "#/definitions/tree",
      definitions: {
        tree: { type: "object", properties: { children: { type: "array", items: { $ref: "#/definitions/tree" } } }, additionalProperties: false },
      },
    },
    values: [{}, { children: [{}, { children: [{}] }] }, { children: [{ x: 1 }] }, { children: [1] }],
  },
  {
    name: "a config-like section",
    schema: {
      type: "object",
      properties: {
        agents: {
          type: "object",
          properties: {
            entries: {
              type: "object",
              additionalProperties: { type: "object", properties: { model: word, fallbacks: { type: "array", items: word } }, additionalProperties: false },
            },
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    values: [
      { agents: { entries: { main: { model: "a", fallbacks: ["b"] } } } },
      { agents: { entries: { main: { model: "c" } } } },
      { agents: { entries: { main: { fallbacks: ["a", 1] } } } },
      { agents: { list: [] } },
      { agnets: {} },
    ],
  },
];

/** Every stored form of a schema: whole on one line, and every subschema split onto a line of its own. */
const STORAGES = [
  { name: "whole", minChars: Number.POSITIVE_INFINITY },
  { name: "in parts", minChars: 0 },
];

function ajvVerdict(schema: object, value: unknown): boolean {
  // Strict as the build was (strictNumbers above all); its lint of tuples and `required` beside `then` aside.
  const ajv = new Ajv({ strict: true, strictTypes: false, strictTuples: false, strictRequired: false, allErrors: false });
  return ajv.validate(schema, value) === true;
}

describe("the fast validator's interpreter gives ajv's verdicts", () => {
  for (const storage of STORAGES) {
    for (const { name, schema, values } of CASES) {
      it(`${name} (${storage.name})`, () => {
        const validate = schemaValidator(schemaPartsOf(storedAs(schema, storage.minChars)));
        const got = values.map((value) => validate(value));
        const expected = values.map((value) => ajvVerdict(schema, value));
        expect(got).toEqual(expected);
        // Each case shows both sides of its edge.
        expect(expected).toContain(true);
        expect(expected).toContain(false);
      });
    }
  }

  it("says where it first failed, as a JSON pointer", () => {
    const schema = CASES.find((c) => c.name === "a config-like section")!.schema;
    const validate = schemaValidator(schemaPartsOf(storedAs(schema, 0)));
    expect(validate({ agents: { entries: { "a/b": { fallbacks: ["a", 1] } } } })).toBe(false);
    expect(validate.errors).toEqual([{ instancePath: "/agents/entries/a~1b/fallbacks/1" }]);
    expect(validate({ agents: { entries: {} } })).toBe(true);
    expect(validate.errors).toBeNull();
    // A combinator reports itself, not the branch it tried last.
    const anyOf = schemaValidator(
      schemaPartsOf(storedAs({ properties: { x: { anyOf: [{ properties: { y: { type: "string" } } }, { type: "number" }] } } }, 0)),
    );
    expect(anyOf({ x: { y: 1 } })).toBe(false);
    expect(anyOf.errors).toEqual([{ instancePath: "/x" }]);
  });
});

describe("the schema in parts", () => {
  const schema = {
    type: "object",
    properties: Object.fromEntries(
      ["a", "b", "c", "d"].map((name) => [
        name,
        { type: "object", properties: { [`${name}1`]: { type: "string", enum: ["one", "two", "three"] } }, additionalProperties: false },
      ]),
    ),
    additionalProperties: false,
  };

  it("parses only the lines a value reaches", () => {
    const text = storedAs(schema, 60);
    const parts = schemaPartsOf(text);
    const read = new Set<number>();
    const counted: SchemaParts = { root: () => (read.add(1), parts.root()), part: (n) => (read.add(n), parts.part(n)) };
    const validate = schemaValidator(counted);
    expect(text.split("\n").length - 1).toBeGreaterThan(4);
    expect(validate({ b: { b1: "two" } })).toBe(true);
    // The root and b's line; nothing of a, c or d.
    expect(read.size).toBe(2);
    expect(validate({ b: { b1: "one" }, c: {} })).toBe(true);
    expect(read.size).toBe(3);
  });

  it("is ASCII, one JSON text per line, after a header naming its format", () => {
    const text = storedAs({ properties: { é: { const: "☃" } } }, 0);
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    const lines = text.split("\n").slice(0, -1);
    const header = JSON.parse(lines[0]!) as typeof HEADER & { lines: number[] };
    expect(header).toEqual({ ...HEADER, lines: expect.any(Array) });
    // The header says where each line after it starts.
    const body = text.slice(lines[0]!.length + 1);
    expect(header.lines.map((start) => body.slice(start).split("\n")[0])).toEqual(lines.slice(1));
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const validate = schemaValidator(schemaPartsOf(text));
    expect([validate({ é: "☃" }), validate({ é: "x" })]).toEqual([true, false]);
  });

  it("refuses a file of another format", () => {
    expect(() => schemaPartsOf('{"format":"something else","version":1}\n{}\n')).toThrow(/not a file of this version/);
  });

  it("the build refuses a keyword the interpreter does not apply, and a $ref it cannot follow", () => {
    for (const [bad, message] of [
      [{ type: "string", format: "email" }, /uses "format"/],
      [{ type: "number", multipleOf: 2 }, /uses "multipleOf"/],
      [{ properties: { a: { dependentRequired: {} } } }, /#\/properties\/a uses "dependentRequired"/],
      [{ $ref: "other.json#/x" }, /cannot follow/],
      [{ $ref: "#/definitions/missing" }, /names no definition/],
      [{ $part: 1 }, /uses "\$part"/],
    ] as const) {
      expect(() => storedAs(bad, 0), JSON.stringify(bad)).toThrow(message);
    }
  });
});
