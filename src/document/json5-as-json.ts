/**
 * @fileoverview The common JSON5 of config files (comments, unquoted keys,
 * single quotes, trailing commas) rewritten as the JSON text that means the
 * same, for `JSON.parse`: json5's own parser walks a cold start's config a
 * character at a time through a state machine (≈ 1 ms for the example),
 * `JSON.parse` does it natively.
 *
 * Only what is sure to mean the same is rewritten; anything else returns
 * undefined and json5 reads the text as before: a number in a form JSON lacks
 * (hex, a leading `+` or `.`, Infinity, NaN), an escape JSON lacks (`\x`,
 * `\0`, `\v`, a line continuation, any other escaped character), a raw control
 * character in a string, a key with non-ASCII letters or escapes, a bare word
 * that is not a key, whitespace JSON lacks, non-ASCII outside strings and
 * comments. So json5 accepts every text this accepts and gives the same value
 * (JSON is a subset of JSON5, and json5 defines `__proto__` keys as own
 * properties as `JSON.parse` does), and a text `JSON.parse` then rejects goes
 * to json5 too, which says what is wrong. test/differential-json5.test.ts
 * holds parseDocument, and so this, to json5 on generated and damaged text.
 */
import {
  APOSTROPHE,
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  CR,
  DOT,
  LF,
  LINE_SEPARATOR,
  MINUS,
  OPEN_BRACE,
  OPEN_BRACKET,
  PARAGRAPH_SEPARATOR,
  PLUS,
  QUOTE,
  SLASH,
  SPACE,
  STAR,
  TAB,
} from "./char-codes.js";

const isIdentifierStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
const isIdentifierPart = (c: number) => isIdentifierStart(c) || (c >= 0x30 && c <= 0x39);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** The escapes JSON and JSON5 read alike (`\'` is JSON5's only; it is written as a bare quote). */
const SHARED_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t", "u"]);
const HEX = /^[0-9a-fA-F]{4}$/;
/** JSON's number, which JSON5 reads the same. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The JSON text that means what `text` means as JSON5, or undefined where that is not sure (json5 then reads it). */
export function json5AsJson(text: string): string | undefined {
  const out: string[] = [];
  /** The open containers, `{` or `[`. */
  const stack: number[] = [];
  let expectKey = false;
  /** The last token written (a char code, or 0 for a value), and where a comma was written, to drop a trailing one. */
  let last = -1;
  let commaAt = -1;
  let beforeComma = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace and comments become one space: tokens they separate stay apart (`1 2` is not `12`).
    if (c === SPACE || c === TAB || c === LF || c === CR) {
      out.push(" ");
      i++;
      continue;
    }
    if (c === SLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) {
        i += 2;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === LF || d === CR || d === LINE_SEPARATOR || d === PARAGRAPH_SEPARATOR) break;
          i++;
        }
        out.push(" ");
        continue;
      }
      if (next === STAR) {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) return undefined;
        i = end + 2;
        out.push(" ");
        continue;
      }
      return undefined;
    }
    if (c === QUOTE || c === APOSTROPHE) {
      const string = jsonString(text, i);
      if (!string) return undefined;
      out.push(string.json);
      i = string.end;
      last = 0;
      expectKey = false;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      stack.push(c);
      out.push(c === OPEN_BRACE ? "{" : "[");
      expectKey = c === OPEN_BRACE;
      last = c;
      i++;
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      // A trailing comma, after a value only: `{,}` and `[1,,]` stay as they are, for JSON.parse to refuse.
      if (last === COMMA && beforeComma === 0) out[commaAt] = "";
      stack.pop();
      out.push(c === CLOSE_BRACE ? "}" : "]");
      last = 0;
      expectKey = false;
      i++;
      continue;
    }
    if (c === COMMA) {
      beforeComma = last;
      commaAt = out.push(",") - 1;
      last = c;
      expectKey = stack[stack.length - 1] === OPEN_BRACE;
      i++;
      continue;
    }
    if (c === COLON) {
      out.push(":");
      last = c;
      i++;
      continue;
    }
    if (isIdentifierStart(c)) {
      let end = i + 1;
      while (end < n && isIdentifierPart(text.charCodeAt(end))) end++;
      const word = text.slice(i, end);
      // A word after it without a separator (`a\u0062`, `aé`) is not ours to judge.
      if (end < n && (text.charCodeAt(end) === BACKSLASH || text.charCodeAt(end) > 0x7f)) return undefined;
      if (expectKey) out.push(`"${word}"`);
      else if (word === "true" || word === "false" || word === "null") out.push(word);
      else return undefined;
      i = end;
      last = 0;
      expectKey = false;
      continue;
    }
    if (c === MINUS || isDigit(c)) {
      let end = i + 1;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (!(isDigit(d) || d === DOT || d === 0x65 || d === 0x45 || d === PLUS || d === MINUS)) break;
        end++;
      }
      const number = text.slice(i, end);
      if (!JSON_NUMBER.test(number)) return undefined;
      // `1x`, `0x1F`, `-Infinity`: a letter right after is a form of JSON5's own.
      if (end < n && (isIdentifierPart(text.charCodeAt(end)) || text.charCodeAt(end) === DOT)) return undefined;
      out.push(number);
      i = end;
      last = 0;
      expectKey = false;
      continue;
    }
    return undefined;
  }
  return out.join("");
}

/** The string starting at `start` (either quote) as a JSON string, and where it ends; undefined where JSON would read it otherwise. */
function jsonString(text: string, start: number): { json: string; end: number } | undefined {
  const quote = text.charCodeAt(start);
  let json = '"';
  let from = start + 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return { json: `${json}${text.slice(from, i)}"`, end: i + 1 };
    // A raw control character or line break: json5 refuses some and JSON all; json5 decides.
    if (c < 0x20) return undefined;
    if (c === QUOTE) {
      // A double quote inside single quotes.
      json += `${text.slice(from, i)}\\"`;
      from = i + 1;
    } else if (c === BACKSLASH) {
      const escaped = text[i + 1];
      if (escaped === "'") {
        json += `${text.slice(from, i)}'`;
        from = i + 2;
      } else if (escaped === undefined || !SHARED_ESCAPES.has(escaped) || (escaped === "u" && !HEX.test(text.slice(i + 2, i + 6)))) {
        return undefined;
      }
      i++;
    }
  }
  return undefined;
}
