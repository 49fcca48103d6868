/**
 * @fileoverview The few JSON Schema keywords the recorded OpenClaw schemas use
 * and Zod has no check for (`not`, `if`/`then`/`else`, `allOf` of partial
 * schemas, `uniqueItems`, `minProperties`/`maxProperties`, `propertyNames`
 * beside declared properties), as one Zod check. The generated sections put
 * the same keywords into `.meta()`, so the editor schema (and the fast
 * validator built from it) says exactly what this check does.
 */
import type { z } from "zod";
import { isJsonObject } from "../../json-object.js";

/** A JSON Schema fragment as recorded: keyword → value. */
export type RawJsonSchema = { readonly [keyword: string]: unknown } | boolean;

const isObject = isJsonObject;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(expected: unknown, value: unknown): boolean {
  const actual = typeOf(value);
  const one = (t: unknown) => t === actual || (t === "number" && actual === "integer");
  return Array.isArray(expected) ? expected.some(one) : one(expected);
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pattern(source: string): RegExp {
  try {
    return new RegExp(source, "u");
  } catch {
    return new RegExp(source);
  }
}

/** Whether `value` satisfies `schema`, for the keywords these fragments use (draft-07 meaning). */
export function matchesJsonSchema(schema: RawJsonSchema, value: unknown): boolean {
  if (typeof schema === "boolean") return schema;
  const s = schema;
  if (s["type"] !== undefined && !typeMatches(s["type"], value)) return false;
  if (s["const"] !== undefined && !equal(s["const"], value)) return false;
  if (Array.isArray(s["enum"]) && !s["enum"].some((v) => equal(v, value))) return false;
  if (typeof value === "string") {
    if (typeof s["pattern"] === "string" && !pattern(s["pattern"]).test(value)) return false;
    if (typeof s["minLength"] === "number" && [...value].length < s["minLength"]) return false;
    if (typeof s["maxLength"] === "number" && [...value].length > s["maxLength"]) return false;
  }
  if (Array.isArray(value) && s["uniqueItems"] === true) {
    const seen = new Set(value.map((v) => JSON.stringify(v)));
    if (seen.size !== value.length) return false;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (Array.isArray(s["required"]) && !s["required"].every((k) => Object.prototype.hasOwnProperty.call(value, String(k)))) return false;
    if (typeof s["minProperties"] === "number" && keys.length < s["minProperties"]) return false;
    if (typeof s["maxProperties"] === "number" && keys.length > s["maxProperties"]) return false;
    if (isObject(s["properties"])) {
      for (const [k, sub] of Object.entries(s["properties"])) {
        if (Object.prototype.hasOwnProperty.call(value, k) && !matchesJsonSchema(sub as RawJsonSchema, value[k])) return false;
      }
    }
    if (s["propertyNames"] !== undefined && !keys.every((k) => matchesJsonSchema(s["propertyNames"] as RawJsonSchema, k))) return false;
  }
  if (s["not"] !== undefined && matchesJsonSchema(s["not"] as RawJsonSchema, value)) return false;
  if (Array.isArray(s["allOf"]) && !s["allOf"].every((sub) => matchesJsonSchema(sub as RawJsonSchema, value))) return false;
  if (Array.isArray(s["anyOf"]) && !s["anyOf"].some((sub) => matchesJsonSchema(sub as RawJsonSchema, value))) return false;
  if (Array.isArray(s["oneOf"]) && s["oneOf"].filter((sub) => matchesJsonSchema(sub as RawJsonSchema, value)).length !== 1) return false;
  if (s["if"] !== undefined) {
    const branch = matchesJsonSchema(s["if"] as RawJsonSchema, value) ? s["then"] : s["else"];
    if (branch !== undefined && !matchesJsonSchema(branch as RawJsonSchema, value)) return false;
  }
  return true;
}

/**
 * A Zod check that fails when the value breaks `raw`; the issue carries the keywords as
 * `params.constraint`, which the diagnostic's data takes (the catalogue words it). The message
 * is for a reader of the Zod issue itself.
 */
export function jsonSchemaRule(raw: Exclude<RawJsonSchema, boolean>): (ctx: z.core.ParsePayload<unknown>) => void {
  const keywords = Object.keys(raw).join(", ");
  return (ctx) => {
    if (matchesJsonSchema(raw, ctx.value)) return;
    ctx.issues.push({ code: "custom", message: `a value that satisfies OpenClaw's ${keywords} constraint`, params: { constraint: keywords }, input: ctx.value, path: [] });
  };
}
