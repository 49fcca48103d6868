/**
 * @fileoverview Differential parsing against the `json5` package (OpenClaw's
 * parser): on generated JSON5 text (every corner of the grammar), on values
 * json5 itself writes out, and on those texts damaged, agentcfg's
 * parseDocument must agree — what json5 accepts parses to the same value
 * (compared key by key, own `__proto__` keys included, numbers with Object.is
 * so NaN and -0 count), and what json5 rejects is a parse error at the line
 * and column json5 names, mapped to agentcfg's line counting (json5 counts
 * lines at LF only; agentcfg, like editors, also at CR and CRLF). The one
 * deliberate difference: text with nothing but whitespace and comments is
 * `parse/empty-file` at 1:1, where json5 names the end of the input.
 */
import fc from "fast-check";
import JSON5 from "json5";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LineIndex } from "../src/diagnostics/line-index.js";
import { parseDocument } from "../src/document/parse.js";
import { expectWellFormed } from "./helpers/diagnostic-invariants.js";
import { assertProperty } from "./helpers/fuzz.js";
import { json5Text } from "./helpers/json5-text.js";
import { mutatedText } from "./helpers/mutate.js";
import { messageOf } from "./helpers/words.js";

/** Structural equality with Object.is on leaves and own-key comparison (so "__proto__" keys count). */
function sameValue(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join("\u0000") !== keysB.join("\u0000")) return `${path}: keys ${JSON.stringify(keysA)} vs ${JSON.stringify(keysB)}`;
  for (const k of keysA) {
    const differs = sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (differs) return differs;
  }
  return undefined;
}

type Json5Verdict = { ok: true; value: unknown } | { ok: false; line: number; column: number };

function json5Verdict(text: string): Json5Verdict {
  try {
    return { ok: true, value: JSON5.parse(text) };
  } catch (error) {
    const e = error as { lineNumber: number; columnNumber: number };
    expect(typeof e.lineNumber, `json5 threw without a position: ${String(error)}`).toBe("number");
    return { ok: false, line: e.lineNumber, column: e.columnNumber };
  }
}

/** json5's line (LF only) and column (UTF-16 units) → an offset → agentcfg's line and column. */
function mapPosition(text: string, line: number, column: number): { line: number; column: number } {
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  const offset = Math.min(text.length, lineStart + column - 1);
  const position = new LineIndex(text).positionAt(offset);
  return { line: position.line, column: position.column };
}

function expectAgreement(text: string): "accepted" | "rejected" {
  const verdict = json5Verdict(text);
  const doc = parseDocument(text, "diff.json5");
  expectWellFormed(doc.diagnostics, new Map([["diff.json5", text]]));
  if (verdict.ok) {
    expect(doc.diagnostics.filter((d) => d.code.startsWith("parse/") && d.code !== "parse/root-not-object" && d.code !== "parse/duplicate-key")).toEqual([]);
    expect(sameValue(doc.value, verdict.value), `value differs for ${JSON.stringify(text)}`).toBeUndefined();
    return "accepted";
  }
  expect(doc.value).toBeUndefined();
  const error = doc.diagnostics.find((d) => d.severity === "error");
  expect(error, `json5 rejects ${JSON.stringify(text)} but agentcfg does not`).toBeDefined();
  if (error!.code === "parse/empty-file") {
    expect(error!.range.start).toMatchObject({ line: 1, column: 1 });
    return "rejected";
  }
  expect(error!.code).toBe("parse/syntax-error");
  const expected = mapPosition(text, verdict.line, verdict.column);
  expect({ line: error!.range.start.line, column: error!.range.start.column }, `position for ${JSON.stringify(text)}`).toEqual(expected);
  return "rejected";
}

describe("agentcfg parses exactly as json5 does", () => {
  // json5 warns on the console about a raw U+2028 in a string (it still reads it); keep the log readable.
  beforeAll(() => void vi.spyOn(console, "warn").mockImplementation(() => undefined));
  afterAll(() => vi.restoreAllMocks());

  it("a line break json5 refuses is reported at the line break itself (regression: was the next line's first character)", () => {
    const text = '{ a: "x\ny" }';
    const doc = parseDocument(text, "nl.json5");
    const [error] = doc.diagnostics;
    expect(error?.code).toBe("parse/syntax-error");
    expect(error?.range.start).toEqual({ line: 1, column: 8, offset: 7 });
    expect(messageOf(error)).toContain('"\\n"');
    expectAgreement(text);
  });

  it("on generated JSON5 text and values json5 writes", () => {
    const tally = { accepted: 0, rejected: 0 };
    const written = fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 2, "\t"), fc.constantFrom("'", '"'))
      .map(([value, space, quote]) => JSON5.stringify(value, { space, quote }));
    const special = fc.constantFrom("NaN", "-0", "[-0, NaN, Infinity]", "{ __proto__: { polluted: 1 } }", '{"__proto__": 1, a: 2}', "{a: 1, a: 2}");
    assertProperty("differential json5: valid text", 3000, [fc.oneof(json5Text, written, special)], (text) => {
      tally[expectAgreement(text)]++;
    });
    console.log(`differential json5 (valid text): ${JSON.stringify(tally)}`);
    expect(tally.accepted).toBeGreaterThan(tally.rejected * 10);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("on damaged JSON5 text: the same verdict, errors at json5's position", () => {
    const tally = { accepted: 0, rejected: 0 };
    assertProperty("differential json5: damaged text", 3000, [json5Text.chain(mutatedText)], (text) => {
      tally[expectAgreement(text)]++;
    });
    console.log(`differential json5 (damaged text): ${JSON.stringify(tally)}`);
    expect(tally.rejected).toBeGreaterThan(500);
  });
});
