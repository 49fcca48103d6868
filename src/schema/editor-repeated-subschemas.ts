/**
 * @fileoverview Writes each large subschema the editor schema repeats once,
 * under `definitions`, and points every use at it with `$ref`. The sections
 * OpenClaw validates repeat a lot (a channel's settings again under each of
 * its accounts, the same plugin-entry shape for a hundred plugins); inlined,
 * the schema would be several times larger, for editors and for the fast
 * validator built from it. Uses are found by structure, documentation aside:
 * each use keeps its own title and description beside the `$ref`, as in
 * editor-shared-definitions.ts. Names are content hashes, so the output is
 * deterministic and a definition's name changes only when its content does.
 */
import { createHash } from "node:crypto";
import { docsOf, replaceContents, subschemasOf, withoutDocs, type JsonSchema } from "./json-schema-node.js";

/** A subschema shorter than this (characters of JSON, docs aside) is left inline: a `$ref` would save little. */
export const MIN_SHARED_CHARS = 600;

const fingerprint = (node: JsonSchema): string => JSON.stringify(withoutDocs(node));

/** Counts every subschema's fingerprint below `node` (the node itself included). */
function count(node: JsonSchema, counts: Map<string, number>, min: number): void {
  const key = fingerprint(node);
  if (key.length >= min) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const child of subschemasOf(node)) count(child, counts, min);
}

/** Replaces, below `node` (never `node` itself), each use of a fingerprint in `names` by its `$ref`. */
function replace(node: JsonSchema, names: ReadonlyMap<string, string>): void {
  for (const child of subschemasOf(node)) {
    const name = names.get(fingerprint(child));
    if (name !== undefined) replaceContents(child, { ...docsOf(child), $ref: `#/definitions/${name}` });
    else replace(child, names);
  }
}

/**
 * Hoists every subschema that appears at least twice into `definitions`. The
 * walk replaces the outermost use and does not descend into it; each
 * definition's body is then walked the same way, so a repeat inside a repeat
 * is written once too. scripts/build-validator.mjs runs it again, with a
 * lower `minChars`, on the schema without its docs.
 */
export function hoistRepeatedSubschemas(root: JsonSchema, definitions: Record<string, JsonSchema>, minChars: number = MIN_SHARED_CHARS): void {
  const counts = new Map<string, number>();
  count(root, counts, minChars);
  for (const definition of Object.values(definitions)) count(definition, counts, minChars);
  const names = new Map<string, string>();
  for (const [key, uses] of counts) {
    if (uses < 2 || key.startsWith('{"$ref"')) continue;
    names.set(key, `shared-${createHash("sha256").update(key).digest("hex").slice(0, 10)}`);
  }
  const existing = Object.values(definitions);
  replace(root, names);
  for (const definition of existing) replace(definition, names);
  const added: [string, JsonSchema][] = [...names].map(([key, name]) => [name, JSON.parse(key) as JsonSchema]);
  for (const [, body] of added) replace(body, names);
  // Sorted by name: the order of discovery must not change the text.
  for (const [name, body] of added.sort(([a], [b]) => (a < b ? -1 : 1))) definitions[name] = body;
}
