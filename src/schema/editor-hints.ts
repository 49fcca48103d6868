/**
 * @fileoverview The one post-processing step between Zod's JSON Schema and the
 * editor schema: shared schemas into `definitions`, our private `x-` meta keys
 * into VS Code's keywords (or dropped), suggestions, snippets, Markdown help,
 * the legacy keys with their deprecation messages, and the root keywords
 * (`$id`, `allowComments`, `allowTrailingCommas`). Validation is untouched
 * except for the legacy keys, which stay invalid (see editor-legacy-keys.ts).
 */
import type { z } from "zod";
import { ENUM_DESCRIPTIONS_META_KEY } from "./described-enum.js";
import { legacyKeyProperties } from "./editor-legacy-keys.js";
import { hoistRepeatedSubschemas } from "./editor-repeated-subschemas.js";
import { hoistSharedDefinitions } from "./editor-shared-definitions.js";
import { addSnippetsAndMarkdown, MODEL_SETTING_SNIPPETS } from "./editor-snippets.js";
import { addSuggestions, suggestionDefinitions } from "./editor-suggestions.js";
import { isSchemaNode, schemaAtPath, walkSchema, type JsonSchema } from "./json-schema-node.js";
import { JSON_SCHEMA_ID } from "./editor-schema-id.js";

export { EDITOR_KEYWORDS, JSON_SCHEMA_ID, jsonSchemaId } from "./editor-schema-id.js";

export const JSON_SCHEMA_DRAFT = "http://json-schema.org/draft-07/schema#";

/** Turns Zod's draft-07 output into the editor schema. `convert` is the same Zod conversion, for shared parts. */
export function addEditorHints(generated: JsonSchema, convert: (schema: z.ZodType) => JsonSchema, id: string = JSON_SCHEMA_ID): JsonSchema {
  const root = structuredClone(generated);
  delete root["$schema"];
  const definitions: Record<string, JsonSchema> = {};

  hoistSharedDefinitions(root, definitions, convert);
  for (const node of [root, ...Object.values(definitions)]) walkSchema(node, rewritePrivateKeywords);

  addSuggestions(root, definitions);
  Object.assign(definitions, suggestionDefinitions());
  const modelSetting = definitions["modelSetting"];
  if (!modelSetting) throw new Error("editor schema: the model setting definition is missing");
  modelSetting["defaultSnippets"] = MODEL_SETTING_SNIPPETS;
  addSnippetsAndMarkdown((path) => schemaAtPath(root, path));
  addLegacyKeys(root);
  hoistRepeatedSubschemas(root, definitions);

  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: id,
    ...pick(root, ["title", "description"]),
    allowComments: true,
    allowTrailingCommas: true,
    ...root,
    definitions,
  };
}

/**
 * `x-enumDescriptions` becomes VS Code's `enumDescriptions`; any other private
 * `x-` key is dropped.
 */
function rewritePrivateKeywords(node: JsonSchema): void {
  const descriptions = node[ENUM_DESCRIPTIONS_META_KEY];
  if (descriptions !== undefined) {
    const values = node["enum"];
    if (!Array.isArray(descriptions) || !Array.isArray(values) || descriptions.length !== values.length) {
      throw new Error(`editor schema: enum descriptions do not match the values of "${String(node["title"])}"`);
    }
    node["enumDescriptions"] = descriptions;
  }
  // Any private x- key goes: none of them is a JSON Schema keyword.
  for (const key of Object.keys(node)) {
    if (key.startsWith("x-")) delete node[key];
  }
}

function addLegacyKeys(root: JsonSchema): void {
  const properties = root["properties"];
  if (!isSchemaNode(properties)) throw new Error("editor schema: the root has no properties");
  for (const [key, schema] of Object.entries(legacyKeyProperties())) {
    // A legacy key that became current again must not be shadowed.
    if (key in properties) throw new Error(`editor schema: legacy key "${key}" is also a current key`);
    properties[key] = schema;
  }
}

function pick(node: JsonSchema, keys: readonly string[]): JsonSchema {
  const out: JsonSchema = {};
  for (const key of keys) if (node[key] !== undefined) out[key] = node[key];
  return out;
}
