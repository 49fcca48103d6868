/**
 * @fileoverview The fast validator: a target's JSON Schema (the one generated
 * from its Zod schemas, annotations stripped) read as data and judged by a
 * small interpreter, with exactly ajv's verdicts for the keywords that schema
 * uses (draft-07, ajv's defaults with `strict`). It answers only "valid or
 * not" (and where it first failed); Zod words the problems.
 *
 * Why not ajv's generated code, as before: code has to be compiled, or its V8
 * cache deserialised, at every start (≈ 6 ms of a check of the example), and
 * only data can be read in parts. The schema is stored as JSON lines
 * (schema-parts.ts): a large subschema is a line of its own, parsed the first
 * time a value reaches it, so a check of a config with agents and auth never
 * parses the schemas of channels or plugins. The schema is walked beside the
 * value, each node read once into a Shape of fixed fields (schema-shape.ts):
 * a start pays only for the nodes its config reaches (closures made per node
 * cost a small config twice as much, measured), and a large config reads
 * those fields, not the schema objects' own varied keys, for every value.
 *
 * scripts/build-validator.mjs refuses a schema with a keyword this file does
 * not know (KEYWORDS), so nothing that constrains can be skipped here; the
 * verdicts are held to ajv's and Zod's in test/schema-check.test.ts and
 * test/cold-start-fast-validate.test.ts.
 */
import { isObject, type Keywords, Shape } from "./schema-shape.js";

/** A JSON Schema node as stored: an object of keywords, or a boolean schema. */
type SchemaNode = boolean | { readonly [keyword: string]: unknown };

/** The validator: true when the value is valid; `errors` names where it first failed (one entry), as ajv's does. */
export type SchemaValidator = ((value: unknown) => boolean) & { errors: { instancePath: string }[] | null };

/** Where the parts of a schema come from: the root, and part `n` by number (schema-parts.ts). */
export interface SchemaParts {
  root(): SchemaNode;
  part(n: number): SchemaNode;
}

/** Every keyword this interpreter applies, and the ones it may ignore (they never constrain). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "items",
  "additionalItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  "if",
  "then",
  "else",
  "$part",
  "$schema",
  "$id",
]);

const hasOwn = Object.prototype.hasOwnProperty;

const NO_PROPERTIES: Keywords = {};

/** ajv's type tests (strictNumbers: a number must be finite). */
function hasType(name: unknown, v: unknown): boolean {
  switch (name) {
    case "null":
      return v === null;
    case "boolean":
      return typeof v === "boolean";
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "integer":
      return typeof v === "number" && Number.isFinite(v) && v % 1 === 0;
    case "array":
      return Array.isArray(v);
    case "object":
      return isObject(v);
    default:
      throw new Error(`schema-check: unknown type ${JSON.stringify(name)}`);
  }
}

/** fast-deep-equal's equality on JSON values, which ajv uses for enum, const and uniqueItems. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => hasOwn.call(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Length in Unicode code points, as ajv counts minLength and maxLength (a surrogate pair is one). */
function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    length++;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}

/** Records where a check below failed (the trail is read innermost first) and fails. */
function fail(trail: string[], segment: string): false {
  trail.push(segment);
  return false;
}

/** A validator of the schema in `parts`. */
export function schemaValidator(parts: SchemaParts): SchemaValidator {
  const walker = new SchemaWalker(parts);
  const validate = ((value: unknown) => {
    const trail: string[] = [];
    const ok = walker.valid(parts.root(), value, trail);
    validate.errors = ok
      ? null
      : [
          {
            instancePath: trail
              .reverse()
              .map((s) => `/${s.replaceAll("~", "~0").replaceAll("/", "~1")}`)
              .join(""),
          },
        ];
    return ok;
  }) as SchemaValidator;
  validate.errors = null;
  return validate;
}

/** The interpreter: `valid(node, value)` applies each keyword of `node` to `value`, in ajv's order (type first). */
class SchemaWalker {
  /** Each pattern compiled once (with the "u" flag, as ajv's unicodeRegExp default). */
  private readonly patterns = new Map<string, RegExp>();
  private readonly shapes = new WeakMap<object, Shape>();

  constructor(private readonly parts: SchemaParts) {}

  valid(node: unknown, v: unknown, trail: string[]): boolean {
    if (typeof node === "boolean") return node;
    let s = this.shapes.get(node as object);
    if (s === undefined) this.shapes.set(node as object, (s = new Shape(node as Keywords)));
    // `$part` stands for a subschema stored on a line of its own (a `$ref`, whose siblings ajv applies too).
    if (s.part !== undefined && !this.valid(this.parts.part(s.part), v, trail)) return false;
    const type = s.type;
    if (type !== undefined && !(Array.isArray(type) ? type.some((t) => hasType(t, v)) : hasType(type, v))) return false;
    if (s.hasConst && !jsonEqual(v, s.const)) return false;
    if (s.enum !== undefined && !s.enum.some((a) => jsonEqual(v, a))) return false;
    if (typeof v === "number" && !this.number(s, v)) return false;
    if (typeof v === "string" && !this.string(s, v)) return false;
    if (Array.isArray(v)) {
      if (!this.array(s, v, trail)) return false;
    } else if (isObject(v) && !this.object(s, v, trail)) return false;
    return !s.hasCombinators || this.combinators(s, v, trail);
  }

