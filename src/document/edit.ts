/**
 * @fileoverview Comment-preserving edits on JSON5 source text. Every change is a
 * splice of the user's text at ranges taken from the momoa tree and tokens; the
 * file is never re-serialized, so comments, blank lines, key order, quote style,
 * number literals and trailing commas stay as written. After each edit the text
 * is parsed again, so paths always refer to the current text.
 */
import type { ArrayNode, MemberNode, ObjectNode, Token, ValueNode } from "@humanwhocodes/momoa";
import { tokenize } from "./momoa.js";
import type { JsonPath } from "../diagnostics/types.js";
import { applyEdits, type OffsetEdit } from "./edit-apply.js";
import { commentsWithin, entryExtent, indentOfLine, lineStartOf, memberExtent, type MemberExtent } from "./edit-extent.js";
import { freshValue, renderEntry, wrapInObjects, type EntryParts, type SourceSnippet } from "./edit-render.js";
import { detectStyle, formatKey, isComment, type SourceStyle } from "./edit-style.js";
import { findMember } from "./locate.js";
import { parseDocument, type ConfigDocument } from "./parse.js";

export interface EntryComments {
  leading?: readonly string[];
  trailing?: readonly string[];
}

/** A member taken out of the source: its value as written and its comments. */
export interface TakenMember {
  value: SourceSnippet;
  separator: string;
  leading: string[];
  trailing: string[];
}

export class SourceEditor {
  text!: string;
  doc!: ConfigDocument;
  tokens!: Token[];
  style!: SourceStyle;

  constructor(
    text: string,
    readonly file = "<input>",
  ) {
    this.load(text);
  }

  get value(): unknown {
    return this.doc.value;
  }

  private load(text: string): void {
    const doc = parseDocument(text, this.file);
    if (!doc.ast) throw new Error(`the edited text of ${this.file} no longer parses:\n${text}`);
    this.text = text;
    this.doc = doc;
    this.tokens = tokenize(text, { mode: "json5", ranges: true });
    this.style = detectStyle(text, this.tokens);
  }

  private commit(edits: OffsetEdit[]): void {
    this.load(applyEdits(this.text, edits));
  }

  /** The node at `path` (and the member holding it), or undefined when the path leads nowhere. */
  node(path: JsonPath): { value: ValueNode; member: MemberNode | undefined } | undefined {
    let value: ValueNode = this.doc.ast!.body;
    let member: MemberNode | undefined;
    for (const segment of path) {
      if (value.type === "Object" && typeof segment === "string") {
        member = findMember(value, segment);
        if (!member) return undefined;
        value = member.value;
      } else if (value.type === "Array" && typeof segment === "number") {
        const element = (value as ArrayNode).elements[segment];
        if (!element) return undefined;
        member = undefined;
        value = element.value;
      } else return undefined;
    }
    return { value, member };
  }

  has(path: JsonPath): boolean {
    return this.node(path) !== undefined;
  }

  /** The source text of the value at `path`. */
  raw(path: JsonPath): string {
    const found = this.mustFind(path);
    return this.text.slice(found.value.loc.start.offset, found.value.loc.end.offset);
  }

  /** The source position of a path's key (or value, for array elements), for diagnostics. */
  rangeOf(path: JsonPath, part: "key" | "value" = "key") {
    const found = this.mustFind(path);
    const node = part === "key" && found.member ? found.member.name : found.value;
    return this.doc.lines.rangeAt(node.loc.start.offset, node.loc.end.offset);
  }

  private mustFind(path: JsonPath) {
    const found = this.node(path);
    if (!found) throw new Error(`no value at ${path.join(".")} in ${this.file}`);
    return found;
  }

  /** A key written the way this file writes keys. */
  keyText(key: string): string {
    return formatKey(key, this.style);
  }

  /** Replaces the value at `path` with `text` (continuation lines relative to column 0 are indented to fit). */
  replaceValue(path: JsonPath, text: string): void {
    const { value } = this.mustFind(path);
    const indent = indentOfLine(this.text, value.loc.start.offset);
    const rendered = renderEntry({ head: "", value: freshValue(text), leading: [], trailing: [] }, indent, false, this.style);
    this.commit([{ start: value.loc.start.offset, end: value.loc.end.offset, text: rendered }]);
  }

