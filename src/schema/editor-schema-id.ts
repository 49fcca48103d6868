/**
 * @fileoverview The editor schema's identity and the keywords it uses beyond
 * draft-07: plain values, apart from the Zod post-processing in
 * editor-hints.ts, so that the library's published declarations of them do
 * not load Zod's.
 */

/** Stable identity of a target's schema: the config format it describes, not the tool's version. */
export function jsonSchemaId(target: string): string {
  return `urn:agentcfg:openclaw-config:${target}`;
}
/** The 2026.4 schema's id, as it always was. */
export const JSON_SCHEMA_ID = jsonSchemaId("2026.4");

/**
 * The keywords the editor schema uses beyond draft-07: VS Code's (from
 * vscode-json-languageservice's jsonSchema.ts). Validators ignore them;
 * strict ajv needs them declared.
 */
export const EDITOR_KEYWORDS = [
  "markdownDescription",
  "enumDescriptions",
  "defaultSnippets",
  "deprecationMessage",
  "errorMessage",
  "allowComments",
  "allowTrailingCommas",
] as const;
