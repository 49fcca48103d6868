/**
 * @fileoverview Scans config source text, broken or not, for the values
 * written under a key whose name says secret: `apiKey: "…"`, `"X-Auth-Token":
 * '…'`, the strings of `tokens: ["…", "…"]`, and `token: …` / `password=…`
 * in a comment. A tolerant loop, not a parser: it needs no value tree, so a
 * key is still found on the line json5 refuses, and it is linear in the text.
 * A key written with escapes (`"api\u004Bey"`) is decided on what it reads as,
 * and a value that is no string (`password: hunter2` on a line json5 refuses,
 * `password: 31415926535`) is masked up to where the value ends.
 */
import type { Span } from "./detect.js";
import { isNearMissKeyName, isSecretChild, isSecretKeyName } from "./key-names.js";

/** `name: value` or `name=value` in a comment; the value runs to a space, quote, comma or bracket. */
const COMMENT_ASSIGNMENT =
  /(?<![A-Za-z0-9_$-])["']?([A-Za-z_$][A-Za-z0-9_.$-]{0,127})["']?[ \t]*[:=][ \t]*(?:"([^"\n]{0,4096})"|'([^'\n]{0,4096})'|(\$\{[A-Z_][A-Z0-9_]{0,127}\}|[^\s"',;}\]]{1,4096}))/g;

/** A `${VAR}` reference names where the secret is; it stays readable. */
const PURE_ENV_REFERENCE = /^\$\{[A-Z_][A-Z0-9_]*\}$/;

/**
 * The ASCII characters of a bare key (letters, digits, `_`, `$`, `-`); any non-ASCII character counts too.
 * A table read inline, not a function called per character: a function called that often is handed to
 * V8's optimising compiler within one short run, and the process then waits for it at exit (≈ 1 ms on Node 24).
 */
const ID_CHARS = new Uint8Array(128);
for (const [from, to] of [
  [48, 57],
  [65, 90],
  [97, 122],
])
  ID_CHARS.fill(1, from!, to! + 1);
// `\` too: JSON5 allows `\u…` escapes in a bare key (`api\u004Bey: …`).
for (const code of [95, 36, 45, 92]) ID_CHARS[code] = 1;

/** `\u004B`, `\x4B`, `\u{4B}` and `\n`-style escapes, as a key name reads once parsed. */
const ESCAPE = /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([\s\S]))/g;

/** A key as written, decoded (called only for a key that holds a backslash). */
function decodeKey(written: string): string {
  return written.replace(ESCAPE, (_all, braced?: string, u?: string, x?: string, other?: string) => {
    const hex = braced ?? u ?? x;
    if (hex === undefined) return other ?? "";
    const code = Number.parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/**
 * The end of a value that is no string, array or object (`hunter2`, `31415926535`, `+.5`, `p@ss w0rd`)
 * starting at `i`: the next comma, bracket, quote, comment or line end, white space at its end left out.
 */
function bareValueEnd(text: string, i: number): number {
  let j = i;
  let end = i;
  for (let c = text.charCodeAt(j); j < text.length; c = text.charCodeAt(++j)) {
    if (c === 44 || c === 10 || c === 13 || c === 123 || c === 125 || c === 91 || c === 93 || c === 34 || c === 39) break;
    if (c === 47 && (text.charCodeAt(j + 1) === 47 || text.charCodeAt(j + 1) === 42)) break;
    if (c !== 32 && c !== 9) end = j + 1;
  }
  return end;
}

/** The literals a bare value may be that hold no secret. */
function isPlainLiteral(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length !== 4 && length !== 5) return false;
  const word = text.slice(from, to);
  return word === "true" || word === "null" || word === "false";
}

function commentSpans(text: string, from: number, to: number, out: Span[]): void {
  const body = text.slice(from, to);
  for (const m of body.matchAll(COMMENT_ASSIGNMENT)) {
    if (!isSecretKeyName(m[1]!)) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    if (value.length === 0 || PURE_ENV_REFERENCE.test(value)) continue;
    const at = from + m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    out.push({ from: at, to: at + value.length });
  }
}

/** The end of the string literal opened at `i` (past its quote; at the line's end when left open). */
function stringEnd(text: string, i: number): number {
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 92)
      j += 2; // a backslash escapes the next character (a line continuation too)
    else if (c === 10 || c === 13) return j;
    else j++;
  }
  return text.length;
}

/** Whether the next thing after `i` (spaces and comments skipped) is `:`. */
function colonFollows(text: string, i: number): boolean {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13) j++;
    else if (c === 47 && text.charCodeAt(j + 1) === 42) {
      const end = text.indexOf("*/", j + 2);
      j = end < 0 ? text.length : end + 2;
    } else return c === 58;
  }
  return false;
}

/** Whether a string written under `key` (undefined: an array item) inside `secret` context is a secret. */
function secretValue(key: string | undefined, inSecret: boolean, value: string): boolean {
  return key === undefined ? inSecret : isSecretChild(key, inSecret, { container: false, text: value });
}

/** A span to mask; `local`: mask it where it stands, and everywhere only when it looks like a credential (a bare word, a number, a value under a mistyped key). */
export interface SourceSpan extends Span {
  local?: true;
}

/**
 * The spans (inside the quotes) of every string value under a secret-named key in `text`,
 * and of the secret values in its comments. Under a secret key, an array's strings are
 * secret, and so are an object's (a SecretRef's id that is no locator; not its `source`
 * or `provider`), at any depth.
 */
export function sourceSecretSpans(text: string): SourceSpan[] {
  const out: SourceSpan[] = [];
  let pendingKey: string | undefined; // the key whose value comes next
  const open: boolean[] = []; // per open bracket or brace: is it under a secret key?
  const inSecret = () => open[open.length - 1] === true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      // A run of white space in a small loop of its own: V8 charges a loop by the code it jumps back
      // over, and this whole body per space would hand the function to its optimising compiler within
      // one short run, which the process then waits for at exit.
      for (let d = text.charCodeAt(++i); d === 32 || d === 10 || d === 13 || d === 9; d = text.charCodeAt(++i));
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      commentSpans(text, i + 2, stop, out);
      i = stop;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end;
      commentSpans(text, i + 2, stop, out);
      i = end < 0 ? text.length : end + 2;
    } else if (c === 34 || c === 39) {
      const end = stringEnd(text, i);
      const closed = text.charCodeAt(end - 1) === c && end - 1 > i;
      const contentEnd = closed ? end - 1 : end;
      const content = text.slice(i + 1, contentEnd);
      if (colonFollows(text, end)) pendingKey = content.includes("\\") ? decodeKey(content) : content;
      else {
        if (content.length > 0 && !PURE_ENV_REFERENCE.test(content.trim()) && secretValue(pendingKey, inSecret(), content))
          out.push(
            pendingKey !== undefined && !inSecret() && isNearMissKeyName(pendingKey)
              ? { from: i + 1, to: contentEnd, local: true }
              : { from: i + 1, to: contentEnd },
          );
        pendingKey = undefined;
      }
      i = end;
    } else if (c > 127 || ID_CHARS[c] === 1) {
      let j = i + 1;
      for (let d = text.charCodeAt(j); j < text.length && (d > 127 || ID_CHARS[d] === 1); d = text.charCodeAt(++j));
      if (colonFollows(text, j)) {
        const written = text.slice(i, j);
        pendingKey = written.includes("\\") ? decodeKey(written) : written;
        i = j;
        continue;
      }
      // A bare value: a number, a literal, or (on a line json5 refuses) a word.
      if ((pendingKey !== undefined || inSecret()) && !isPlainLiteral(text, i, j) && secretValue(pendingKey, inSecret(), text.slice(i, j))) {
        j = bareValueEnd(text, i);
        out.push({ from: i, to: j, local: true });
      }
      pendingKey = undefined;
      i = j;
    } else if (pendingKey !== undefined && c !== 58 && c !== 44 && c !== 91 && c !== 123 && c !== 93 && c !== 125) {
      // A bare value that starts with a sign or a symbol (`+1`, `.5`, `@hunter2`).
      const end = bareValueEnd(text, i);
      if (end > i && secretValue(pendingKey, inSecret(), text.slice(i, end))) out.push({ from: i, to: end, local: true });
      pendingKey = undefined;
      i = Math.max(end, i + 1);
    } else {
      if (c === 91 || c === 123) {
        open.push(pendingKey === undefined ? inSecret() : isSecretChild(pendingKey, inSecret(), { container: true }));
        pendingKey = undefined;
      } else if (c === 93 || c === 125) open.pop();
      else if (c === 44) pendingKey = undefined;
      i++;
    }
  }
  return out;
}