  private number(s: Shape, v: number): boolean {
    if (s.minimum !== undefined && v < s.minimum) return false;
    if (s.maximum !== undefined && v > s.maximum) return false;
    if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) return false;
    return !(s.exclusiveMaximum !== undefined && v >= s.exclusiveMaximum);
  }

  private string(s: Shape, v: string): boolean {
    if (s.minLength !== undefined && (v.length < s.minLength || codePointLength(v) < s.minLength)) return false;
    if (s.maxLength !== undefined && v.length > s.maxLength && codePointLength(v) > s.maxLength) return false;
    if (s.pattern === undefined) return true;
    let regex = this.patterns.get(s.pattern);
    if (!regex) this.patterns.set(s.pattern, (regex = new RegExp(s.pattern, "u")));
    return regex.test(v);
  }

  private array(s: Shape, v: unknown[], trail: string[]): boolean {
    const { items, additionalItems } = s;
    if (s.minItems !== undefined && v.length < s.minItems) return false;
    if (s.maxItems !== undefined && v.length > s.maxItems) return false;
    if (Array.isArray(items)) {
      // additionalItems applies only beside a list of items (draft-07).
      for (let i = 0; i < v.length; i++) {
        const schema = i < items.length ? items[i] : additionalItems;
        if (schema !== undefined && !this.valid(schema, v[i], trail)) return fail(trail, String(i));
      }
    } else if (items !== undefined) {
      for (let i = 0; i < v.length; i++) if (!this.valid(items, v[i], trail)) return fail(trail, String(i));
    }
    return !s.uniqueItems || v.every((item, i) => v.findIndex((other) => jsonEqual(item, other)) === i);
  }

  private object(s: Shape, v: Record<string, unknown>, trail: string[]): boolean {
    const { properties, additionalProperties, propertyNames } = s;
    // ajv looks a property up as `data[key] !== undefined` (ownProperties: false), and so does this.
    if (s.required !== undefined && !s.required.every((name) => v[name] !== undefined)) return false;
    if (s.minProperties !== undefined && Object.keys(v).length < s.minProperties) return false;
    if (s.maxProperties !== undefined && Object.keys(v).length > s.maxProperties) return false;
    const known = properties ?? NO_PROPERTIES;
    if (s.namesInherited) {
      // A property named like one of Object.prototype's: looked up on every value, as ajv does (see below).
      for (const name in known) {
        const value = v[name];
        if (value !== undefined && !this.valid(known[name], value, trail)) return fail(trail, name);
      }
    }
    if (propertyNames !== undefined) {
      for (const key in v) if (!this.valid(propertyNames, key, trail)) return fail(trail, key);
    }
    // One walk over the value's keys (for…in, as ajv walks them for additionalProperties): a key `properties`
    // names (an own key of it) is checked by its schema, any other by additionalProperties. For properties
    // that name nothing Object.prototype has, this is ajv's `data[name] !== undefined` for each of them.
    for (const key in v) {
      if (hasOwn.call(known, key)) {
        const value = v[key];
        if (!s.namesInherited && value !== undefined && !this.valid(known[key], value, trail)) return fail(trail, key);
      } else if (additionalProperties !== undefined && (additionalProperties === false || !this.valid(additionalProperties, v[key], trail))) {
        return fail(trail, key);
      }
    }
    return true;
  }

  private combinators(s: Shape, v: unknown, trail: string[]): boolean {
    if (s.allOf !== undefined && !s.allOf.every((node) => this.valid(node, v, trail))) return false;
    if (s.anyOf !== undefined && !s.anyOf.some((node) => this.quietly(node, v, trail))) return false;
    if (s.oneOf !== undefined && s.oneOf.filter((node) => this.quietly(node, v, trail)).length !== 1) return false;
    if (s.not !== undefined && this.quietly(s.not, v, trail)) return false;
    if (s.if !== undefined && (s.then !== undefined || s.else !== undefined)) {
      const branch = this.quietly(s.if, v, trail) ? s.then : s.else;
      if (branch !== undefined && !this.valid(branch, v, trail)) return false;
    }
    return true;
  }

  /** A branch's verdict with the trail restored afterwards: a combinator reports itself, not a branch it tried. */
  private quietly(node: unknown, v: unknown, trail: string[]): boolean {
    const mark = trail.length;
    const ok = this.valid(node, v, trail);
    trail.length = mark;
    return ok;
  }
}
