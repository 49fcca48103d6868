/**
 * @fileoverview `npm run build`, after tsc: writes
 * dist/schema/openclaw-<target>-validate.jsonl for each target (2026.4,
 * 2026.9), the JSON Schema that dist/ generates from that target's Zod
 * schemas, without annotations, in parts: the data the fast validator
 * (src/schema/schema-check.ts) judges a config by, valid or not, no messages.
 *
 * In parts (src/schema/schema-parts.ts): every subschema of PART_MIN_CHARS or
 * more, and every definition, is a line of its own, named where it is used by
 * `{"$part": n}`; a check parses only the lines the config reaches.
 *
 * The CLI runs it first and loads Zod only when it rejects (see
 * src/schema/fast-validate.ts). That is sound because the JSON Schema is never
 * more lenient than Zod: test/json-schema-parity.test.ts proves they agree
 * (through ajv), with every listed exception in the direction "ajv stricter",
 * test/schema-check.test.ts holds the interpreter to ajv, and
 * test/cold-start-fast-validate.test.ts runs these very files against Zod.
 * A keyword the interpreter does not know fails the build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The fast validator's data for a target. */
export const validatorFile = (target) => `${ROOT}dist/schema/openclaw-${target}-validate.jsonl`;

/** Keywords that annotate and never constrain (draft-07's own, and the editor vocabulary): dropped before compiling. */
const ANNOTATIONS = new Set(["title", "description", "default", "examples", "$comment", "readOnly", "writeOnly", "deprecated"]);
/** Keywords whose value is one subschema, a list of them, or a map of name → subschema. */
const SUBSCHEMA = new Set(["additionalProperties", "propertyNames", "items", "additionalItems", "contains", "not", "if", "then", "else"]);
const SUBSCHEMA_LISTS = new Set(["anyOf", "allOf", "oneOf", "items"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "dependencies"]);

/**
 * A copy of `schema` without annotations, which the fast validator would
 * otherwise read (≈ 100 KB of descriptions and snippets).
 * Only keyword positions are touched: a config key named "description" under
 * `properties` stays. Anything else is kept, and the build refuses a keyword
 * the validator does not know, so nothing that constrains can be dropped here.
 */
export function withoutAnnotations(schema, annotations) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const out = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    if (SUBSCHEMA_LISTS.has(keyword) && Array.isArray(value)) out[keyword] = value.map((s) => withoutAnnotations(s, annotations));
    else if (SUBSCHEMA.has(keyword)) out[keyword] = withoutAnnotations(value, annotations);
    else if (SUBSCHEMA_MAPS.has(keyword) && value && typeof value === "object") {
      // dependencies may map to a list of names rather than a subschema: withoutAnnotations leaves lists alone.
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, withoutAnnotations(s, annotations)]));
    } else out[keyword] = value;
  }
  return out;
}

/** A subschema (annotations stripped) at least this long is a line of its own, parsed only when a value reaches it. */
export const PART_MIN_CHARS = 200;

/** Shared subschemas at least this long (no docs) are stored once for all their uses. */
const SHARED_MIN_CHARS = 120;

/** Keywords the editor schema's root carries that constrain nothing. */
const ROOT_ONLY = new Set(["$schema", "$id", "definitions", "allowComments", "allowTrailingCommas"]);

/** Each subschema position of a schema node: [keyword, key or index or undefined, child]. */
function childrenOf(node) {
  const out = [];
  for (const [keyword, value] of Object.entries(node)) {
    if (SUBSCHEMA_LISTS.has(keyword) && Array.isArray(value)) value.forEach((child, i) => out.push([keyword, i, child]));
    else if (SUBSCHEMA.has(keyword)) out.push([keyword, undefined, value]);
    else if (keyword === "properties" || keyword === "patternProperties") for (const [name, child] of Object.entries(value)) out.push([keyword, name, child]);
  }
  return out;
}

/** Fails the build on a keyword the fast validator does not apply, or a `$ref` it cannot follow. */
function assertSupported(node, KEYWORDS, where) {
  if (typeof node === "boolean") return;
  if (node === null || typeof node !== "object" || Array.isArray(node)) throw new Error(`build-validator: ${where} is not a schema`);
  for (const keyword of Object.keys(node)) {
    if (keyword === "$ref") {
      if (typeof node.$ref !== "string" || !node.$ref.startsWith("#/definitions/"))
        throw new Error(`build-validator: ${where} has a $ref the fast validator cannot follow: ${JSON.stringify(node)}`);
    } else if (!KEYWORDS.has(keyword) || keyword === "$part") {
      throw new Error(`build-validator: ${where} uses "${keyword}", which src/schema/schema-check.ts does not apply; teach it first`);
    }
  }
  for (const [keyword, key, child] of childrenOf(node)) assertSupported(child, KEYWORDS, `${where}/${keyword}${key === undefined ? "" : `/${key}`}`);
}

