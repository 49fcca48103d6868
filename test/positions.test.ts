/**
 * @fileoverview The position index (src/document/positions.ts) finds every
 * path where momoa's syntax tree puts it: for each member and element of each
 * text, the key's range and the value's range (and kind) must equal the tree's,
 * on every fixture input and on generated JSON5 text covering the grammar's
 * corners (comments, every whitespace, escapes in keys, signs, repeated keys).
 */
import JSON5 from "json5";
import { parse as parseAst, type MemberNode, type Node } from "@humanwhocodes/momoa";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rangeOf } from "../src/document/locate.js";
import { parseDocument } from "../src/document/parse.js";
import { PositionIndex } from "../src/document/positions.js";
import { assertProperty } from "./helpers/fuzz.js";
import { fixtureTexts } from "./helpers/fixture-texts.js";
import { json5Text } from "./helpers/json5-text.js";

type Path = (string | number)[];
interface Expected {
  path: Path;
  key?: [number, number];
  value: [number, number];
  kind: string;
}

const span = (node: Node): [number, number] => [node.loc.start.offset, node.loc.end.offset];
const nameOf = (member: MemberNode): string => (member.name.type === "Identifier" ? member.name.name : member.name.value);

/** Every path of a momoa tree with its spans; of a repeated key, the last member (json5 keeps the last). */
function treePaths(body: Node): Expected[] {
  const found: Expected[] = [{ path: [], value: span(body), kind: body.type }];
  const stack: { node: Node; path: Path }[] = [{ node: body, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.type === "Object") {
      const last = new Map<string, MemberNode>();
      for (const member of (node as unknown as { members: MemberNode[] }).members) last.set(nameOf(member), member);
      for (const [name, member] of last) {
        found.push({ path: [...path, name], key: span(member.name), value: span(member.value), kind: member.value.type });
        stack.push({ node: member.value, path: [...path, name] });
      }
    } else if (node.type === "Array") {
      (node as unknown as { elements: { value: Node }[] }).elements.forEach((element, index) => {
        found.push({ path: [...path, index], value: span(element.value), kind: element.value.type });
        stack.push({ node: element.value, path: [...path, index] });
      });
    }
  }
  return found;
}

/** Compares the index with momoa on `text`; returns how many paths were compared (0 when json5 or momoa refuses it: the index serves only text json5 read). */
function expectSamePositions(text: string): number {
  let body: Node;
  try {
    JSON5.parse(text);
    body = parseAst(text, { mode: "json5", ranges: true }).body;
  } catch {
    return 0;
  }
  const index = new PositionIndex(text);
  const expected = treePaths(body);
  for (const want of expected) {
    const got = index.locate(want.path);
    const label = `${JSON.stringify(want.path)} in ${JSON.stringify(text.slice(0, 300))}`;
    expect(got?.depth, label).toBe(want.path.length);
    expect([got!.value.start, got!.value.end], label).toEqual(want.value);
    expect(got!.value.kind, label).toBe(want.kind);
    expect(got!.member ? [got!.member.key.start, got!.member.key.end] : undefined, label).toEqual(want.key);
    if (want.kind === "String") expect(index.stringValue(got!.value), label).toBe(JSON5.parse(text.slice(...want.value)));
  }
  return expected.length;
}

describe("positions without a syntax tree", () => {
  // json5 warns on the console about a raw U+2028 in a string (it still reads it); keep the log readable.
  beforeAll(() => void vi.spyOn(console, "warn").mockImplementation(() => undefined));
  afterAll(() => vi.restoreAllMocks());

  it("every path of every fixture input is where momoa puts it", () => {
    let compared = 0;
    for (const { text } of fixtureTexts()) {
      compared += expectSamePositions(text);
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("every path of generated JSON5 text is where momoa puts it", () => {
    let compared = 0;
    assertProperty("positions: generated JSON5", 2000, [json5Text], (text) => {
      compared += expectSamePositions(text);
    });
    expect(compared).toBeGreaterThan(2000);
  });

  it("a path that leads nowhere stops at the deepest part the text has, as before", () => {
    const doc = parseDocument("{\n  a: { b: [1, { c: 2 }] },\n}\n", "p.json5");
    expect(rangeOf(doc, ["a", "b", 1, "missing"], "key")).toEqual(rangeOf(doc, ["a", "b", 1], "value"));
    expect(rangeOf(doc, ["a", "x"], "value")).toEqual(rangeOf(doc, ["a"], "key"));
    expect(rangeOf(doc, ["a", "b", 1, "c"], "key").start).toEqual({ line: 2, column: 17, offset: 18 });
    expect(rangeOf(parseDocument("{ a: ", "bad.json5"), ["a"])).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
  });
});
