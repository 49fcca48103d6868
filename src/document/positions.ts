/**
 * @fileoverview Where a path is written, found in the text without a syntax
 * tree. A momoa tree costs about 40–60 bytes of memory per byte of input (a
 * 50 MB file: 2–3 GB), and a diagnostic needs the range of only a few paths.
 * This index reads the text json5 has already accepted: each object or array
 * on a path that is asked for is scanned once for the spans of its members
 * (kept, so the next path through it is a lookup), and everything else is
 * skipped over by bracket counting. The spans are those momoa gives: a value
 * from its first character (a sign included) to just after its last, a key
 * with its quotes; of a repeated key the last wins, as in json5.
 */
import { parseJson5Text } from "../json5-parse.js";
import type { JsonPath } from "../diagnostics/types.js";
import { APOSTROPHE, BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, SLASH, STAR } from "./char-codes.js";

/** What a value is, named as momoa names its nodes. */
export type ValueKind = "Object" | "Array" | "String" | "Number" | "Boolean" | "Null" | "NaN" | "Infinity";

export interface Span {
  start: number;
  end: number;
}

export interface ValueSpan extends Span {
  kind: ValueKind;
}

export interface MemberSpan {
  /** The key as written, quotes included. */
  key: Span;
  value: ValueSpan;
}

export interface LocatedSpan {
  /** The deepest value reached, and the member that holds it (when reached through a key). */
  value: ValueSpan;
  member: MemberSpan | undefined;
  /** How many path segments were followed; less than the path length when the path leads nowhere. */
  depth: number;
}

/** JSON5's white space beyond ASCII (Unicode Zs, BOM, line and paragraph separators) is exactly JavaScript's `\s`. */
const WIDE_SPACE = /\s/;

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && WIDE_SPACE.test(String.fromCharCode(c)));
}

function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** The members of an object, or the elements of an array, once scanned. */
type Children = Map<string, MemberSpan> | ValueSpan[];

export class PositionIndex {
  /** The document's value; undefined for text with no value (not JSON5). */
  readonly root: ValueSpan | undefined;
  /** By the start offset of each container scanned so far. */
  private readonly scanned = new Map<number, Children>();

  constructor(readonly text: string) {
    const start = this.skipBlank(0);
    this.root = start < text.length ? this.valueAt(start) : undefined;
  }

  /** Follows `path` as far as the text has it (a number also names an object's key, as in locate.ts). */
  locate(path: JsonPath): LocatedSpan | undefined {
    if (!this.root) return undefined;
    let value = this.root;
    let member: MemberSpan | undefined;
    let depth = 0;
    for (const segment of path) {
      if (value.kind === "Object") {
        const next = (this.childrenOf(value) as Map<string, MemberSpan>).get(String(segment));
        if (!next) break;
        member = next;
        value = next.value;
      } else if (value.kind === "Array" && typeof segment === "number") {
        const next = (this.childrenOf(value) as ValueSpan[])[segment];
        if (!next) break;
        member = undefined;
        value = next;
      } else {
        break;
      }
      depth++;
    }
    return { value, member, depth };
  }

  /** The text of a string value, decoded (its escapes read as json5 reads them). */
  stringValue(span: Span): string {
    const raw = this.text.slice(span.start, span.end);
    return raw.includes("\\") ? String(parseJson5Text(raw)) : raw.slice(1, -1);
  }

  private childrenOf(container: ValueSpan): Children {
    let children = this.scanned.get(container.start);
    if (!children) {
      children = container.kind === "Object" ? this.scanMembers(container.start) : this.scanElements(container.start);
      this.scanned.set(container.start, children);
    }
    return children;
  }

  private scanMembers(open: number): Map<string, MemberSpan> {
    const text = this.text;
    const members = new Map<string, MemberSpan>();
    let i = this.skipBlank(open + 1);
    while (i < text.length && text.charCodeAt(i) !== CLOSE_BRACE) {
      const keyStart = i;
      const first = text.charCodeAt(i);
      const keyEnd = first === QUOTE || first === APOSTROPHE ? this.stringEnd(i) : this.identifierEnd(i);
      const key = this.keyName(keyStart, keyEnd);
      i = this.skipBlank(keyEnd);
      if (text.charCodeAt(i) === COLON) i = this.skipBlank(i + 1);
      const value = this.valueAt(i);
      // A Map keeps a repeated key where it first stood; json5's value has it there too, with the last value.
      members.set(key, { key: { start: keyStart, end: keyEnd }, value });
      i = this.afterElement(value.end);
    }
    return members;
  }

