/**
 * @fileoverview Text for inserted entries: one entry (its leading comments on
 * the lines above, its trailing comments after the comma), re-indented for its
 * new depth. Lines that begin inside a string or a block comment are never
 * touched, so no string value and no comment text changes.
 */
import type { SourceStyle } from "./edit-style.js";

/** A piece of source text plus where its lines begin inside strings or comments (offsets within `text`). */
export interface SourceSnippet {
  text: string;
  /** Indentation of the line the snippet came from; its other lines are indented relative to it. */
  baseIndent: string;
  /** Offsets (within `text`) of line starts that lie inside a string or block comment. */
  protectedLines?: ReadonlySet<number>;
}

export interface EntryParts {
  /** `key: ` already written (with separator), or "" for an array element. */
  head: string;
  value: SourceSnippet;
  leading: readonly string[];
  trailing: readonly string[];
}

/** Moves every continuation line of `snippet` from its base indentation to `indent`. */
export function reindent(snippet: SourceSnippet, indent: string): string {
  const { text, baseIndent } = snippet;
  if (baseIndent === indent) return text;
  let out = "";
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const atBreak = ch === "\n" || (ch === "\r" && text[i + 1] !== "\n");
    if (i < text.length && !atBreak) continue;
    const line = text.slice(lineStart, i + (i < text.length ? 1 : 0));
    if (lineStart === 0 || snippet.protectedLines?.has(lineStart)) out += line;
    else {
      const own = /^[ \t]*/.exec(line)![0];
      const keep = own.startsWith(baseIndent) ? own.slice(baseIndent.length) : "";
      out += line.trim() === "" ? line.slice(own.length) : indent + keep + line.slice(own.length);
    }
    lineStart = i + 1;
  }
  return out;
}

/** The lines of one entry at `indent`; no indentation before the first line and no final line break. */
export function renderEntry(parts: EntryParts, indent: string, comma: boolean, style: SourceStyle): string {
  const leading = parts.leading.map((c) => `${c}${style.eol}${indent}`).join("");
  const trailing = parts.trailing.length > 0 ? ` ${parts.trailing.join(" ")}` : "";
  return `${leading}${parts.head}${reindent(parts.value, indent)}${comma ? "," : ""}${trailing}`;
}

/** A value written fresh (not taken from the source), with continuation lines indented from column 0. */
export function freshValue(text: string): SourceSnippet {
  return { text, baseIndent: "" };
}

/** Wraps `inner` (an entry rendered at `indent` + n units, its comma included) in objects named by `keys`, outermost first. */
export function wrapInObjects(keys: readonly string[], inner: string, indent: string, style: SourceStyle, keyText: (key: string) => string): string {
  // `inner` carries its own comma (before its trailing comments); each wrapper adds one after its brace.
  let text = inner;
  for (let depth = keys.length - 1; depth >= 0; depth--) {
    const outerIndent = indent + style.indentUnit.repeat(depth);
    const innerIndent = outerIndent + style.indentUnit;
    const comma = depth < keys.length - 1 && style.trailingCommas ? "," : "";
    text = `${keyText(keys[depth]!)}: {${style.eol}${innerIndent}${text}${comma}${style.eol}${outerIndent}}`;
  }
  return text;
}
