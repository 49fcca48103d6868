/**
 * @fileoverview Where the cursor is in a JSON5 text that is being typed, and so
 * is usually not valid: the path of the value around it, whether a key or a
 * value goes there, and the word typed so far. A forgiving scan of the text
 * before the cursor (strings, comments, brackets), not a parse: completion
 * has to work in `{ agents: { defaults: { mo` as well as in a whole file. The
 * text after the cursor is read only for what the same object or array already
 * holds there, so a key written further down is not offered again.
 */
import type { JsonPath } from "../diagnostics/types.js";

export interface CursorContext {
  /** The path of the object or array that holds the cursor. */
  container: JsonPath;
  /** `key`: a property name goes here; `value`: a value (of `valueKey` in an object, of the next index in an array). */
  slot: "key" | "value";
  /** For a value slot in an object: the key it belongs to. In an array: the index. */
  valueKey?: string | number;
  /** The keys written in the same object, before the cursor and after it (to leave out of suggestions). */
  siblingKeys: string[];
  /** In an array: the strings written as its other items, before and after the cursor (to leave out too). */
  siblingValues: string[];
  /** What has been typed of the word at the cursor, without its opening quote. */
  typed: string;
  /** The offset where the typed word starts (after an opening quote, if any). */
  typedStart: number;
  /** The quote the word was opened with, if any. */
  quote?: '"' | "'";
}

interface Frame {
  kind: "object" | "array";
  slot: "key" | "value";
  key?: string;
  index: number;
  keys: string[];
  /** An array's string items so far. */
  values: string[];
  /** The path segment under which this container sits in its parent. */
  segment?: string | number;
}

/** Characters of an unquoted key, number or literal (a colon always ends a key). */
const WORD = /[A-Za-z0-9_$\-./@+]/;

/** The cursor context at `offset`, or undefined outside any object or array (or inside a comment). */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const stack: Frame[] = [];
  let i = 0;
  let token: { text: string; start: number; quote?: '"' | "'"; open: boolean } | undefined;
  const end = Math.min(offset, text.length);
  while (i < end) {
    const ch = text[i]!;
    if (ch === "/" && text[i + 1] === "/") {
      const nl = text.indexOf("\n", i);
      if (nl < 0 || nl >= end) return undefined; // the cursor is in a line comment
      i = nl + 1;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      if (close < 0 || close + 2 > end) return undefined; // in a block comment
      i = close + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const start = i + 1;
      let j = start;
      let value = "";
      while (j < end && text[j] !== ch && text[j] !== "\n") {
        if (text[j] === "\\" && j + 1 < end) {
          value += text[j + 1];
          j += 2;
        } else value += text[j++];
      }
      const open = j >= end || text[j] !== ch;
      token = { text: value, start, quote: ch, open };
      if (open) break;
      i = j + 1;
      takeToken(stack, token);
      token = undefined;
      continue;
    }
    if (WORD.test(ch)) {
      const start = i;
      while (i < end && WORD.test(text[i]!)) i++;
      token = { text: text.slice(start, i), start, open: i >= end };
      if (token.open) break;
      takeToken(stack, token);
      token = undefined;
      continue;
    }
    punctuation(stack, ch);
    i++;
  }
  const top = stack.at(-1);
  if (!top) return undefined;
  const typed = token?.open ? token : undefined;
  const context: CursorContext = {
    container: stack.map((f) => f.segment).filter((s): s is string | number => s !== undefined),
    slot: top.kind === "object" ? top.slot : "value",
    siblingKeys: top.kind === "object" ? [...top.keys] : [],
    siblingValues: top.kind === "array" ? [...top.values] : [],
    typed: typed ? typed.text : "",
    typedStart: typed ? typed.start : end,
  };
  if (typed?.quote) context.quote = typed.quote;
  if (context.slot === "value") context.valueKey = top.kind === "object" ? top.key : top.index;
  const later = laterSiblings(text, typed ? wordEndAfter(text, end, typed.quote) : end);
  if (top.kind === "object") context.siblingKeys.push(...later.keys);
  else context.siblingValues.push(...later.strings);
  return context;
}

/** Past the rest of the word or string the cursor is in: it is the one being written, not a sibling. */
function wordEndAfter(text: string, offset: number, quote: '"' | "'" | undefined): number {
  let i = offset;
  if (quote) {
    while (i < text.length && text[i] !== quote && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
    return text[i] === quote ? i + 1 : i;
  }
  while (i < text.length && WORD.test(text[i]!)) i++;
  return i;
}

/**
 * What the object or array around the cursor holds after it, up to its
 * closing bracket: its keys (a word or string followed by `:`) and, for an
 * array, its string items. Nested containers are skipped whole.
 */
function laterSiblings(text: string, from: number): { keys: string[]; strings: string[] } {
  const keys: string[] = [];
  const strings: string[] = [];
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "/" && text[i + 1] === "/") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    let word: string | undefined;
    let quoted = false;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      word = "";
      while (j < text.length && text[j] !== ch && text[j] !== "\n") {
        if (text[j] === "\\" && j + 1 < text.length) {
          word += text[j + 1];
          j += 2;
        } else word += text[j++];
      }
      i = j + 1;
      quoted = true;
    } else if (WORD.test(ch)) {
      const start = i;
      while (i < text.length && WORD.test(text[i]!)) i++;
      word = text.slice(start, i);
    }
    if (word !== undefined) {
      if (depth === 0 && nextIsColon(text, i)) keys.push(word);
      else if (depth === 0 && quoted) strings.push(word);
      continue;
    }
    if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      if (depth === 0) break;
      depth--;
    }
    i++;
  }
  return { keys, strings };
}

/** Whether a `:` comes next, past white space and comments. */
function nextIsColon(text: string, from: number): boolean {
  let i = from;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) i++;
    else if (text.startsWith("//", i)) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
    } else return text[i] === ":";
  }
  return false;
}

/** A finished word or string: in a key slot it is the key being written. */
function takeToken(stack: Frame[], token: { text: string; quote?: string }): void {
  const top = stack.at(-1);
  if (top?.kind === "array" && token.quote) top.values.push(token.text);
  if (top?.kind !== "object" || top.slot !== "key") return;
  top.key = token.text;
  top.keys.push(token.text);
}

function punctuation(stack: Frame[], ch: string): void {
  const top = stack.at(-1);
  switch (ch) {
    case "{":
    case "[": {
      const segment = top ? (top.kind === "object" ? top.key : top.index) : undefined;
      const frame: Frame = { kind: ch === "{" ? "object" : "array", slot: ch === "{" ? "key" : "value", index: 0, keys: [], values: [] };
      if (segment !== undefined) frame.segment = segment;
      stack.push(frame);
      return;
    }
    case "}":
    case "]":
      stack.pop();
      return;
    case ":":
      if (top?.kind === "object") top.slot = "value";
      return;
    case ",":
      if (top?.kind === "object") {
        top.slot = "key";
        delete top.key;
      } else if (top) top.index++;
      return;
    default:
      return;
  }
}
