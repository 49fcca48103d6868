/**
 * @fileoverview What most migrations do: read a value at a path, compare two
 * values, move a member to its new home (or stop on a conflict), drop a block
 * that a migration has emptied.
 */
import { formatPath } from "../diagnostics/path.js";
import type { JsonPath } from "../diagnostics/types.js";
import type { SourceEditor } from "../document/edit.js";
import { formatString } from "../document/edit-style.js";
import type { Change, StepResult } from "./types.js";
import { isJsonObject } from "../json-object.js";

export function getAt(root: unknown, path: JsonPath): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export function hasAt(root: unknown, path: JsonPath): boolean {
  if (path.length === 0) return true;
  const parent = getAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === "object" && Object.hasOwn(parent, path[path.length - 1]!);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

export const path = formatPath;

/** A conflict result: `oldPath` and `newPath` (in `newEditor`, by default the same file) both set, to different values. */
export function conflict(editor: SourceEditor, oldPath: JsonPath, newPath: JsonPath, newEditor: SourceEditor = editor): StepResult {
  const range = editor.rangeOf(oldPath);
  const newRange = newEditor.rangeOf(newPath);
  return {
    kind: "conflict",
    conflict: {
      path: oldPath,
      range,
      newRange,
      data: {
        oldKey: formatPath(oldPath),
        oldLine: range.start.line,
        newKey: formatPath(newPath),
        newLine: newRange.start.line,
        file: editor.file,
        newFile: newEditor.file,
      },
      newFile: newEditor.file,
      newPath,
    },
  };
}

/**
 * Moves `from` to `[...toParent, newKey]`. When the new home already holds the
 * same value, the old member goes and its comments join the new one; when it
 * holds a different value, nothing changes and the result is a conflict.
 */
export function moveTo(editor: SourceEditor, from: JsonPath, toParent: JsonPath, newKey: string): StepResult {
  const to = [...toParent, newKey];
  const blocked = blockingNonObject(editor, toParent);
  if (blocked) return conflict(editor, from, blocked);
  if (hasAt(editor.value, to)) {
    if (!deepEqual(getAt(editor.value, from), getAt(editor.value, to))) return conflict(editor, from, to);
    const taken = editor.take(from);
    editor.insertCommentsBefore(to, [...taken.leading, ...taken.trailing]);
    editor.removeMember(from);
    return { kind: "changed", change: { kind: "removed", what: formatPath(from), notes: [`${formatPath(to)} already has the same value`] } };
  }
  editor.moveMember(from, toParent, newKey);
  return { kind: "changed", change: { kind: "moved", from: formatPath(from), to: formatPath(to) } };
}

/** The first path on the way to `parent` that exists but is not an object (so nothing can be put inside it). */
export function blockingNonObject(editor: SourceEditor, parent: JsonPath): JsonPath | undefined {
  for (let depth = 1; depth <= parent.length; depth++) {
    const prefix = parent.slice(0, depth);
    const value = getAt(editor.value, prefix);
    const indexed = Array.isArray(value) && typeof parent[depth] === "number";
    if (hasAt(editor.value, prefix) && !isJsonObject(value) && !indexed) return prefix;
  }
  return undefined;
}

/**
 * Removes an object a migration has emptied. Its comments (above it, beside
 * its braces, left inside) go above `commentsTo`, its new home, when that
 * exists; otherwise they stay where they were.
 */
export function dropEmpty(editor: SourceEditor, at: JsonPath, commentsTo?: JsonPath): StepResult | undefined {
  const value = getAt(editor.value, at);
  if (!isJsonObject(value) || Object.keys(value).length > 0) return undefined;
  if (commentsTo && editor.has(commentsTo)) {
    editor.insertCommentsBefore(commentsTo, editor.commentsIn(at));
    editor.removeMember(at);
  } else editor.removeMember(at, true);
  return { kind: "changed", change: { kind: "removed", what: formatPath(at), state: "emptied" } };
}

/** The change with one more note: a migration saying what a helper's step meant for it. */
export function withNote(change: Change, note: string): Change {
  return { ...change, notes: [...(change.notes ?? []), note] };
}

/** A result for keys a migration cannot carry over by itself. */
export function stuck(editor: SourceEditor, at: JsonPath, newHome: string, reason: string): StepResult {
  return { kind: "stuck", manual: [{ file: editor.file, path: at, range: editor.rangeOf(at), data: { key: formatPath(at), newHome, reason } }] };
}

/** A new object written in the file's style, lines relative to column 0: `{ a: 1, b: 2 }` over several lines. */
export function objectText(editor: SourceEditor, entries: readonly (readonly [string, string])[]): string {
  const { indentUnit: unit, eol, trailingCommas } = editor.style;
  if (entries.length === 0) return "{}";
  const lines = entries.map(
    ([key, value], i) => `${unit}${editor.keyText(key)}: ${value.split(/\r?\n/).join(eol + unit)}${i < entries.length - 1 || trailingCommas ? "," : ""}`,
  );
  return `{${eol}${lines.join(eol)}${eol}}`;
}

/** A new array of fresh items, lines relative to column 0. */
export function arrayText(editor: SourceEditor, items: readonly string[]): string {
  const { indentUnit: unit, eol, trailingCommas } = editor.style;
  const lines = items.map((item, i) => `${unit}${item.split(/\r?\n/).join(eol + unit)}${i < items.length - 1 || trailingCommas ? "," : ""}`);
  return `[${eol}${lines.join(eol)}${eol}]`;
}

/** A string literal in the file's quote style. */
export function stringText(editor: SourceEditor, value: string): string {
  return formatString(value, editor.style.stringQuote);
}

/**
 * Takes out a member the target release refuses and has no home for, leaving
 * it as a comment where it stood (with `header` saying why), and the object
 * around it too when that is left empty. Nothing the user wrote is lost.
 */
export function retireAsComment(editor: SourceEditor, at: JsonPath, header: string, reason: string): StepResult {
  editor.commentOutMember(at, header);
  const parent = at.slice(0, -1);
  const emptied = parent.length > 0 ? dropEmpty(editor, parent) : undefined;
  return { kind: "changed", change: { kind: "removed", what: formatPath(at), reason, ...(emptied ? { alsoRemoved: formatPath(parent) } : {}) } };
}