  private scanElements(open: number): ValueSpan[] {
    const text = this.text;
    const elements: ValueSpan[] = [];
    let i = this.skipBlank(open + 1);
    while (i < text.length && text.charCodeAt(i) !== CLOSE_BRACKET) {
      const value = this.valueAt(i);
      elements.push(value);
      i = this.afterElement(value.end);
    }
    return elements;
  }

  /** Past the white space, comments and comma after a member or element. */
  private afterElement(end: number): number {
    const i = this.skipBlank(end);
    return this.text.charCodeAt(i) === COMMA ? this.skipBlank(i + 1) : i;
  }

  private valueAt(i: number): ValueSpan {
    const c = this.text.charCodeAt(i);
    if (c === OPEN_BRACE) return { kind: "Object", start: i, end: this.containerEnd(i) };
    if (c === OPEN_BRACKET) return { kind: "Array", start: i, end: this.containerEnd(i) };
    if (c === QUOTE || c === APOSTROPHE) return { kind: "String", start: i, end: this.stringEnd(i) };
    const end = this.scalarEnd(i);
    const word = this.text.slice(i, end).replace(/^[+-]/, "");
    const kind: ValueKind =
      word === "true" || word === "false" ? "Boolean" : word === "null" ? "Null" : word === "NaN" ? "NaN" : word === "Infinity" ? "Infinity" : "Number";
    return { kind, start: i, end };
  }

  /** After the closing quote of the string opening at `i` (a backslash always takes the next character with it). */
  private stringEnd(i: number): number {
    const text = this.text;
    const quote = text.charCodeAt(i);
    let j = i + 1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) j += 2;
      else if (c === quote) return j + 1;
      else j++;
    }
    return text.length;
  }

  /** After the bracket closing the one at `i`: strings and comments skipped, brackets counted. */
  private containerEnd(i: number): number {
    const text = this.text;
    let depth = 0;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === QUOTE || c === APOSTROPHE) {
        j = this.stringEnd(j);
        continue;
      }
      if (c === SLASH && (text.charCodeAt(j + 1) === SLASH || text.charCodeAt(j + 1) === STAR)) {
        j = this.commentEnd(j);
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return text.length;
  }

  /** A number, literal or identifier ends at white space, a delimiter or a comment. */
  private scalarEnd(i: number): number {
    const text = this.text;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COLON || c === SLASH || isSpace(c)) break;
      j++;
    }
    return j;
  }

  /** An unquoted key ends where a scalar does (a `\u` escape in it is not a delimiter). */
  private identifierEnd(i: number): number {
    return this.scalarEnd(i);
  }

  private keyName(start: number, end: number): string {
    const raw = this.text.slice(start, end);
    const first = raw.charCodeAt(0);
    if (first === QUOTE || first === APOSTROPHE) return this.stringValue({ start, end });
    if (!raw.includes("\\")) return raw;
    // An identifier with escapes: json5 reads it to its name.
    return Object.keys(parseJson5Text(`{${raw}:0}`) as object)[0] ?? raw;
  }

  private commentEnd(i: number): number {
    const text = this.text;
    if (text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf("*/", i + 2);
      return close < 0 ? text.length : close + 2;
    }
    let j = i + 2;
    while (j < text.length && !isLineEnd(text.charCodeAt(j))) j++;
    return j;
  }

  /** Past white space and comments. */
  private skipBlank(i: number): number {
    const text = this.text;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (isSpace(c)) j++;
      else if (c === SLASH && (text.charCodeAt(j + 1) === SLASH || text.charCodeAt(j + 1) === STAR)) j = this.commentEnd(j);
      else break;
    }
    return j;
  }
}
