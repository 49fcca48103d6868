/**
 * @fileoverview A linear pre-scan for nesting depth. The JSON5 parsers recurse
 * once per level and overflow the stack near 10,000 levels; this finds such a
 * file first, without recursion, so it gets a diagnostic instead of a crash.
 */

export const MAX_NESTING_DEPTH = 1000;

/** Returns the offset of the bracket that first exceeds `limit`, or -1. */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */ || ch === 0x27 /* ' */) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i += 2;
        else if (c === ch || c === 0x0a || c === 0x0d) break;
        else i++;
      }
    } else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 1;
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return i;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      depth--;
    }
    i++;
  }
  return -1;
}
