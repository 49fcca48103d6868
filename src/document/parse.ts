/**
 * @fileoverview JSON5 text → a ConfigDocument: the value (exactly as the `json5`
 * package, OpenClaw's parser, reads it), the syntax tree with source ranges
 * (from momoa), and the diagnostics of this stage.
 */
import { parseJson5Text } from "../json5-parse.js";
import type { DocumentNode, MemberNode, Node } from "@humanwhocodes/momoa";
import { parse as parseAst, tokenize } from "./momoa.js";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic, SourceRange } from "../diagnostics/types.js";
import { describeExpected, tokenizeSafely } from "./expected.js";
import { LineIndex } from "../diagnostics/line-index.js";
import { countKeys, MAX_NESTING_DEPTH, scanJsonStructure, scanStructure, type StructureScan } from "./scan-depth.js";
import { findDuplicateKeys } from "./duplicates.js";
import { json5AsJson } from "./json5-as-json.js";
import { rangeOf } from "./locate.js";
import { appendAll } from "../diagnostics/append.js";

export interface ConfigDocument {
  /** The file name used in diagnostics. */
  file: string;
  text: string;
  lines: LineIndex;
  /** The parsed value; undefined when the text could not be parsed. */
  value: unknown;
  /** The syntax tree with ranges; undefined when the text could not be parsed. */
  ast: DocumentNode | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Parses JSON5 config text. Never throws: every problem becomes a diagnostic.
 *
 * Fast where it can be: plain JSON (what OpenClaw itself writes) is read by
 * `JSON.parse`, which gives the same value as json5 for any JSON text; the
 * line index is built only when something asks for a position, and positions
 * are found in the text (locate.ts), so a check builds no syntax tree; duplicate keys are ruled out by counting members, and only when
 * the count says there are some is the tree built to find them.
 */
export function parseDocument(text: string, file: string): ConfigDocument {
  const doc = lazyDocument(text, file);
  const at = (range: SourceRange) => ({ file, path: [], range });

  // JSON.parse does not recurse, so plain JSON is read first and scanned the fast way; json5
  // recurses, so other text is scanned for depth before json5 ever sees it.
  const json = parseJson(text);
  const read = json.ok ? { parsed: json, scan: scanJsonStructure(text) } : readJson5(text);
  const { scan } = read;
  if (scan.tooDeepAt >= 0) {
    doc.diagnostics.push(createDiagnostic("parse/too-deep", { limit: MAX_NESTING_DEPTH }, at(doc.lines.rangeAt(scan.tooDeepAt, scan.tooDeepAt + 1))));
    return doc;
  }

  const parsed = read.parsed ?? parseJson5(text);
  if (!parsed.ok) {
    if (isBlank(text)) doc.diagnostics.push(createDiagnostic("parse/empty-file", {}, at(doc.lines.rangeAt(0, 0))));
    else doc.diagnostics.push(syntaxErrorDiagnostic(parsed.error, text, doc.lines, file));
    return doc;
  }
  doc.value = parsed.value;

  if (countKeys(doc.value) !== scan.memberCount) {
    const ast = doc.ast;
    if (ast) appendAll(doc.diagnostics, findDuplicateKeys(ast, file));
  }

  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    doc.diagnostics.push(createDiagnostic("parse/root-not-object", { actual: describeValue(doc.value) }, at(rangeOf(doc, []))));
  }
  return doc;
}

/**
 * A document whose tree and line index are built on first use. Own enumerable
 * accessors, so a spread copy (`{ ...doc }`) still carries them; assigning one
 * replaces it.
 */
function lazyDocument(text: string, file: string): ConfigDocument {
  let lines: LineIndex | undefined;
  let ast: DocumentNode | undefined;
  let astBuilt = false;
  return {
    file,
    text,
    value: undefined,
    diagnostics: [],
    get lines(): LineIndex {
      lines ??= new LineIndex(text);
      return lines;
    },
    set lines(index: LineIndex) {
      lines = index;
    },
    get ast(): DocumentNode | undefined {
      if (!astBuilt) {
        astBuilt = true;
        // Only text that json5 read has a tree: a file that failed to parse has none.
        ast = this.value === undefined ? undefined : parseTree(text);
      }
      return ast;
    },
    set ast(tree: DocumentNode | undefined) {
      astBuilt = true;
      ast = tree;
    },
  };
}

