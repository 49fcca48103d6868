/**
 * @fileoverview Works out what the parser expected at a syntax error, from the
 * tokens before it, so the message can say "expected \",\" or \"}\"" rather
 * than only what it found.
 */
import type { Token } from "@humanwhocodes/momoa";
import { tokenize } from "./momoa.js";

type Frame = "object" | "array";

/**
 * momoa's tokenizer (3.3.13) never returns when the input ends right after a backslash inside a
 * string; a line break after that backslash changes no earlier token and turns the hang into an error.
 */
export function tokenizeSafely(text: string, options: Parameters<typeof tokenize>[1]): Token[] {
  return tokenize(text.endsWith("\\") ? `${text}\n` : text, options);
}

/** A phrase for what may come next after `text` (the source up to the error). */
export function describeExpected(text: string): string {
  let tokens: Token[];
  try {
    tokens = tokenizeSafely(text, { mode: "json5" });
  } catch {
    return endsInsideString(text) ? "the closing quote of the string" : "a valid JSON5 token";
  }
  const stack: Frame[] = [];
  // What the last significant token leaves us waiting for.
  let state: "value" | "key" | "colon" | "after-value" | "done" = "value";
  for (const token of tokens) {
    switch (token.type) {
      case "LineComment":
      case "BlockComment":
        continue;
      case "LBrace":
        stack.push("object");
        state = "key";
        break;
      case "LBracket":
        stack.push("array");
        state = "value";
        break;
      case "RBrace":
      case "RBracket":
        stack.pop();
        state = stack.length === 0 ? "done" : "after-value";
        break;
      case "Colon":
        state = "value";
        break;
      case "Comma":
        state = stack[stack.length - 1] === "object" ? "key" : "value";
        break;
      default:
        // A string, number, identifier or literal: a key when a key was due.
        state = state === "key" ? "colon" : stack.length === 0 ? "done" : "after-value";
    }
  }
  const frame = stack[stack.length - 1];
  switch (state) {
    case "key":
      return 'a property name or "}"';
    case "colon":
      return '":" after the property name';
    case "value":
      return frame === "array" ? 'a value or "]"' : "a value";
    case "after-value":
      return frame === "object" ? '"," or "}"' : '"," or "]"';
    case "done":
      return "the end of the file (only comments and whitespace may follow the value)";
  }
}

/** Whether `text` ends inside an unterminated string (comments skipped). */
function endsInsideString(text: string): boolean {
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      if (end < 0) return false;
      i = end;
    } else if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return false;
      i = end + 1;
    }
  }
  return quote !== "";
}
