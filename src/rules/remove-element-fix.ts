/**
 * @fileoverview A fix that deletes one element of an array, with the comma
 * that separates it from its neighbour: `["a", "b"]` → `["a"]`. Offered only
 * where the text between the element and that comma is plain white space; with
 * a comment in the way there is no fix rather than one that eats the comment.
 */
import type { Fix, JsonPath, SourceRange } from "../diagnostics/types.js";
import { LineIndex } from "../diagnostics/line-index.js";
import type { ConfigSource } from "../document/source.js";

export function removeElementFix(source: ConfigSource, path: JsonPath, description: string): Fix | undefined {
  const { file, range } = source.locate(path, "value");
  const doc = source.documents.find((d) => d.file === file);
  if (!doc) return undefined;
  const text = doc.text;
  let start = range.start.offset;
  let end = range.end.offset;
  let after = end;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  if (text[after] === ",") {
    // Not the last element: take its comma and the space up to the next element.
    end = after + 1;
    while (end < text.length && /[ \t]/.test(text[end]!)) end++;
  } else if (text[after] === "]") {
    let before = start - 1;
    while (before >= 0 && /\s/.test(text[before]!)) before--;
    if (text[before] !== ",") {
      // The only element: leave the brackets.
      if (text[before] !== "[") return undefined;
    } else start = before;
  } else return undefined;
  const lines = new LineIndex(text);
  const edit: SourceRange = { start: lines.positionAt(start), end: lines.positionAt(end) };
  return { description, edits: [{ range: edit, newText: "" }] };
}
