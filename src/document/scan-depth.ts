/**
 * @fileoverview A linear pre-scan of JSON5 text, without recursion: how deep
 * it nests, and how many members (`key: value`) it writes. The JSON5 parsers
 * recurse once per level and overflow the stack near 10,000 levels; this finds
 * such a file first, so it gets a diagnostic instead of a crash. The member
 * count lets the document stage rule out duplicate keys without building a
 * syntax tree: a parsed object keeps one key per name, so when the values hold
 * as many keys as the text wrote members, no key was written twice.
 */
import { APOSTROPHE, BACKSLASH, COLON, CR, LF, LINE_SEPARATOR, PARAGRAPH_SEPARATOR, QUOTE, SLASH, STAR } from "./char-codes.js";

export const MAX_NESTING_DEPTH = 1000;

export interface StructureScan {
  /** The offset of the bracket that first exceeds the depth limit, or -1. */
  tooDeepAt: number;
  /**
   * How many colons stand outside strings and comments: in valid JSON5, one per
   * member. Counted only up to `tooDeepAt` when the text nests too deep.
   */
  memberCount: number;
}

/** One pass over the text; strings, comments and line continuations are skipped as JSON5 reads them. */
export function scanStructure(text: string, limit = MAX_NESTING_DEPTH): StructureScan {
  let depth = 0;
  let members = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE || ch === APOSTROPHE) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i += 2;
        else if (c === ch || c === LF || c === CR) break;
        else i++;
      }
    } else if (ch === COLON) {
      members++;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === SLASH) {
      // To the line's end, compared inline: a function called per character is soon handed to V8's optimising compiler,
      // and a short run then waits for that compile at exit.
      for (let c = text.charCodeAt(i); i < n && c !== LF && c !== CR && c !== LINE_SEPARATOR && c !== PARAGRAPH_SEPARATOR; c = text.charCodeAt(++i));
    } else if (ch === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 1;
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return { tooDeepAt: i, memberCount: members };
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      depth--;
    }
    i++;
  }
  return { tooDeepAt: -1, memberCount: members };
}

/**
 * The same scan for text `JSON.parse` accepted: strings there hold no raw line
 * breaks and every escape is well formed, so a string is skipped with one
 * `indexOf` to its closing quote instead of a character loop (most of a
 * config's text is strings).
 */
export function scanJsonStructure(text: string, limit = MAX_NESTING_DEPTH): StructureScan {
  let depth = 0;
  let members = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      let close = text.indexOf('"', i + 1);
      // A quote preceded by an odd run of backslashes is escaped: keep looking.
      while (close > 0) {
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (ch === COLON) members++;
    else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return { tooDeepAt: i, memberCount: members };
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) depth--;
    i++;
  }
  return { tooDeepAt: -1, memberCount: members };
}

/** How many keys the objects in a parsed value hold, all the way down. */
export function countKeys(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const element of value) count += countKeys(element);
    return count;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    count += 1 + countKeys((value as Record<string, unknown>)[key]);
  }
  return count;
}