  /** Replaces a range inside the value at `path` (offsets relative to the value's start). */
  replaceInValue(path: JsonPath, from: number, to: number, text: string): void {
    const start = this.mustFind(path).value.loc.start.offset;
    this.commit([{ start: start + from, end: start + to, text }]);
  }

  /** Renames the key of the member at `path`, keeping its value, comments and position. */
  renameKey(path: JsonPath, newKey: string): void {
    const { member } = this.mustFind(path);
    if (!member) throw new Error(`${path.join(".")} is not an object member`);
    const quote = this.text[member.name.loc.start.offset];
    const keyText =
      quote === '"' || quote === "'" ? formatKey(newKey, { ...this.style, keyQuoting: quote === "'" ? "single" : "double" }) : this.keyText(newKey);
    this.commit([{ start: member.name.loc.start.offset, end: member.name.loc.end.offset, text: keyText }]);
  }

  /** The member (or array element) at `path` as written: value text, separator and comments. */
  take(path: JsonPath): TakenMember {
    const { member, value } = this.mustFind(path);
    if (!member) {
      // An array element: its comments are the ones on its lines, before and after it.
      const extent = entryExtent(this.text, this.tokens, value.loc.start.offset, value.loc.end.offset);
      return {
        value: this.snippet(value.loc.start.offset, value.loc.end.offset),
        separator: ": ",
        leading: extent.leading.map((t) => this.tokenText(t)),
        trailing: extent.trailing.map((t) => this.tokenText(t)),
      };
    }
    const extent = memberExtent(this.text, this.tokens, member);
    const valueStart = member.value.loc.start.offset;
    const valueEnd = member.value.loc.end.offset;
    const between = this.text.slice(member.name.loc.end.offset, valueStart);
    const inner = commentsWithin(this.tokens, member.loc.start.offset, valueStart);
    return {
      value: this.snippet(valueStart, valueEnd),
      separator: inner.length === 0 && !/[\r\n]/.test(between) ? between : ": ",
      leading: [...extent.leading, ...inner].map((t) => this.tokenText(t)),
      trailing: extent.trailing.map((t) => this.tokenText(t)),
    };
  }

  /** Every comment that belongs to the member at `path`: leading, inside and trailing. */
  commentsIn(path: JsonPath): string[] {
    const found = this.mustFind(path);
    const start = found.member ? found.member.loc.start.offset : found.value.loc.start.offset;
    const extent = entryExtent(this.text, this.tokens, start, found.value.loc.end.offset);
    return commentsWithin(this.tokens, extent.start, extent.end).map((t) => this.tokenText(t));
  }

  private tokenText(token: Token): string {
    return this.text.slice(token.loc.start.offset, token.loc.end.offset);
  }

  private snippet(start: number, end: number): SourceSnippet {
    const protectedLines = new Set<number>();
    for (const token of this.tokens) {
      if (token.loc.end.offset <= start || token.loc.start.offset >= end) continue;
      if (token.type !== "String" && token.type !== "BlockComment") continue;
      for (let i = token.loc.start.offset; i < token.loc.end.offset; i++) {
        if (this.text[i] === "\n" || (this.text[i] === "\r" && this.text[i + 1] !== "\n")) protectedLines.add(i + 1 - start);
      }
    }
    return { text: this.text.slice(start, end), baseIndent: indentOfLine(this.text, start), protectedLines };
  }

  /**
   * Adds `key` to the object at `parentPath`, after its last member; missing
   * objects on the way are created. The new member follows the file's
   * indentation, key quoting and trailing-comma habit.
   */
  insertMember(parentPath: JsonPath, key: string, value: SourceSnippet | string, comments: EntryComments = {}, separator = ": "): void {
    let depth = parentPath.length;
    while (depth > 0 && !this.has(parentPath.slice(0, depth))) depth--;
    const container = this.mustFind(parentPath.slice(0, depth)).value;
    if (container.type !== "Object") throw new Error(`${parentPath.slice(0, depth).join(".")} is not an object`);
    const missing = parentPath.slice(depth).map(String);
    const snippet = typeof value === "string" ? freshValue(value) : value;
    const parts: EntryParts = { head: `${this.keyText(key)}${separator}`, value: snippet, leading: comments.leading ?? [], trailing: comments.trailing ?? [] };
    this.insertEntry(container, (indent, comma) => {
      if (missing.length === 0) return renderEntry(parts, indent, comma, this.style);
      const innerIndent = indent + this.style.indentUnit.repeat(missing.length);
      const entry = renderEntry(parts, innerIndent, this.style.trailingCommas, this.style);
      return wrapInObjects(missing, entry, indent, this.style, (k) => this.keyText(k)) + (comma ? "," : "");
    });
  }

