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
 * parses the schemas of channels or plugins. Each subschema becomes a closure
 * once, on first use, so a large config runs compiled closures, not a walk
 * over the schema per value.
 *
 * scripts/build-validator.mjs refuses a schema with a keyword this file does
 * not know (KEYWORDS), so nothing that constrains can be skipped here; the
 * verdicts are held to ajv's and Zod's in test/schema-check.test.ts and
 * test/cold-start-fast-validate.test.ts.
 */

/** A JSON Schema node as stored: an object of keywords, or a boolean schema. */
type SchemaNode = boolean | { readonly [keyword: string]: unknown };

/** Checks a value; on failure, pushes the path segments below the failing node onto `trail` (innermost first). */
type Check = (value: unknown, trail: string[]) => boolean;

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

const ALWAYS: Check = () => true;
const NEVER: Check = () => false;
const hasOwn = Object.prototype.hasOwnProperty;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** ajv's type tests (strictNumbers: a number must be finite). */
const TYPE_TESTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  null: (v) => v === null,
  boolean: (v) => typeof v === "boolean",
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  integer: (v) => typeof v === "number" && Number.isFinite(v) && v % 1 === 0,
  array: (v) => Array.isArray(v),
  object: isObject,
};

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

/** A check made the first time it runs: a subschema the value never reaches is never compiled. */
function lazy(make: () => Check): Check {
  let check: Check | undefined;
  return (value, trail) => (check ??= make())(value, trail);
}

/** All of `checks`, in order, stopping at the first that fails. */
function every(checks: readonly Check[]): Check {
  if (checks.length === 0) return ALWAYS;
  if (checks.length === 1) return checks[0]!;
  return (value, trail) => {
    for (const check of checks) if (!check(value, trail)) return false;
    return true;
  };
}

/** Runs `check` with the trail restored afterwards: a combinator reports itself, not a branch it tried. */
function quietly(check: Check, value: unknown, trail: string[]): boolean {
  const mark = trail.length;
  const ok = check(value, trail);
  trail.length = mark;
  return ok;
}

