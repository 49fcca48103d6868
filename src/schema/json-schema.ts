/**
 * @fileoverview The JSON Schema (draft-07) editors use for openclaw.json, one
 * per target: generated from the same Zod schemas that validate, by Zod's own
 * conversion and one post-processing step for the editor keywords
 * (editor-hints.ts). The text is deterministic, so the committed
 * schemas/openclaw-<target>.schema.json can be compared byte for byte with
 * what the code generates. schemas/openclaw.schema.json, the name editors were
 * pointed at before there were targets, is a `$ref` to the default target's
 * schema (so the package ships each schema once).
 */
import { z } from "zod";
import { addEditorHints } from "./editor-hints.js";
import { jsonSchemaId } from "./editor-schema-id.js";
import type { JsonSchema } from "./json-schema-node.js";
import { DEFAULT_TARGET, type TargetId } from "./targets/ids.js";
import { configSchemaOf } from "./targets/schemas.js";

export { EDITOR_KEYWORDS, JSON_SCHEMA_ID, jsonSchemaId } from "./editor-schema-id.js";
export type { JsonSchema } from "./json-schema-node.js";

/** Where a target's generated schema is committed, relative to the package root. */
export function jsonSchemaFile(target: TargetId): string {
  return `schemas/openclaw-${target}.schema.json`;
}

/** The old name, kept: a `$ref` to the default target's schema. */
export const JSON_SCHEMA_FILE = "schemas/openclaw.schema.json";

/** Zod's conversion as used for the whole config and for every shared part of it. */
function toDraft07(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: "draft-07", io: "input" }) as JsonSchema;
}

/** The editor schema of `target` as an object. */
export function generateJsonSchema(target: TargetId = DEFAULT_TARGET): JsonSchema {
  return addEditorHints(toDraft07(configSchemaOf(target)), toDraft07, jsonSchemaId(target));
}

/** The editor schema as the text committed and printed: two-space indents, a final newline. */
export function renderJsonSchema(schema: JsonSchema = generateJsonSchema()): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