  /** Adds an element at the end of the array at `path`. */
  appendElement(path: JsonPath, value: SourceSnippet | string, comments: EntryComments = {}): void {
    const container = this.mustFind(path).value;
    if (container.type !== "Array") throw new Error(`${path.join(".")} is not an array`);
    const snippet = typeof value === "string" ? freshValue(value) : value;
    this.insertEntry(container, (indent, comma) =>
      renderEntry({ head: "", value: snippet, leading: comments.leading ?? [], trailing: comments.trailing ?? [] }, indent, comma, this.style),
    );
  }

  /** Inserts an entry rendered by `render(indent, comma)` as the last entry of a container; the comma goes before trailing comments. */
  private insertEntry(container: ObjectNode | ArrayNode, render: (indent: string, comma: boolean) => string): void {
    const entries: { loc: { start: { offset: number }; end: { offset: number } } }[] = container.type === "Object" ? container.members : container.elements;
    const open = container.loc.start.offset;
    const close = container.loc.end.offset - 1;
    const edits: OffsetEdit[] = [];
    const eol = this.style.eol;
    if (entries.length === 0) {
      const outer = indentOfLine(this.text, open);
      const indent = outer + this.style.indentUnit;
      const entry = render(indent, this.style.trailingCommas);
      const lastCode = this.lastTokenBefore(close);
      const closeOnOwnLine = lineStartOf(this.text, close) > lastCode.loc.end.offset && this.text.slice(lineStartOf(this.text, close), close).trim() === "";
      if (closeOnOwnLine) edits.push({ start: lineStartOf(this.text, close), end: lineStartOf(this.text, close), text: `${indent}${entry}${eol}` });
      else edits.push({ start: lastCode.loc.end.offset, end: close, text: `${eol}${indent}${entry}${eol}${outer}` });
      this.commit(edits);
      return;
    }
    const last = entries[entries.length - 1]!;
    const extent: MemberExtent = entryExtent(this.text, this.tokens, last.loc.start.offset, last.loc.end.offset);
    const hadComma = extent.comma !== undefined;
    if (!hadComma) edits.push({ start: last.loc.end.offset, end: last.loc.end.offset, text: "," });
    if (extent.ownLines && extent.lineEnd <= close) {
      const indent = indentOfLine(this.text, last.loc.start.offset);
      edits.push({ start: extent.lineEnd, end: extent.lineEnd, text: `${indent}${render(indent, hadComma)}${eol}` });
    } else {
      const single = render("", hadComma);
      if (!/[\r\n]/.test(single) && !single.includes("//")) {
        const at = hadComma ? extent.comma!.loc.end.offset : last.loc.end.offset;
        edits.push({ start: at, end: at, text: ` ${single}` });
      } else {
        const outer = indentOfLine(this.text, open);
        const indent = outer + this.style.indentUnit;
        edits.push({ start: extent.end, end: close, text: `${eol}${indent}${render(indent, hadComma)}${eol}${outer}` });
      }
    }
    this.commit(edits);
  }

  private lastTokenBefore(offset: number): Token {
    let found = this.tokens[0]!;
    for (const token of this.tokens) {
      if (token.loc.end.offset > offset) break;
      if (!isComment(token)) found = token;
    }
    return found;
  }

  /**
   * Removes the member at `path` with its comma, its leading and its trailing
   * comments. With `keepComments`, every comment in it stays where it was, on lines of its own.
   */
  removeMember(path: JsonPath, keepComments = false): void {
    const found = this.mustFind(path);
    const start = found.member ? found.member.loc.start.offset : found.value.loc.start.offset;
    const extent = entryExtent(this.text, this.tokens, start, found.value.loc.end.offset);
    this.replaceEntry(path, keepComments ? commentsWithin(this.tokens, extent.start, extent.end).map((t) => this.tokenText(t)) : []);
  }

