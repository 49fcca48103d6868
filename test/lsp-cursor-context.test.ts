/**
 * @fileoverview The cursor context the language server completes from, over
 * half-typed JSON5: `|` marks the cursor in each case.
 */
import { describe, expect, it } from "vitest";
import { cursorContext, type CursorContext } from "../src/lsp/cursor-context.js";

const CASES: [string, Partial<CursorContext> | undefined][] = [
  ["{ |", { container: [], slot: "key", typed: "" }],
  ["{ ag|", { container: [], slot: "key", typed: "ag" }],
  ['{ "ag|', { container: [], slot: "key", typed: "ag", quote: '"' }],
  ["{ agents: { defaults: { model: { pr|", { container: ["agents", "defaults", "model"], slot: "key", typed: "pr" }],
  ["{ agents: { defaults: { model: { primary: |", { container: ["agents", "defaults", "model"], slot: "value", valueKey: "primary" }],
  [
    '{ agents: { defaults: { model: { primary: "kimi/|',
    { container: ["agents", "defaults", "model"], slot: "value", valueKey: "primary", typed: "kimi/", quote: '"' },
  ],
  ["{ agents: { defaults: { model: { primary: 'x', |", { container: ["agents", "defaults", "model"], slot: "key", siblingKeys: ["primary"] }],
  ['{ a: { fallbacks: ["x", "|', { container: ["a", "fallbacks"], slot: "value", valueKey: 1, typed: "" }],
  ["{ agents: { list: [{ id: 'main' }, { |", { container: ["agents", "list", 1], slot: "key" }],
  ["{ a: 1, b: { c: 2 }, |", { container: [], slot: "key", siblingKeys: ["a", "b"] }],
  ['{ "a\\"b": { |', { container: ['a"b'], slot: "key" }],
  ["{ a: { // comment { [\n  |", { container: ["a"], slot: "key" }],
  ["{ a: { /* { */ b|", { container: ["a"], slot: "key", typed: "b" }],
  ["{ a: 'x', // in a comment |", undefined],
  ["{ a: /* in a comment |", undefined],
  ["|", undefined],
  ["{ auth: { order: { kimi: [|", { container: ["auth", "order", "kimi"], slot: "value", valueKey: 0 }],
  ["{ model:{primary:|", { container: ["model"], slot: "value", valueKey: "primary" }],
];

describe("cursorContext", () => {
  it.each(CASES)("%s", (marked, want) => {
    const offset = marked.indexOf("|");
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const context = cursorContext(text, offset);
    if (want === undefined) expect(context).toBeUndefined();
    else expect(context).toMatchObject(want);
  });
});