type ParsedValue = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Plain JSON (what OpenClaw writes): `JSON.parse` gives the same value as json5 for any JSON text. */
function parseJson(text: string): ParsedValue {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The largest text rewritten for JSON.parse. The rewrite is for a start's small config; it holds
 * the text again in pieces, and a 50 MB JSON5 file read that way peaked at 22× its size, against
 * 15× through json5 (bench/: memory, JSON5).
 */
const REWRITE_MAX_CHARS = 1_000_000;

/**
 * Past REWRITE_MAX_CHARS, a text whose lines are this long on average is rewritten all the same:
 * json5 builds a string a character at a time, and one 50 MB string held that way peaked at 2 GB
 * (40× the file); the rewrite's copy costs about one more text.
 */
const LONG_LINES = 4096;

/** Whether the average line of `text` is longer than LONG_LINES (one pass, counting line feeds). */
function hasLongLines(text: string): boolean {
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return text.length / lines > LONG_LINES;
}

/**
 * Text JSON.parse refused: the common JSON5 that json5AsJson rewrites as JSON meaning the same is
 * read by `JSON.parse` (natively, and scanned the fast way: the rewrite has the same brackets and
 * members); anything else, or a rewrite `JSON.parse` still refuses, is scanned as JSON5 for json5
 * to read (parseJson5), which says what is wrong. A scan that finds the text too deep is made again
 * on the text itself, so the diagnostic names the original position.
 */
function readJson5(text: string): { parsed: ParsedValue | undefined; scan: StructureScan } {
  const asJson = text.length <= REWRITE_MAX_CHARS || hasLongLines(text) ? json5AsJson(text) : undefined;
  if (asJson !== undefined) {
    const scan = scanJsonStructure(asJson);
    if (scan.tooDeepAt < 0) {
      try {
        return { parsed: { ok: true, value: JSON.parse(asJson) }, scan };
      } catch {
        // json5 reads it, and words the error.
      }
    }
  }
  return { parsed: undefined, scan: scanStructure(text) };
}

/** Everything else is read by json5, OpenClaw's own parser. */
function parseJson5(text: string): ParsedValue {
  try {
    return { ok: true, value: parseJson5Text(text) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The source range of a momoa node. */
export function nodeRange(node: Node): SourceRange {
  return { start: { ...node.loc.start }, end: { ...node.loc.end } };
}

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "object") return "an object";
  return typeof value;
}

function isBlank(text: string): boolean {
  if (/^[\s\uFEFF]*$/.test(text)) return true;
  try {
    return tokenizeSafely(text, { mode: "json5" }).every((t) => t.type === "LineComment" || t.type === "BlockComment");
  } catch {
    return false;
  }
}

/**
 * momoa refuses `true`, `false` and `null` as unquoted keys, which json5 accepts.
 * When that is the cause, parse a copy with those keys renamed to same-length
 * identifiers (so every offset stays put) and restore their names in the tree.
 */
function parseTree(text: string): DocumentNode | undefined {
  try {
    return parseAst(text, { mode: "json5", ranges: true });
  } catch {
    // fall through to the keyword-key repair
  }
  try {
    const restored = new Map<number, string>();
    const tokens = tokenize(text, { mode: "json5", ranges: true });
    let patched = text;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== "Boolean" && token.type !== "Null") continue;
      const next = tokens.slice(i + 1).find((t) => t.type !== "LineComment" && t.type !== "BlockComment");
      if (next?.type !== "Colon") continue;
      const start = token.loc.start.offset;
      const end = token.loc.end.offset;
      restored.set(start, text.slice(start, end));
      patched = patched.slice(0, start) + "_".repeat(end - start) + patched.slice(end);
    }
    if (restored.size === 0) return undefined;
    const ast = parseAst(patched, { mode: "json5", ranges: true });
    restoreKeyNames(ast, restored);
    return ast;
  } catch {
    return undefined;
  }
}

function restoreKeyNames(ast: DocumentNode, restored: Map<number, string>): void {
  const visit = (node: Node): void => {
    if (node.type === "Object") {
      for (const member of (node as unknown as { members: MemberNode[] }).members) {
        const original = restored.get(member.name.loc.start.offset);
        if (original !== undefined && member.name.type === "Identifier") member.name.name = original;
        visit(member.value);
      }
    } else if (node.type === "Array") {
      for (const element of (node as unknown as { elements: { value: Node }[] }).elements) visit(element.value);
    }
  };
  visit(ast.body);
}

interface Json5Error {
  message?: unknown;
  lineNumber?: unknown;
  columnNumber?: unknown;
}

/** json5 counts lines at LF only and columns in UTF-16 units; map its position to an offset. */
function syntaxErrorDiagnostic(error: unknown, text: string, lines: LineIndex, file: string): Diagnostic {
  const e = (error ?? {}) as Json5Error;
  let offset = text.length;
  if (typeof e.lineNumber === "number" && typeof e.columnNumber === "number") {
    let lineStart = 0;
    for (let line = 1; line < e.lineNumber; line++) {
      const next = text.indexOf("\n", lineStart);
      if (next < 0) break;
      lineStart = next + 1;
    }
    // Column 0 is how json5 names a line break it refuses (it has already counted the new line): the LF before `lineStart`.
    offset = Math.max(0, Math.min(text.length, lineStart + e.columnNumber - 1));
  }
  const atEnd = offset >= text.length || /invalid end of input/.test(String(e.message));
  const found = atEnd ? undefined : String.fromCodePoint(text.codePointAt(offset)!);
  const range = lines.rangeAt(offset, atEnd ? offset : offset + found!.length);
  return createDiagnostic("parse/syntax-error", { found, expected: describeExpected(text.slice(0, offset)) }, { file, path: [], range });
}