  /**
   * Replaces the member at `path` with comment lines: its own leading comments,
   * `header`, the member as it was written (key, value and the comments inside
   * it) each line behind `// `, then its trailing comments. For a key a release
   * refuses and that has no new home: it stops applying, and nothing the user
   * wrote is lost.
   */
  commentOutMember(path: JsonPath, header: string): void {
    const found = this.mustFind(path);
    const start = found.member ? found.member.loc.start.offset : found.value.loc.start.offset;
    const end = found.value.loc.end.offset;
    const extent = entryExtent(this.text, this.tokens, start, end);
    const indent = indentOfLine(this.text, start);
    const written = this.text
      .slice(start, end)
      .split(/\r?\n|\r/)
      .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
    this.replaceEntry(path, [
      ...extent.leading.map((t) => this.tokenText(t)),
      `// ${header}`,
      ...written.map((line) => `// ${line}`.trimEnd()),
      ...extent.trailing.map((t) => this.tokenText(t)),
    ]);
  }

  /** Removes the member at `path` with its comma and comments, leaving `comments` in its place, each on a line of its own. */
  private replaceEntry(path: JsonPath, comments: readonly string[]): void {
    const found = this.mustFind(path);
    const parent = this.mustFind(path.slice(0, -1)).value;
    const start = found.member ? found.member.loc.start.offset : found.value.loc.start.offset;
    const end = found.value.loc.end.offset;
    const extent = entryExtent(this.text, this.tokens, start, end);
    const entries: { loc: { start: { offset: number } } }[] = parent.type === "Object" ? parent.members : parent.type === "Array" ? parent.elements : [];
    const isLast = entries[entries.length - 1]?.loc.start.offset === start;
    const edits: OffsetEdit[] = [];
    const indent = indentOfLine(this.text, start);
    if (extent.ownLines) {
      edits.push({ start: extent.lineStart, end: extent.lineEnd, text: comments.map((c) => `${indent}${c}${this.style.eol}`).join("") });
      if (isLast && !extent.comma && extent.before?.type === "Comma")
        edits.push({ start: extent.before.loc.start.offset, end: extent.before.loc.end.offset, text: "" });
    } else {
      let from = extent.start;
      let to = extent.end;
      if (isLast && !extent.comma && extent.before?.type === "Comma") from = extent.before.loc.start.offset;
      else while (to < this.text.length && (this.text[to] === " " || this.text[to] === "\t")) to++;
      // A line comment ends its line: the text after it goes on the next one.
      const keptText = comments.map((c) => (c.startsWith("//") ? `${c}${this.style.eol}${indent}` : `${c} `)).join("");
      edits.push({ start: from, end: to, text: keptText === "" ? "" : ` ${keptText}` });
    }
    this.commit(edits);
  }

  /** Puts comment lines above the member at `path`, at its indentation. */
  insertCommentsBefore(path: JsonPath, comments: readonly string[]): void {
    if (comments.length === 0) return;
    const found = this.mustFind(path);
    const start = found.member ? found.member.loc.start.offset : found.value.loc.start.offset;
    const extent = entryExtent(this.text, this.tokens, start, found.value.loc.end.offset);
    const indent = indentOfLine(this.text, start);
    if (extent.ownLines)
      this.commit([{ start: extent.lineStart, end: extent.lineStart, text: comments.map((c) => `${indent}${c}${this.style.eol}`).join("") }]);
    else
      this.commit([
        { start: extent.start, end: extent.start, text: comments.map((c) => (c.startsWith("//") ? `${c}${this.style.eol}${indent}` : `${c} `)).join("") },
      ]);
  }

  /**
   * Moves the member at `from` into the object at `toParent` under `newKey`,
   * carrying its comments; objects missing on the way are created.
   */
  moveMember(from: JsonPath, toParent: JsonPath, newKey: string): void {
    const taken = this.take(from);
    this.insertMember(toParent, newKey, taken.value, { leading: taken.leading, trailing: taken.trailing }, taken.separator);
    this.removeMember(from);
  }
}
