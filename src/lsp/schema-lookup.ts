/**
 * @fileoverview The editor schema (the same JSON Schema `agentcfg schema`
 * writes) as the language server reads it: the schema nodes that may describe
 * a config path, the keys an object there may have, the values a slot may
 * take, and the words a hover shows. Alternatives (`anyOf`, `oneOf`, `allOf`)
 * are all kept, so `model` offers both its string and its object form.
 */
import type { JsonPath } from "../diagnostics/types.js";
import { isSchemaNode, type JsonSchema } from "../schema/json-schema-node.js";

export interface KeySuggestion {
  name: string;
  /** Markdown (or plain) documentation for the key. */
  documentation?: string;
  /** A short type summary, e.g. `string`, `object`. */
  detail?: string;
  deprecated: boolean;
}

export interface ValueSuggestion {
  /** The value as JSON text (`"kimi/kimi-code"`, `true`, `3`). */
  text: string;
  documentation?: string;
  kind: "enum" | "example" | "boolean";
}

/** Follows local `$ref`s (`#/definitions/x`) and flattens the alternatives of a node. */
function expand(root: JsonSchema, node: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const out: JsonSchema[] = [node];
  const ref = node["$ref"];
  if (typeof ref === "string" && ref.startsWith("#/")) {
    let target: unknown = root;
    for (const part of ref.slice(2).split("/")) target = isSchemaNode(target) ? target[decodeURIComponent(part)] : undefined;
    if (isSchemaNode(target)) out.push(...expand(root, target, seen));
  }
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const list = node[keyword];
    if (Array.isArray(list)) for (const item of list) if (isSchemaNode(item)) out.push(...expand(root, item, seen));
  }
  return out;
}

/** The schema nodes of one child (`key` of an object, or an item of an array). */
function childNodes(root: JsonSchema, nodes: JsonSchema[], segment: string | number): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const node of nodes) {
    if (typeof segment === "number") {
      if (isSchemaNode(node["items"])) out.push(node["items"]);
      continue;
    }
    const properties = node["properties"];
    if (isSchemaNode(properties) && isSchemaNode(properties[segment])) {
      out.push(properties[segment]);
      continue;
    }
    const patterns = node["patternProperties"];
    let matched = false;
    if (isSchemaNode(patterns)) {
      for (const [pattern, schema] of Object.entries(patterns)) {
        if (isSchemaNode(schema) && safeTest(pattern, segment)) {
          out.push(schema);
          matched = true;
        }
      }
    }
    if (!matched && isSchemaNode(node["additionalProperties"])) out.push(node["additionalProperties"]);
  }
  return out.flatMap((n) => expand(root, n));
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return false;
  }
}

/** Every schema node that may describe the value at `path`. */
export function schemasAt(root: JsonSchema, path: JsonPath): JsonSchema[] {
  let nodes = expand(root, root);
  for (const segment of path) {
    nodes = childNodes(root, nodes, segment);
    if (nodes.length === 0) break;
  }
  return nodes;
}

/** The words of a node: its markdown description, else its description, under its title. */
export function documentationOf(nodes: readonly JsonSchema[]): string | undefined {
  for (const node of nodes) {
    const text = node["markdownDescription"] ?? node["description"];
    if (typeof text !== "string") continue;
    const title = typeof node["title"] === "string" ? `**${node["title"]}**\n\n` : "";
    const deprecated = typeof node["deprecationMessage"] === "string" ? `\n\n_Deprecated:_ ${node["deprecationMessage"]}` : "";
    return `${title}${text}${deprecated}`;
  }
  return undefined;
}

function typeSummary(nodes: readonly JsonSchema[]): string | undefined {
  const types = new Set<string>();
  for (const node of nodes) {
    const type = node["type"];
    if (typeof type === "string") types.add(type);
    else if (Array.isArray(type)) for (const t of type) if (typeof t === "string") types.add(t);
    if (Array.isArray(node["enum"])) types.add("enum");
  }
  return types.size > 0 ? [...types].join(" | ") : undefined;
}

/** The keys an object at `path` may have: declared properties, and for maps the suggested key names. */
export function keySuggestions(root: JsonSchema, path: JsonPath): KeySuggestion[] {
  const byName = new Map<string, KeySuggestion>();
  const add = (name: string, nodes: JsonSchema[]) => {
    if (byName.has(name) || name === "__proto__") return;
    const suggestion: KeySuggestion = { name, deprecated: nodes.some((n) => typeof n["deprecationMessage"] === "string" || n["deprecated"] === true) };
    const documentation = documentationOf(nodes);
    if (documentation) suggestion.documentation = documentation;
    const detail = typeSummary(nodes);
    if (detail) suggestion.detail = detail;
    byName.set(name, suggestion);
  };
  for (const node of schemasAt(root, path)) {
    const properties = node["properties"];
    if (isSchemaNode(properties)) {
      for (const [name, schema] of Object.entries(properties)) if (isSchemaNode(schema)) add(name, expand(root, schema));
    }
    // A map (`auth.order`, `models.providers`): its key names come from propertyNames' enum or examples.
    const names = isSchemaNode(node["propertyNames"]) ? expand(root, node["propertyNames"]) : [];
    const valueNodes = isSchemaNode(node["additionalProperties"]) ? expand(root, node["additionalProperties"]) : [];
    for (const nameNode of names) {
      for (const keyword of ["enum", "examples"]) {
        const list = nameNode[keyword];
        if (Array.isArray(list)) for (const name of list) if (typeof name === "string") add(name, valueNodes);
      }
    }
  }
  return [...byName.values()];
}

/** The values the slot at `path` may take: enum members, examples (model refs, provider ids), booleans. */
export function valueSuggestions(root: JsonSchema, path: JsonPath): ValueSuggestion[] {
  const out = new Map<string, ValueSuggestion>();
  const add = (value: unknown, kind: ValueSuggestion["kind"], documentation?: string) => {
    const text = JSON.stringify(value);
    if (text === undefined || out.has(text) || (value !== null && typeof value === "object")) return;
    const suggestion: ValueSuggestion = { text, kind };
    if (documentation) suggestion.documentation = documentation;
    out.set(text, suggestion);
  };
  for (const node of schemasAt(root, path)) {
    const doc = documentationOf([node]);
    if (Array.isArray(node["enum"])) for (const value of node["enum"]) add(value, "enum", doc);
    if ("const" in node) add(node["const"], "enum", doc);
    if (Array.isArray(node["examples"])) for (const value of node["examples"]) add(value, "example", doc);
    if (node["type"] === "boolean") {
      add(true, "boolean");
      add(false, "boolean");
    }
  }
  return [...out.values()];
}