/**
 * The schema as lines: [header, root, ...parts], the header naming where each line after it starts. Definitions get their line
 * numbers first, so a `$ref` (even a recursive one) becomes `{"$part": n}`;
 * then, bottom-up, every subschema of `minChars` or more becomes a line.
 */
export function schemaLines(schema, KEYWORDS, header, minChars = PART_MIN_CHARS) {
  const { definitions = {}, ...root } = schema;
  for (const keyword of Object.keys(root)) if (ROOT_ONLY.has(keyword)) delete root[keyword];
  assertSupported(root, KEYWORDS, "#");
  for (const [name, definition] of Object.entries(definitions)) assertSupported(definition, KEYWORDS, `#/definitions/${name}`);
  const lines = [null, null];
  const lineOf = new Map(Object.keys(definitions).map((name) => [name, lines.push(null) - 1]));
  // A node is put on a line of its own when large, except `whole`, the node a line is being made of.
  const pack = (node, whole = false) => {
    if (typeof node === "boolean") return node;
    // A copy, with its own copies of the lists and maps of subschemas, which the loop below fills.
    const out = { ...node };
    for (const [keyword, key] of childrenOf(node)) {
      if (typeof key === "number" && out[keyword] === node[keyword]) out[keyword] = [...node[keyword]];
      else if (typeof key === "string" && out[keyword] === node[keyword]) out[keyword] = { ...node[keyword] };
    }
    if (typeof node.$ref === "string") {
      // Its siblings stay beside it: ajv applies them too.
      const n = lineOf.get(node.$ref.slice("#/definitions/".length));
      if (n === undefined) throw new Error(`build-validator: ${node.$ref} names no definition`);
      delete out.$ref;
      out.$part = n;
    }
    for (const [keyword, key, child] of childrenOf(node)) {
      if (key === undefined) out[keyword] = pack(child);
      else out[keyword][key] = pack(child);
    }
    const text = JSON.stringify(out);
    return !whole && text.length >= minChars ? { $part: lines.push(text) - 1 } : out;
  };
  const packRoot = (node) => JSON.stringify(pack(node, true));
  for (const [name, definition] of Object.entries(definitions)) lines[lineOf.get(name)] = packRoot(definition);
  lines[1] = packRoot(root);
  // ASCII only, so the reader can decode the file as Latin-1 (cheaper, and a one-byte string for V8).
  const ascii = lines.slice(1).map((line) => line.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  // The header says where each line starts, counted from the end of the header's own line: the reader finds a line without scanning for it.
  const starts = [];
  let at = 0;
  for (const line of ascii) {
    starts.push(at);
    at += line.length + 1;
  }
  return [JSON.stringify({ ...header, lines: starts }), ...ascii];
}

/** Writes the fast validator's data for each target. */
export async function buildValidator() {
  const { TARGET_IDS } = await import(`${ROOT}dist/schema/targets/ids.js`);
  const { generateJsonSchema } = await import(`${ROOT}dist/schema/json-schema.js`);
  for (const target of TARGET_IDS) await writeValidatorData(generateJsonSchema(target), validatorFile(target), target);
}

/** `jsonSchema` as the fast validator judges by it: no annotations, each repeated subschema once (a definition). */
export async function validatorSchema(jsonSchema) {
  // From dist/, not the committed schemas/ file: the validator matches the Zod schemas being built.
  const { EDITOR_KEYWORDS } = await import(`${ROOT}dist/schema/json-schema.js`);
  const { hoistRepeatedSubschemas } = await import(`${ROOT}dist/schema/editor-repeated-subschemas.js`);
  const full = withoutAnnotations(jsonSchema, new Set([...ANNOTATIONS, ...EDITOR_KEYWORDS]));
  // Without their docs many more subschemas are alike: each is stored once.
  hoistRepeatedSubschemas(full, full.definitions, SHARED_MIN_CHARS);
  return full;
}

/** Writes `jsonSchema`, stripped and in parts, to `outfile`. */
export async function writeValidatorData(jsonSchema, outfile, target) {
  const { KEYWORDS } = await import(`${ROOT}dist/schema/schema-check.js`);
  const { SCHEMA_PARTS_FORMAT, SCHEMA_PARTS_VERSION } = await import(`${ROOT}dist/schema/schema-parts.js`);
  const full = await validatorSchema(jsonSchema);
  const lines = schemaLines(full, KEYWORDS, { format: SCHEMA_PARTS_FORMAT, version: SCHEMA_PARTS_VERSION, target });
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, `${lines.join("\n")}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildValidator();
  console.log("generated dist/schema/openclaw-<target>-validate.jsonl");
}
