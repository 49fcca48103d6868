/**
 * @fileoverview From a JSON path to the source range that shows it: the key of
 * a member, or its value. A path that leads nowhere (a missing key) falls back
 * to the nearest ancestor that exists. Look-ups read the text (positions.ts);
 * the momoa helpers here serve the editor (edit.ts), which has a tree.
 */
import type { MemberNode, ObjectNode } from "@humanwhocodes/momoa";
import type { JsonPath, SourceRange } from "../diagnostics/types.js";
import type { ConfigDocument } from "./parse.js";
import { PositionIndex, type ValueKind } from "./positions.js";

export type RangePart = "key" | "value";

export function memberName(member: MemberNode): string {
  return member.name.type === "Identifier" ? member.name.name : member.name.value;
}

/** The member holding `key` in an object node; the last one wins, as in json5. */
export function findMember(node: ObjectNode, key: string): MemberNode | undefined {
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member = node.members[i]!;
    if (memberName(member) === key) return member;
  }
  return undefined;
}

/** A node located in the text: what momoa's node would say of it (its kind, its range, a string's value). */
export interface LocatedNode {
  type: ValueKind;
  loc: SourceRange;
  /** For a string, its value. */
  value?: string;
}

export interface Located {
  /** The deepest node reached, and the member that holds it (if reached through a key). */
  value: LocatedNode;
  member: { name: { loc: SourceRange } } | undefined;
  /** How many path segments were followed; less than the path length when the path leads nowhere. */
  depth: number;
}

/** Each document's position index, made on the first look-up (and again if the document's text was replaced). */
const INDEXES = new WeakMap<ConfigDocument, PositionIndex>();

function positionIndex(doc: ConfigDocument): PositionIndex {
  let index = INDEXES.get(doc);
  if (!index || index.text !== doc.text) {
    index = new PositionIndex(doc.text);
    INDEXES.set(doc, index);
  }
  return index;
}

/**
 * Follows `path` in the text of `doc` as far as it goes. Only a document
 * json5 read has positions (a file that failed to parse has none). No syntax
 * tree is built: see positions.ts.
 */
export function locateNode(doc: ConfigDocument, path: JsonPath): Located | undefined {
  if (doc.value === undefined) return undefined;
  const index = positionIndex(doc);
  const found = index.locate(path);
  if (!found) return undefined;
  const span = found.value;
  const value: LocatedNode = { type: span.kind, loc: doc.lines.rangeAt(span.start, span.end) };
  if (span.kind === "String") value.value = index.stringValue(span);
  const member = found.member ? { name: { loc: doc.lines.rangeAt(found.member.key.start, found.member.key.end) } } : undefined;
  return { value, member, depth: found.depth };
}

/**
 * The range for `path`: its key (the default for keys that should not be
 * there) or its value (for a value of the wrong type).
 */
export function rangeOf(doc: ConfigDocument, path: JsonPath, part: RangePart = "value"): SourceRange {
  const located = locateNode(doc, path);
  if (!located) return doc.lines.rangeAt(0, 0);
  const reachedEnd = located.depth === path.length;
  const node = located.member && (part === "key" || !reachedEnd) ? located.member.name : located.value;
  return { start: { ...node.loc.start }, end: { ...node.loc.end } };
}