/** A validator of the schema in `parts`. */
export function schemaValidator(parts: SchemaParts): SchemaValidator {
  const compiledParts = new Map<number, Check>();
  const partCheck = (n: number): Check => {
    let check = compiledParts.get(n);
    if (!check) {
      check = lazy(() => compile(parts.part(n)));
      compiledParts.set(n, check);
    }
    return check;
  };
  // `$part` stands for a subschema stored on a line of its own (a `$ref`, whose siblings ajv applies too).
  const compile = (node: unknown): Check => {
    if (typeof node === "boolean") return node ? ALWAYS : NEVER;
    const keywords = node as { readonly [keyword: string]: unknown };
    const checks = keywordChecks(keywords, compile);
    if (typeof keywords["$part"] === "number") checks.unshift(partCheck(keywords["$part"]));
    return every(checks);
  };
  const root = lazy(() => compile(parts.root()));
  const validate = ((value: unknown) => {
    const trail: string[] = [];
    const ok = root(value, trail);
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

/** The checks of one schema object's keywords, type first (as ajv orders them). */
function keywordChecks(node: { readonly [keyword: string]: unknown }, child: (node: unknown) => Check): Check[] {
  const checks: Check[] = [];
  if (node["type"] !== undefined) checks.push(typeCheck(node["type"]));
  if (node["const"] !== undefined) {
    const expected = node["const"];
    checks.push((v) => jsonEqual(v, expected));
  }
  if (Array.isArray(node["enum"])) {
    const allowed: readonly unknown[] = node["enum"];
    checks.push((v) => allowed.some((a) => jsonEqual(v, a)));
  }
  const numbers = numberChecks(node);
  if (numbers) checks.push((v) => typeof v !== "number" || numbers(v));
  const strings = stringChecks(node);
  if (strings) checks.push((v) => typeof v !== "string" || strings(v));
  const arrays = arrayChecks(node, child);
  if (arrays) checks.push((v, trail) => !Array.isArray(v) || arrays(v, trail));
  const objects = objectChecks(node, child);
  if (objects) checks.push((v, trail) => !isObject(v) || objects(v, trail));
  checks.push(...combinatorChecks(node, child));
  return checks;
}

function typeCheck(type: unknown): Check {
  const tests = (Array.isArray(type) ? type : [type]).map((name) => {
    const test = TYPE_TESTS[String(name)];
    if (!test) throw new Error(`schema-check: unknown type ${JSON.stringify(name)}`);
    return test;
  });
  return tests.length === 1 ? (v) => tests[0]!(v) : (v) => tests.some((test) => test(v));
}

function numberChecks(node: { readonly [keyword: string]: unknown }): ((v: number) => boolean) | undefined {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  const bounds: ((v: number) => boolean)[] = [];
  if (typeof minimum === "number") bounds.push((v) => v >= minimum);
  if (typeof maximum === "number") bounds.push((v) => v <= maximum);
  if (typeof exclusiveMinimum === "number") bounds.push((v) => v > exclusiveMinimum);
  if (typeof exclusiveMaximum === "number") bounds.push((v) => v < exclusiveMaximum);
  return bounds.length === 0 ? undefined : (v) => bounds.every((bound) => bound(v));
}

function stringChecks(node: { readonly [keyword: string]: unknown }): ((v: string) => boolean) | undefined {
  const { minLength, maxLength, pattern } = node;
  const tests: ((v: string) => boolean)[] = [];
  if (typeof minLength === "number") tests.push((v) => v.length >= minLength && codePointLength(v) >= minLength);
  if (typeof maxLength === "number") tests.push((v) => v.length <= maxLength || codePointLength(v) <= maxLength);
  if (typeof pattern === "string") {
    // ajv's unicodeRegExp default: the "u" flag. Compiled on first use, as a regular expression is costly to make.
    let regex: RegExp | undefined;
    tests.push((v) => (regex ??= new RegExp(pattern, "u")).test(v));
  }
  return tests.length === 0 ? undefined : (v) => tests.every((test) => test(v));
}

function arrayChecks(node: { readonly [keyword: string]: unknown }, child: (node: unknown) => Check): Check | undefined {
  const { items, additionalItems, minItems, maxItems, uniqueItems } = node;
  const checks: ((v: unknown[], trail: string[]) => boolean)[] = [];
  if (typeof minItems === "number") checks.push((v) => v.length >= minItems);
  if (typeof maxItems === "number") checks.push((v) => v.length <= maxItems);
  if (Array.isArray(items)) {
    const tuple = items.map(child);
    // additionalItems applies only beside a list of items (draft-07).
    const rest = additionalItems === undefined ? undefined : child(additionalItems);
    checks.push((v, trail) => {
      for (let i = 0; i < v.length; i++) {
        const check = i < tuple.length ? tuple[i] : rest;
        if (check && !check(v[i], trail)) return fail(trail, String(i));
      }
      return true;
    });
  } else if (items !== undefined) {
    const each = child(items);
    checks.push((v, trail) => {
      for (let i = 0; i < v.length; i++) if (!each(v[i], trail)) return fail(trail, String(i));
      return true;
    });
  }
  if (uniqueItems === true) checks.push((v) => v.every((item, i) => v.findIndex((other) => jsonEqual(item, other)) === i));
  if (checks.length === 0) return undefined;
  return (v, trail) => checks.every((check) => check(v as unknown[], trail));
}

function objectChecks(node: { readonly [keyword: string]: unknown }, child: (node: unknown) => Check): Check | undefined {
  const { properties, required, additionalProperties, propertyNames, minProperties, maxProperties } = node;
  const checks: ((v: Record<string, unknown>, trail: string[]) => boolean)[] = [];
  // ajv looks a property up as `data[key] !== undefined` (ownProperties: false), and so do these.
  if (Array.isArray(required)) {
    const names = required as readonly string[];
    checks.push((v) => names.every((name) => v[name] !== undefined));
  }
  if (typeof minProperties === "number") checks.push((v) => Object.keys(v).length >= minProperties);
  if (typeof maxProperties === "number") checks.push((v) => Object.keys(v).length <= maxProperties);
  const known = isObject(properties) ? properties : {};
  if (isObject(properties)) {
    const entries = Object.keys(properties).map((name) => [name, lazyChild(child, properties[name])] as const);
    checks.push((v, trail) => {
      for (const [name, check] of entries) {
        const value = v[name];
        if (value !== undefined && !check(value, trail)) return fail(trail, name);
      }
      return true;
    });
  }
  if (propertyNames !== undefined) {
    const names = child(propertyNames);
    checks.push((v, trail) => {
      for (const key in v) if (!names(key, trail)) return fail(trail, key);
      return true;
    });
  }
  if (additionalProperties !== undefined) {
    // The keys `properties` does not name (an own key of it), walked with for…in as ajv does.
    const other = additionalProperties === false ? NEVER : child(additionalProperties);
    checks.push((v, trail) => {
      for (const key in v) if (!hasOwn.call(known, key) && !other(v[key], trail)) return fail(trail, key);
      return true;
    });
  }
  if (checks.length === 0) return undefined;
  return (v, trail) => checks.every((check) => check(v as Record<string, unknown>, trail));
}

/** A property's check, compiled when a value first has that property: most configs set few of the keys a section knows. */
function lazyChild(child: (node: unknown) => Check, node: unknown): Check {
  return lazy(() => child(node));
}

function combinatorChecks(node: { readonly [keyword: string]: unknown }, child: (node: unknown) => Check): Check[] {
  const checks: Check[] = [];
  const list = (keyword: string): Check[] | undefined =>
    Array.isArray(node[keyword]) ? (node[keyword] as unknown[]).map((s) => lazyChild(child, s)) : undefined;
  const allOf = list("allOf");
  if (allOf) checks.push(every(allOf));
  const anyOf = list("anyOf");
  if (anyOf) checks.push((v, trail) => anyOf.some((check) => quietly(check, v, trail)));
  const oneOf = list("oneOf");
  if (oneOf) checks.push((v, trail) => oneOf.filter((check) => quietly(check, v, trail)).length === 1);
  if (node["not"] !== undefined) {
    const not = child(node["not"]);
    checks.push((v, trail) => !quietly(not, v, trail));
  }
  if (node["if"] !== undefined && (node["then"] !== undefined || node["else"] !== undefined)) {
    const test = child(node["if"]);
    const then = node["then"] === undefined ? ALWAYS : child(node["then"]);
    const otherwise = node["else"] === undefined ? ALWAYS : child(node["else"]);
    checks.push((v, trail) => (quietly(test, v, trail) ? then(v, trail) : otherwise(v, trail)));
  }
  return checks;
}

/** Records where a check below failed (the trail is read innermost first) and fails. */
function fail(trail: string[], segment: string): false {
  trail.push(segment);
  return false;
}
