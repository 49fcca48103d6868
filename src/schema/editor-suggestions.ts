/**
 * @fileoverview Suggestions for the editor: the known provider ids (with what
 * each is) and the known model refs, offered in completion lists. They are
 * only suggestions: each is an `anyOf` with a free string, or `examples`, so a
 * custom provider or a model the catalog does not list is never an error.
 */
import { getProvider, knownModelRefs, knownProviderIds } from "../providers/index.js";
import { definitionRef } from "./editor-shared-definitions.js";
import { docsOf, isSchemaNode, replaceContents, schemaAtPath, withoutDocs, type JsonSchema } from "./json-schema-node.js";

/** Config paths whose value is a provider id. */
const PROVIDER_ID_VALUES = ["auth.profiles.*.provider"];
/** Config paths of maps keyed by provider id. */
const PROVIDER_ID_KEYS = ["auth.order", "auth.cooldowns.billingBackoffHoursByProvider", "models.providers"];
/** Of those, the paths only some targets have (2026.9 has no auth.cooldowns); any other missing path is a bug. */
const TARGET_SPECIFIC = new Set(["auth.cooldowns.billingBackoffHoursByProvider"]);
/** Config paths of maps keyed by model ref. */
const MODEL_REF_KEYS = ["agents.defaults.models"];

/** The definitions the suggestions live in, each written once. */
export function suggestionDefinitions(): Record<string, JsonSchema> {
  const ids = knownProviderIds();
  return {
    providerId: {
      anyOf: [
        { type: "string", description: "A provider OpenClaw knows.", enum: ids, enumDescriptions: ids.map(describeProvider) },
        { type: "string", description: "Any other provider id: a custom provider defined under models.providers." },
      ],
    },
    providerIdKey: { type: "string", examples: ids },
    modelRef: { type: "string", examples: knownModelRefs() },
  };
}

function describeProvider(id: string): string {
  const provider = getProvider(id);
  if (!provider) return id;
  return provider.note ? `${provider.label}. ${provider.note}` : provider.label;
}

/** Points provider-id and model-ref places of the config at the suggestion definitions. */
export function addSuggestions(root: JsonSchema, definitions: Record<string, JsonSchema>): void {
  for (const path of PROVIDER_ID_VALUES) pointStringAt(schemaAtPath(root, path), "providerId", path);
  for (const path of PROVIDER_ID_KEYS) {
    if (TARGET_SPECIFIC.has(path) && !hasPath(root, path)) continue;
    suggestKeys(schemaAtPath(root, path), "providerIdKey", path);
  }
  for (const path of MODEL_REF_KEYS) suggestKeys(schemaAtPath(root, path), "modelRef", path);
  addModelRefsToModelSetting(definitions);
}

/** Every model ref inside a model setting: the string form, `primary` and each of `fallbacks`. */
function addModelRefsToModelSetting(definitions: Record<string, JsonSchema>): void {
  const setting = definitions["modelSetting"];
  const branches = setting?.["anyOf"];
  if (!Array.isArray(branches)) throw new Error("editor schema: the model setting is not a union");
  const asString = branches.find((b): b is JsonSchema => isSchemaNode(b) && b["type"] === "string");
  const asObject = branches.find((b): b is JsonSchema => isSchemaNode(b) && b["type"] === "object");
  if (!asString || !asObject) throw new Error("editor schema: the model setting lacks its string or object form");
  pointStringAt(asString, "modelRef", "modelSetting (string)");
  pointStringAt(schemaAtPath(asObject, "primary"), "modelRef", "modelSetting.primary");
  pointStringAt(schemaAtPath(asObject, "fallbacks.[]"), "modelRef", "modelSetting.fallbacks[]");
}

/** A string node keeps its docs and gains a `$ref` to the suggestion definition. */
function pointStringAt(node: JsonSchema, definition: string, where: string): void {
  if (node["type"] !== "string") throw new Error(`editor schema: ${where} is not a string schema`);
  replaceContents(node, { ...docsOf(node), $ref: definitionRef(definition), ...withoutDocs(node) });
}

/** A map's keys get suggestions; any string is still a valid key. */
function suggestKeys(node: JsonSchema, definition: string, where: string): void {
  const names = node["propertyNames"];
  if (node["type"] !== "object" || !isSchemaNode(names) || names["type"] !== "string") {
    throw new Error(`editor schema: ${where} is not a map with string keys`);
  }
  node["propertyNames"] = { $ref: definitionRef(definition) };
}

function hasPath(root: JsonSchema, path: string): boolean {
  try {
    schemaAtPath(root, path);
    return true;
  } catch {
    return false;
  }
}
