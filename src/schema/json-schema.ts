/**
 * @fileoverview The JSON Schema (draft-07) editors use for openclaw.json:
 * generated from the same Zod schemas that validate, by Zod's own conversion
 * and one post-processing step for the editor keywords (editor-hints.ts). The
 * text is deterministic, so the committed schemas/openclaw.schema.json can be
 * compared byte for byte with what the code generates.
 */
import { z } from "zod";
import { OpenClawConfigSchema } from "./config.js";
import { addEditorHints } from "./editor-hints.js";
import type { JsonSchema } from "./json-schema-node.js";

export { EDITOR_KEYWORDS, JSON_SCHEMA_ID } from "./editor-hints.js";
export type { JsonSchema } from "./json-schema-node.js";

/** Where the generated schema is committed, relative to the package root. */
export const JSON_SCHEMA_FILE = "schemas/openclaw.schema.json";

/** Zod's conversion as used for the whole config and for every shared part of it. */
function toDraft07(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: "draft-07", io: "input" }) as JsonSchema;
}

/** The editor schema as an object. */
export function generateJsonSchema(): JsonSchema {
  return addEditorHints(toDraft07(OpenClawConfigSchema), toDraft07);
}

/** The editor schema as the text committed and printed: two-space indents, a final newline. */
export function renderJsonSchema(schema: JsonSchema = generateJsonSchema()): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
