/**
 * @fileoverview Duplicate keys in one object: JSON5 keeps the last silently,
 * so the user's first value is lost without a word. Reported at the later key,
 * with the first as a related location.
 */
import type { DocumentNode, MemberNode, Node } from "@humanwhocodes/momoa";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { memberName } from "./locate.js";

export function findDuplicateKeys(ast: DocumentNode, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  // An explicit stack: the depth is bounded by the parser, but stay iterative anyway.
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: ast.body, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.type === "Object") {
      const seen = new Map<string, MemberNode>();
      for (const member of (node as unknown as { members: MemberNode[] }).members) {
        const name = memberName(member);
        const first = seen.get(name);
        if (first) {
          found.push(
            createDiagnostic(
              "parse/duplicate-key",
              { key: name },
              { file, path: [...path, name], range: { start: member.name.loc.start, end: member.name.loc.end } },
              { related: [{ file, range: { start: first.name.loc.start, end: first.name.loc.end }, message: "first defined here" }] },
            ),
          );
        }
        seen.set(name, member);
        stack.push({ node: member.value, path: [...path, name] });
      }
    } else if (node.type === "Array") {
      (node as unknown as { elements: { value: Node }[] }).elements.forEach((element, index) => stack.push({ node: element.value, path: [...path, index] }));
    }
  }
  return found.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
