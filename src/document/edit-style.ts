/**
 * @fileoverview How a file is written, so inserted text looks like the user
 * wrote it: the indentation unit, the line break, how keys are quoted, which
 * quote strings use, and whether the last member of a block has a comma.
 */
import type { Token } from "@humanwhocodes/momoa";

export type KeyQuoting = "none" | "double" | "single";

export interface SourceStyle {
  /** One level of indentation: "  ", "    " or "\t". */
  indentUnit: string;
  eol: "\n" | "\r\n";
  /** How keys are written when a key could be written without quotes. */
  keyQuoting: KeyQuoting;
  /** The quote character of string values. */
  stringQuote: '"' | "'";
  /** Whether a multi-line block ends its last member with a comma. */
  trailingCommas: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Reads the style of `text` from its lines and tokens; defaults are OpenClaw's own (2 spaces, double quotes). */
export function detectStyle(text: string, tokens: readonly Token[]): SourceStyle {
  return {
    indentUnit: detectIndentUnit(text),
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    keyQuoting: detectKeyQuoting(text, tokens),
    stringQuote: detectStringQuote(text, tokens),
    trailingCommas: detectTrailingCommas(text, tokens),
  };
}

function detectIndentUnit(text: string): string {
  const widths = new Map<number, number>();
  let tabs = 0;
  let spaces = 0;
  let previous = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.startsWith("\t")) tabs++;
    else if (indent.length > 0) spaces++;
    const width = indent.length;
    const step = width - previous;
    if (step > 0 && !indent.includes("\t")) widths.set(step, (widths.get(step) ?? 0) + 1);
    previous = width;
  }
  if (tabs > spaces) return "\t";
  let best = 2;
  let bestCount = 0;
  for (const [width, count] of widths) if (count > bestCount || (count === bestCount && width < best)) [best, bestCount] = [width, count];
  return " ".repeat(best);
}

function keyTokens(tokens: readonly Token[]): Token[] {
  const keys: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = nextCode(tokens, i + 1);
    if (next && next.type === "Colon") keys.push(tokens[i]!);
  }
  return keys;
}

function nextCode(tokens: readonly Token[], from: number): Token | undefined {
  for (let i = from; i < tokens.length; i++) if (!isComment(tokens[i]!)) return tokens[i];
  return undefined;
}

export function isComment(token: Token): boolean {
  return token.type === "LineComment" || token.type === "BlockComment";
}

function detectKeyQuoting(text: string, tokens: readonly Token[]): KeyQuoting {
  const counts: Record<KeyQuoting, number> = { none: 0, double: 0, single: 0 };
  for (const key of keyTokens(tokens)) {
    const raw = text.slice(key.loc.start.offset, key.loc.end.offset);
    if (key.type === "Identifier") counts.none++;
    else if (key.type === "String" && IDENTIFIER.test(raw.slice(1, -1))) counts[raw.startsWith("'") ? "single" : "double"]++;
  }
  if (counts.none > counts.double && counts.none > counts.single) return "none";
  return counts.single > counts.double ? "single" : "double";
}

function detectStringQuote(text: string, tokens: readonly Token[]): '"' | "'" {
  let single = 0;
  let double = 0;
  for (const token of tokens) {
    if (token.type !== "String") continue;
    if (text[token.loc.start.offset] === "'") single++;
    else double++;
  }
  return single > double ? "'" : '"';
}

/** True when most multi-line blocks end with a comma after their last entry. */
function detectTrailingCommas(text: string, tokens: readonly Token[]): boolean {
  let withComma = 0;
  let without = 0;
  const code = tokens.filter((t) => !isComment(t));
  for (let i = 1; i < code.length; i++) {
    const token = code[i]!;
    if (token.type !== "RBrace" && token.type !== "RBracket") continue;
    const before = code[i - 1]!;
    if (before.type === "LBrace" || before.type === "LBracket") continue;
    if (!text.slice(before.loc.end.offset, token.loc.start.offset).includes("\n")) continue;
    if (before.type === "Comma") withComma++;
    else without++;
  }
  return withComma > without;
}

/** A key written the way this file writes keys. */
export function formatKey(key: string, style: SourceStyle): string {
  if (style.keyQuoting === "none" && IDENTIFIER.test(key)) return key;
  return formatString(key, style.keyQuoting === "single" ? "'" : style.keyQuoting === "double" ? '"' : style.stringQuote);
}

/** A string literal in the given quote. */
export function formatString(value: string, quote: '"' | "'"): string {
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
