/**
 * @fileoverview Sets `auth.profiles[id] = {provider, mode}` in config text with
 * comment-preserving edits (the SourceEditor of edit.ts): an existing entry
 * keeps its other fields, comments and position and only gets the fields that
 * differ rewritten; a new entry goes after the last profile, and the `auth`
 * and `profiles` objects are created when missing, in the file's own
 * indentation, key quoting and string quotes.
 */
import type { JsonPath } from "../diagnostics/types.js";
import { SourceEditor } from "./edit.js";
import { formatString } from "./edit-style.js";

export interface AuthProfileFields {
  provider: string;
  mode: string;
}

export type UpsertResult = { ok: true; text: string; changed: boolean; created: boolean } | { ok: false; reason: string; path: JsonPath };

function describe(path: JsonPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i > 0 ? "." : ""}${p}` : `[${JSON.stringify(p)}]`)).join("");
}

/** The text of `text` with `auth.profiles[id]` holding `fields`; `changed` is false when it already did. */
export function upsertAuthProfile(text: string, file: string, id: string, fields: AuthProfileFields): UpsertResult {
  const editor = new SourceEditor(text, file);
  const literal = (value: string) => formatString(value, editor.style.stringQuote);
  // Every object on the way must be an object: never replace what the user wrote with one.
  const chain: JsonPath[] = [[], ["auth"], ["auth", "profiles"], ["auth", "profiles", id]];
  for (const path of chain) {
    const found = editor.node(path);
    if (found && found.value.type !== "Object") return { ok: false, reason: `${path.length === 0 ? "the top level" : describe(path)} is not an object`, path };
  }
  const entryPath: JsonPath = ["auth", "profiles", id];
  if (!editor.has(entryPath)) {
    const value = `{ ${editor.keyText("provider")}: ${literal(fields.provider)}, ${editor.keyText("mode")}: ${literal(fields.mode)} }`;
    editor.insertMember(["auth", "profiles"], id, value);
    return { ok: true, text: editor.text, changed: true, created: true };
  }
  let changed = false;
  for (const field of ["provider", "mode"] as const) {
    const path = [...entryPath, field];
    const found = editor.node(path);
    if (!found) {
      editor.insertMember(entryPath, field, literal(fields[field]));
      changed = true;
    } else if (found.value.type !== "String" || found.value.value !== fields[field]) {
      editor.replaceValue(path, literal(fields[field]));
      changed = true;
    }
  }
  return { ok: true, text: editor.text, changed, created: false };
}
