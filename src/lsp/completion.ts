/**
 * @fileoverview Completion and hover from the editor schema, in LSP terms:
 * at a key, the keys the object may have that are not written yet (before
 * the cursor or after it); at a value, what the file declares for that slot
 * (profile ids in `auth.order.<provider>`, configured models and aliases
 * where a model goes: config-suggestions.ts), then the enum members and
 * suggestions (provider ids, model refs, booleans), leaving out an array's
 * items already written; on a key or value, its documentation. Of the
 * file's own values only ids, refs and aliases are offered, so no secret can
 * surface here.
 */
import type { CompletionItem, Hover, Range as LspRange } from "vscode-languageserver";
import type { JsonSchema } from "../schema/json-schema-node.js";
import { cursorContext } from "./cursor-context.js";
import { configSuggestions, takesModelRef } from "./config-suggestions.js";
import { documentationOf, keySuggestions, schemasAt, valueSuggestions } from "./schema-lookup.js";

/** LSP CompletionItemKind numbers (kept as numbers: the enum lives in a package loaded only at run time). */
const KIND = { property: 10, value: 12, enumMember: 20 } as const;

export interface TextPosition {
  line: number;
  character: number;
}

/** Converts between offsets and LSP positions of one text. */
export interface PositionMap {
  offsetAt(position: TextPosition): number;
  positionAt(offset: number): TextPosition;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function completionsAt(text: string, offset: number, schema: JsonSchema, map: PositionMap, json: boolean): CompletionItem[] {
  const context = cursorContext(text, offset);
  if (!context) return [];
  const range: LspRange = { start: map.positionAt(context.typedStart), end: map.positionAt(offset) };
  if (context.slot === "key") {
    const taken = new Set(context.siblingKeys);
    const colonFollows = /^\s*["']?\s*:/.test(text.slice(offset));
    return keySuggestions(schema, context.container)
      .filter((k) => !taken.has(k.name) || k.name === context.typed)
      .map((k) => {
        const bare = context.quote ? k.name : json || !IDENTIFIER.test(k.name) ? JSON.stringify(k.name) : k.name;
        const item: CompletionItem = { label: k.name, kind: KIND.property, textEdit: { range, newText: colonFollows || context.quote ? bare : `${bare}: ` } };
        if (k.detail) item.detail = k.detail;
        if (k.documentation) item.documentation = { kind: "markdown", value: k.documentation };
        if (k.deprecated) item.tags = [1];
        return item;
      });
  }
  const path = context.valueKey === undefined ? context.container : [...context.container, context.valueKey];
  // An array's other items are not offered again (a profile already in the order, a fallback already listed).
  const written = new Set(context.siblingValues);
  const items: CompletionItem[] = [];
  const fromFile = configSuggestions(text, path, takesModelRef(schemasAt(schema, path)));
  for (const suggestion of fromFile) {
    if (written.has(suggestion.value) || suggestion.value === context.typed) continue;
    const newText = context.quote !== undefined ? suggestion.value : JSON.stringify(suggestion.value);
    // Sorted before the schema's examples: what the file itself declares is what the user most likely means.
    items.push({ label: suggestion.value, kind: KIND.value, detail: suggestion.detail, sortText: `0${suggestion.value}`, textEdit: { range, newText } });
  }
  const offered = new Set(fromFile.map((s) => s.value));
  for (const v of valueSuggestions(schema, path)) {
    const value: unknown = JSON.parse(v.text);
    if (typeof value === "string" && (written.has(value) || offered.has(value))) continue;
    const inQuotes = context.quote !== undefined && typeof value === "string";
    const item: CompletionItem = {
      label: typeof value === "string" ? value : v.text,
      kind: v.kind === "example" ? KIND.value : KIND.enumMember,
      textEdit: { range, newText: inQuotes ? (value as string) : v.text },
    };
    if (v.documentation) item.documentation = { kind: "markdown", value: v.documentation };
    items.push(item);
  }
  return items;
}

/** The end of the key or value word under `offset`, so hover sees the whole word. */
function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[A-Za-z0-9_$\-./@+]/.test(text[end]!)) end++;
  return end;
}

export function hoverAt(text: string, offset: number, schema: JsonSchema, map: PositionMap): Hover | undefined {
  const end = wordEnd(text, offset);
  const context = cursorContext(text, end);
  if (!context || context.typed === "") return undefined;
  const path =
    context.slot === "key"
      ? [...context.container, context.typed]
      : context.valueKey === undefined
        ? context.container
        : [...context.container, context.valueKey];
  const documentation = documentationOf(schemasAt(schema, path));
  if (!documentation) return undefined;
  return { contents: { kind: "markdown", value: documentation }, range: { start: map.positionAt(context.typedStart), end: map.positionAt(end) } };
}
