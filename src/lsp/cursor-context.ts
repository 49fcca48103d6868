/**
 * @fileoverview Where the cursor is in a JSON5 text that is being typed, and so
 * is usually not valid: the path of the value around it, whether a key or a
 * value goes there, and the word typed so far. A forgiving scan of the text
 * before the cursor (strings, comments, brackets), not a parse: completion
 * has to work in `{ agents: { defaults: { mo` as well as in a whole file.
 */
import type { JsonPath } from "../diagnostics/types.js";

export interface CursorContext {
  /** The path of the object or array that holds the cursor. */
  container: JsonPath;
  /** `key`: a property name goes here; `value`: a value (of `valueKey` in an object, of the next index in an array). */
  slot: "key" | "value";
  /** For a value slot in an object: the key it belongs to. In an array: the index. */
  valueKey?: string | number;
  /** The keys written before the cursor in the same object (to leave out of suggestions). */
  siblingKeys: string[];
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
    typed: typed ? typed.text : "",
    typedStart: typed ? typed.start : end,
  };
  if (typed?.quote) context.quote = typed.quote;
  if (context.slot === "value") context.valueKey = top.kind === "object" ? top.key : top.index;
  return context;
}

/** A finished word or string: in a key slot it is the key being written. */
function takeToken(stack: Frame[], token: { text: string }): void {
  const top = stack.at(-1);
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
      const frame: Frame = { kind: ch === "{" ? "object" : "array", slot: ch === "{" ? "key" : "value", index: 0, keys: [] };
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
