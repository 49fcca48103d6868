/**
 * @fileoverview failover-pattern.ts against the regular expressions it stands
 * in for: every pattern of every release's failover table, on texts built from
 * the pattern's own words in random order, with line breaks and without (fast-check,
 * seeded): the same answer every time. And the split itself on a table.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patternMatches, splitPattern } from "../src/resolve/failover-pattern.js";
import { FAILOVER_RULES } from "../src/resolve/failover-rules.js";
import { TEST_SEED } from "./helpers/test-scale.js";

/** Every RegExp reachable from the failover tables. */
export function failoverRegExps(): RegExp[] {
  const found = new Set<RegExp>();
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if (value instanceof RegExp) found.add(value);
    else if (value !== null && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      for (const child of Object.values(value)) walk(child);
    }
  };
  walk(FAILOVER_RULES);
  return [...found];
}

/** The words a pattern is made of: `\bmodel\b.*\bnot\s+available\b` gives model, not, available. */
export function wordsOf(pattern: RegExp): string[] {
  const source = pattern.source
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => ` ${String.fromCharCode(Number.parseInt(hex, 16))} `)
    .replace(/\\[bBsSdDwW]/g, " ")
    .replace(/\\(.)/g, " $1 ");
  return [...new Set(source.match(/[\p{L}\p{N}_'-]{2,}|[^\x00-\x7f]/gu) ?? [])];
}

/**
 * Texts one part of a pattern matches, for the table's simple forms (literals, `\b`, `\s+`, `[…]`,
 * `(?:a|b)`, `x?`): every alternative is tried, up to a few; a white space is written as a space
 * or as a line break, so a part that spans lines is tried too.
 */
export function examplesOf(source: string, limit = 6): string[] {
  let i = 0;
  const sequence = (): string[] => {
    let out = [""];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let atom: string[];
      const c = source[i]!;
      if (c === "\\") {
        const e = source[i + 1]!;
        if (e === "u") {
          atom = [String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16))];
          i += 6;
        } else {
          atom = e === "b" ? [""] : e === "s" ? [" ", "\n"] : e === "d" ? ["4"] : [e];
          i += 2;
        }
      } else if (c === "[") {
        const close = source.indexOf("]", i + 1);
        const inside = source.slice(i + 1, close).replace(/\\(.)/g, "$1");
        atom = inside.startsWith("^") ? ["q"] : [...new Set([inside[0]!, inside[inside.length - 1]!])];
        i = close + 1;
      } else if (c === "(") {
        i += source.startsWith("(?:", i) ? 3 : 1;
        atom = [];
        for (;;) {
          atom.push(...sequence());
          if (source[i] === "|") i++;
          else break;
        }
        i++; // ")"
      } else if (c === "^" || c === "$") {
        atom = [""];
        i++;
      } else if (c === ".") {
        atom = ["x"];
        i++;
      } else {
        atom = [c];
        i++;
      }
      const q = source[i];
      if (q === "?" || q === "*") {
        atom = ["", ...atom];
        i++;
      } else if (q === "+") i++;
      if (source[i] === "?") i++;
      out = out.flatMap((head) => atom.map((tail) => head + tail)).slice(0, limit);
    }
    return out;
  };
  const all: string[] = [];
  for (;;) {
    all.push(...sequence());
    if (source[i] === "|") i++;
    else break;
  }
  return all.slice(0, limit * 2);
}

const regexps = failoverRegExps();
const split = regexps.filter((r) => splitPattern(r.source).some((a) => a.parts.length > 1));

describe("splitPattern", () => {
  it.each([
    ["a.*b", [{ parts: ["a", "b"], gapNeedsChar: [false] }]],
    [
      "a.+?b|c",
      [
        { parts: ["a", "b"], gapNeedsChar: [true] },
        { parts: ["c"], gapNeedsChar: [] },
      ],
    ],
    ["(?:a.*b|c)d", [{ parts: ["(?:a.*b|c)d"], gapNeedsChar: [] }]],
    ["[.*|]x\\.*y", [{ parts: ["[.*|]x\\.*y"], gapNeedsChar: [] }]],
    ["^402\\s+.*used up", [{ parts: ["^402\\s+", "used up"], gapNeedsChar: [false] }]],
  ])("%s", (source, expected) => expect(splitPattern(source)).toEqual(expected));

  it("finds the table's patterns with a top-level .*", () => {
    expect(split.length).toBeGreaterThanOrEqual(15);
    expect(split.map((r) => r.source)).toContain("\\bmodel\\b.*\\bnot\\s+available\\b.*\\bcurrent\\s+plan\\b");
  });
});

describe("patternMatches gives the regular expression's answer", () => {
  it.each(split.map((r) => [r.source, r] as const))("%s", (_, regexp) => {
    const examples = splitPattern(regexp.source)
      .flatMap((alt) => alt.parts.flatMap((part) => examplesOf(part)))
      .filter(Boolean);
    const glue = fc.constantFrom(" ", "  ", "\n", "\r\n", "", "-", ". ", " x ", "\u2028", " \n ");
    const word = fc.oneof({ arbitrary: fc.constantFrom(...examples), weight: 4 }, { arbitrary: fc.constantFrom(...wordsOf(regexp), "zz", "402"), weight: 1 });
    const text = fc.array(fc.tuple(word, glue), { maxLength: 10 }).map((pieces) => pieces.map(([w, sep]) => w + sep).join(""));
    // Some of the texts must match, or the comparison says little.
    expect(fc.sample(text, { seed: TEST_SEED, numRuns: 600 }).filter((t) => regexp.test(t)).length, "texts that match").toBeGreaterThan(4);
    fc.assert(
      fc.property(text, (t) => patternMatches(regexp, t) === regexp.test(t)),
      { seed: TEST_SEED, numRuns: 600 },
    );
  });

  it("on the texts that match, too (each pattern's words in order)", () => {
    for (const regexp of split) {
      const words = wordsOf(regexp);
      const inOrder = words.join(" ");
      expect(patternMatches(regexp, inOrder), regexp.source).toBe(regexp.test(inOrder));
    }
    expect(split.some((r) => patternMatches(r, wordsOf(r).join(" ")))).toBe(true);
  });

  it("a string is a substring test", () => {
    expect(patternMatches("rate limit", "a rate limit hit")).toBe(true);
    expect(patternMatches("rate limit", "rate-limit")).toBe(false);
  });
});
