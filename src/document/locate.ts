/**
 * @fileoverview From a JSON path to the source range that shows it: the key of
 * a member, or its value. A path that leads nowhere (a missing key) falls back
 * to the nearest ancestor that exists.
 */
import type { ArrayNode, MemberNode, Node, ObjectNode, ValueNode } from "@humanwhocodes/momoa";
import type { JsonPath, SourceRange } from "../diagnostics/types.js";
import type { ConfigDocument } from "./parse.js";

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

export interface Located {
  /** The deepest node reached, and the member that holds it (if reached through a key). */
  value: ValueNode;
  member: MemberNode | undefined;
  /** How many path segments were followed; less than the path length when the path leads nowhere. */
  depth: number;
}

export function locateNode(doc: ConfigDocument, path: JsonPath): Located | undefined {
  if (!doc.ast) return undefined;
  let value: ValueNode = doc.ast.body;
  let member: MemberNode | undefined;
  let depth = 0;
  for (const segment of path) {
    if (value.type === "Object" && typeof segment === "string") {
      const next = findMember(value, segment);
      if (!next) break;
      member = next;
      value = next.value;
    } else if (value.type === "Array" && typeof segment === "number") {
      const element = (value as ArrayNode).elements[segment];
      if (!element) break;
      member = undefined;
      value = element.value;
    } else if (value.type === "Object" && typeof segment === "number") {
      const next = findMember(value, String(segment));
      if (!next) break;
      member = next;
      value = next.value;
    } else {
      break;
    }
    depth++;
  }
  return { value, member, depth };
}

/**
 * The range for `path`: its key (the default for keys that should not be
 * there) or its value (for a value of the wrong type).
 */
export function rangeOf(doc: ConfigDocument, path: JsonPath, part: RangePart = "value"): SourceRange {
  const located = locateNode(doc, path);
  if (!located) return doc.lines.rangeAt(0, 0);
  const reachedEnd = located.depth === path.length;
  const node: Node =
    located.member && (part === "key" || !reachedEnd) ? located.member.name : located.value;
  return { start: { ...node.loc.start }, end: { ...node.loc.end } };
}
