/**
 * @fileoverview The value of a JSON5 text that is being typed, as far as it
 * can be read: completion wants the profiles and models a file declares while
 * the line under the cursor is half written, when no parser accepts the text.
 * Well-formed text is read by JSON5 itself; anything else by a forgiving
 * reader that keeps every object, array and string it can make out and skips
 * what it cannot (an unclosed string ends at its line, a missing comma or
 * colon is assumed, a stray token is dropped). It never throws.
 */
import { parseJson5Text } from "../json5-parse.js";

/** Characters of an unquoted key, number or literal. */
const WORD = /[A-Za-z0-9_$\-./@+]/;
/** Deeper than this the reader stops descending (a pathological text must not exhaust the stack). */
const MAX_DEPTH = 200;

export function looseValue(text: string): unknown {
  try {
    return parseJson5Text(text);
  } catch {
    const reader = new LooseReader(text);
    return reader.value(0);
  }
}

class LooseReader {
  private i = 0;

  constructor(private readonly text: string) {}

  /** The next value, or undefined at the end of the text or before a closing bracket. */
  value(depth: number): unknown {
    this.skipBlank();
    const ch = this.text[this.i];
    if (ch === undefined || ch === "}" || ch === "]") return undefined;
    if (ch === "{" || ch === "[") {
      this.i++;
      if (depth >= MAX_DEPTH) return undefined;
      return ch === "{" ? this.object(depth) : this.array(depth);
    }
    if (ch === '"' || ch === "'") return this.string(ch);
    if (WORD.test(ch)) return this.word();
    // A character no value starts with: skip it.
    this.i++;
    return undefined;
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skipBlank();
      const ch = this.text[this.i];
      if (ch === undefined) return out;
      if (ch === "}" || ch === "]") {
        this.i++;
        return out;
      }
      if (ch === ",") {
        this.i++;
        continue;
      }
      const start = this.i;
      const key = ch === '"' || ch === "'" ? this.string(ch) : WORD.test(ch) ? this.text.slice(start, this.skipWord()) : undefined;
      if (key === undefined) {
        this.i++;
        continue;
      }
      this.skipBlank();
      if (this.text[this.i] === ":") this.i++;
      const item = this.value(depth + 1);
      // Own data property: a key named __proto__ must not reach the prototype.
      if (item !== undefined) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.skipBlank();
      const ch = this.text[this.i];
      if (ch === undefined) return out;
      if (ch === "]" || ch === "}") {
        this.i++;
        return out;
      }
      if (ch === ",") {
        this.i++;
        continue;
      }
      const before = this.i;
      const item = this.value(depth + 1);
      if (item !== undefined) out.push(item);
      if (this.i === before) this.i++;
    }
  }

  private string(quote: string): string {
    let j = this.i + 1;
    let out = "";
    while (j < this.text.length && this.text[j] !== quote && this.text[j] !== "\n") {
      if (this.text[j] === "\\" && j + 1 < this.text.length) {
        out += this.text[j + 1];
        j += 2;
      } else out += this.text[j++];
    }
    this.i = this.text[j] === quote ? j + 1 : j;
    return out;
  }

  private skipWord(): number {
    while (this.i < this.text.length && WORD.test(this.text[this.i]!)) this.i++;
    return this.i;
  }

  /** A literal, a number, or any other bare word (kept as its text). */
  private word(): unknown {
    const start = this.i;
    const word = this.text.slice(start, this.skipWord());
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    const number = Number(word);
    return Number.isNaN(number) ? word : number;
  }

  private skipBlank(): void {
    const text = this.text;
    while (this.i < text.length) {
      const ch = text[this.i]!;
      if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") this.i++;
      else if (text.startsWith("//", this.i)) {
        const nl = text.indexOf("\n", this.i);
        this.i = nl < 0 ? text.length : nl + 1;
      } else if (text.startsWith("/*", this.i)) {
        const close = text.indexOf("*/", this.i + 2);
        this.i = close < 0 ? text.length : close + 2;
      } else return;
    }
  }
}
