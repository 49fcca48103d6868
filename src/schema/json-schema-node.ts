/**
 * @fileoverview The JSON Schema document as plain data, and the two ways the
 * editor post-processing moves through it: visiting every subschema (never the
 * data inside `enum`, `examples` or `defaultSnippets`), and finding the schema
 * of a config path such as `auth.profiles.*.provider`.
 */
import { isJsonObject } from "../json-object.js";

/** One JSON Schema node: keywords to values. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** Keywords that document a node rather than constrain it. */
export const DOC_KEYWORDS = ["title", "description", "markdownDescription"] as const;

/** A schema node is a JSON object; the guard narrows to the schema type. */
export function isSchemaNode(value: unknown): value is JsonSchema {
  return isJsonObject(value);
}

/** Keywords whose value is one subschema. */
const SINGLE_SUBSCHEMA = ["additionalProperties", "items", "not", "propertyNames", "additionalItems", "contains", "if", "then", "else"];
/** Keywords whose value is a list of subschemas. */
const LIST_OF_SUBSCHEMAS = ["anyOf", "oneOf", "allOf"];
/** Keywords whose value maps names to subschemas. */
const MAP_OF_SUBSCHEMAS = ["properties", "patternProperties", "definitions", "dependencies"];

/** The direct subschemas of `node`, in keyword order. */
export function subschemasOf(node: JsonSchema): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    if (SINGLE_SUBSCHEMA.includes(keyword) && isSchemaNode(value)) out.push(value);
    else if (LIST_OF_SUBSCHEMAS.includes(keyword) && Array.isArray(value)) out.push(...value.filter(isSchemaNode));
    else if (MAP_OF_SUBSCHEMAS.includes(keyword) && isSchemaNode(value)) out.push(...Object.values(value).filter(isSchemaNode));
  }
  return out;
}

/**
 * Visits `node` and every subschema below it, depth first. When `visit`
 * returns false the node's subschemas are skipped.
 */
export function walkSchema(node: JsonSchema, visit: (node: JsonSchema) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of subschemasOf(node)) walkSchema(child, visit);
}

/**
 * The schema of a config path: `a.b` follows `properties`, `*` the
 * `additionalProperties` of a map, `[]` the `items` of a list. Throws when the
 * path does not exist, because a stale path in a hint table is a bug that
 * must fail the build's tests, not vanish quietly.
 */
export function schemaAtPath(root: JsonSchema, path: string): JsonSchema {
  let node = root;
  for (const segment of path.split(".")) {
    const next =
      segment === "*"
        ? node["additionalProperties"]
        : segment === "[]"
          ? node["items"]
          : isSchemaNode(node["properties"])
            ? node["properties"][segment]
            : undefined;
    if (!isSchemaNode(next)) throw new Error(`editor schema: no schema at "${path}" (stuck at "${segment}")`);
    node = next;
  }
  return node;
}

/** The node without its documentation keywords: what it accepts, and nothing else. */
export function withoutDocs(node: JsonSchema): JsonSchema {
  const rest: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (!(DOC_KEYWORDS as readonly string[]).includes(keyword)) rest[keyword] = value;
  }
  return rest;
}

/** Only the documentation keywords of the node, in their canonical order. */
export function docsOf(node: JsonSchema): JsonSchema {
  const docs: JsonSchema = {};
  for (const keyword of DOC_KEYWORDS) if (node[keyword] !== undefined) docs[keyword] = node[keyword];
  return docs;
}

/** Replaces the contents of `node` in place (callers hold references to it). */
export function replaceContents(node: JsonSchema, contents: JsonSchema): void {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, contents);
}
