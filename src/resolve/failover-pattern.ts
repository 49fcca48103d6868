/**
 * @fileoverview Tests a failover pattern on an error text in time linear in
 * the text. OpenClaw writes some of its wordings as `a.*b.*c`; a regular
 * expression engine that backtracks runs each `.*` to the end of the line and
 * back for every place the part before it matches, so `explain --error` of
 * 64 KB took 6 s (quadratic; cubic with two `.*`). Here a top-level `.*` (or
 * `.+`, lazy or not) splits the pattern into parts, and the parts are found
 * in order with the answer the whole expression gives: `.` stops at a line
 * break, so the next part must start on the line where the one before it ended.
 *
 * A pattern without a top-level `.*` is tested as it is: the table's other
 * patterns are literals, classes and bounded alternations (regex-backtracks.test.ts
 * feeds each of them adversarial text and counts V8's backtracks).
 */
import type { Pattern } from "./failover-rules.js";

/** One alternative of a split pattern: its parts, and before each part after the first whether the gap needs a character (`.+`). */
interface Alternative {
  parts: RegExp[];
  /** gapNeedsChar[i] is about the gap before parts[i + 1]. */
  gapNeedsChar: boolean[];
}

type Compiled = { whole: RegExp } | { alternatives: Alternative[] };

const compiled = new WeakMap<RegExp, Compiled>();

/** Whether `pattern` matches `lower` (the lowercased text): a substring test, or the expression's. */
export function patternMatches(pattern: Pattern, lower: string): boolean {
  if (typeof pattern === "string") return lower.includes(pattern);
  let plan = compiled.get(pattern);
  if (!plan) {
    plan = compile(pattern);
    compiled.set(pattern, plan);
  }
  if ("whole" in plan) return plan.whole.test(lower);
  const breaks = lineBreaks(lower);
  return plan.alternatives.some((alternative) => partsInOrder(alternative, lower, breaks));
}

/** Splits a pattern's source at its top-level `|` and, inside each alternative, at its top-level `.*`, `.*?`, `.+`, `.+?`. */
export function splitPattern(source: string): { parts: string[]; gapNeedsChar: boolean[] }[] {
  const alternatives: { parts: string[]; gapNeedsChar: boolean[] }[] = [];
  let parts: string[] = [];
  let gapNeedsChar: boolean[] = [];
  let part = "";
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      part += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      part += c;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && c === "|") {
      parts.push(part);
      alternatives.push({ parts, gapNeedsChar });
      parts = [];
      gapNeedsChar = [];
      part = "";
      continue;
    } else if (depth === 0 && c === "." && (source[i + 1] === "*" || source[i + 1] === "+")) {
      parts.push(part);
      gapNeedsChar.push(source[i + 1] === "+");
      part = "";
      i += source[i + 2] === "?" ? 2 : 1;
      continue;
    }
    part += c;
  }
  parts.push(part);
  alternatives.push({ parts, gapNeedsChar });
  return alternatives;
}

function compile(pattern: RegExp): Compiled {
  const split = splitPattern(pattern.source);
  // No gap anywhere, or a flag that changes what `.` means: the expression as it is.
  if (split.every((a) => a.parts.length === 1) || pattern.flags.includes("s") || pattern.flags.includes("m")) return { whole: pattern };
  const flags = `${pattern.flags.replace(/[gy]/g, "")}g`;
  return {
    alternatives: split.map((a) => ({
      // An empty part (a pattern that starts or ends with `.*`) matches anywhere: the empty expression does.
      parts: a.parts.map((source) => new RegExp(source === "" ? "(?:)" : source, flags)),
      gapNeedsChar: a.gapNeedsChar,
    })),
  };
}

/** The characters `.` does not match. */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * Whether the parts match in order, each gap within one line: the expression's own answer.
 * Part by part, every place the part matches is visited once, left to right, and kept when the
 * part before it ended earlier on the line where it starts; for each line, the earliest end of
 * a kept match is all the next part needs to know (any later start on that line can follow it).
 * A part may itself cross a line break (`\s+`), so a match is filed under the line it ends on.
 *
 * Linear (times the log of the line count): each part is searched for once per place it
 * matches, moving forward, and what is kept per line is one number.
 */
function partsInOrder(alternative: Alternative, text: string, breaks: readonly number[]): boolean {
  const { parts, gapNeedsChar } = alternative;
  /** Per line: the earliest end of a kept match of the part before (undefined before the first part). */
  let active: Map<number, number> | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    const gap = i > 0 && gapNeedsChar[i - 1] ? 1 : 0;
    const kept = new Map<number, number>();
    let from = 0;
    if (active) {
      if (active.size === 0) return false;
      from = Math.min(...active.values()) + gap;
    }
    part.lastIndex = from;
    for (let match = part.exec(text); match; match = part.exec(text)) {
      const line = lineOf(breaks, match.index);
      const after = active?.get(line);
      if (!active || (after !== undefined && after + gap <= match.index)) {
        if (last) return true;
        const end = match.index + match[0].length;
        const endLine = lineOf(breaks, end);
        const earliest = kept.get(endLine);
        if (earliest === undefined || end < earliest) kept.set(endLine, end);
      }
      // Every place the part matches, overlapping ones too: the next search starts one on.
      part.lastIndex = match.index + 1;
    }
    active = kept;
  }
  return false;
}

/** The offsets of the text's line breaks, in order (`.` matches anything else). */
function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (isLineBreak(text.charCodeAt(i))) breaks.push(i);
  return breaks;
}

/** The line of an offset: how many line breaks come before it. */
function lineOf(breaks: readonly number[], offset: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
