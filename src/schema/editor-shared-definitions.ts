/**
 * @fileoverview Moves the schemas the config uses in many places (a model
 * setting, a secret input, TLS settings) into `definitions`, once each, and
 * points every use at them with `$ref`. Zod inlines a schema at every use; the
 * model setting alone appears at every *Model key. Uses are found by structure: the
 * generated JSON of the shared Zod schema, documentation aside, so a use can
 * never be missed or mistaken for another.
 */
import type { z } from "zod";
import { AgentModelSchema } from "./agent-model.js";
import { docsOf, replaceContents, walkSchema, withoutDocs, type JsonSchema } from "./json-schema-node.js";
import { ProviderTlsSchema } from "./provider-request.js";
import { SecretInputSchema } from "./secret-ref.js";

export interface SharedDefinition {
  /** Name under `definitions`. */
  name: string;
  schema: z.ZodType;
}

/**
 * Largest first: a shared schema that sits inside another (a secret input in
 * TLS settings) is then hoisted out of that definition as well.
 */
export const SHARED_DEFINITIONS: readonly SharedDefinition[] = [
  { name: "modelSetting", schema: AgentModelSchema },
  { name: "tls", schema: ProviderTlsSchema },
  { name: "secretInput", schema: SecretInputSchema },
];

export const definitionRef = (name: string): string => `#/definitions/${name}`;

/**
 * Hoists each shared schema into `definitions`. A use keeps its own title and
 * description beside the `$ref`; the definition holds none, because VS Code
 * copies a definition's keywords over the use's and would replace them.
 * Throws when a shared schema is not used at all: the table is then stale.
 */
export function hoistSharedDefinitions(root: JsonSchema, definitions: Record<string, JsonSchema>, convert: (schema: z.ZodType) => JsonSchema): void {
  for (const shared of SHARED_DEFINITIONS) {
    const generated = convert(shared.schema);
    delete generated["$schema"];
    const body = withoutDocs(generated);
    const fingerprint = JSON.stringify(body);
    let uses = 0;
    const replaceUses = (node: JsonSchema): boolean => {
      if (JSON.stringify(withoutDocs(node)) !== fingerprint) return true;
      const docs = Object.keys(docsOf(node)).length > 0 ? docsOf(node) : docsOf(generated);
      replaceContents(node, { ...docs, $ref: definitionRef(shared.name) });
      uses++;
      return false;
    };
    walkSchema(root, replaceUses);
    for (const existing of Object.values(definitions)) walkSchema(existing, replaceUses);
    if (uses === 0) throw new Error(`editor schema: shared schema "${shared.name}" is not used anywhere`);
    // Later entries walk this copy too, so a shared schema nested in it is hoisted out of it.
    definitions[shared.name] = structuredClone(body);
  }
}
