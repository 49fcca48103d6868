/**
 * @fileoverview Where a member begins and ends in the source once its comments
 * are counted: the comments on the lines above it (its leading comments), the
 * comma after it, and the comments after that on the same line (its trailing
 * comments). Moving or removing a member moves or removes exactly this extent,
 * so no comment is left behind or taken from a neighbour.
 */
import type { MemberNode, Token } from "@humanwhocodes/momoa";
import { isComment } from "./edit-style.js";

export interface MemberExtent {
  /** Offset of the first character that belongs to the member (a leading comment or the key). */
  start: number;
  /** Offset just past the last character that belongs to it (comma or trailing comment). */
  end: number;
  /** Whether the member sits on lines of its own, so whole lines can be cut. */
  ownLines: boolean;
  /** With `ownLines`: the extent widened to whole lines, the line break included. */
  lineStart: number;
  lineEnd: number;
  leading: Token[];
  /** Comments between the value and the comma, and after the comma on the same line. */
  trailing: Token[];
  /** The comma token after the value, if the member has one. */
  comma: Token | undefined;
  /** The code token before the member: `{`, `[` or the previous comma. */
  before: Token | undefined;
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.loc.start.offset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function hasBreak(text: string, from: number, to: number): boolean {
  return /[\r\n]/.test(text.slice(from, to));
}

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

/** Offset just past the line break ending the line that holds `offset` (or the text's end). */
export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  if (text[i] === "\r" && text[i + 1] === "\n") return i + 2;
  return i < text.length ? i + 1 : i;
}

export function indentOfLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The extent of an object member (or, with the same rules, of an array element spanning `start`..`end`). */
export function memberExtent(text: string, tokens: readonly Token[], member: MemberNode): MemberExtent {
  return entryExtent(text, tokens, member.loc.start.offset, member.loc.end.offset);
}

export function entryExtent(text: string, tokens: readonly Token[], nodeStart: number, nodeEnd: number): MemberExtent {
  const first = tokenIndexAt(tokens, nodeStart);
  let i = first - 1;
  const leadingAll: Token[] = [];
  while (i >= 0 && isComment(tokens[i]!)) leadingAll.unshift(tokens[i--]!);
  const before = i >= 0 ? tokens[i] : undefined;
  const beforeEnd = before ? before.loc.end.offset : 0;
  // Comments on the line of the previous comma belong to the previous member, unless this member shares that line.
  const sharesLine = !hasBreak(text, beforeEnd, nodeStart);
  const leading = sharesLine ? leadingAll : leadingAll.filter((c) => hasBreak(text, beforeEnd, c.loc.start.offset));

  let j = tokenIndexAt(tokens, nodeEnd);
  const trailing: Token[] = [];
  while (j < tokens.length && isComment(tokens[j]!)) trailing.push(tokens[j++]!);
  let comma: Token | undefined;
  if (tokens[j]?.type === "Comma") {
    comma = tokens[j++];
    while (j < tokens.length && isComment(tokens[j]!) && !hasBreak(text, comma!.loc.end.offset, tokens[j]!.loc.start.offset)) trailing.push(tokens[j++]!);
  } else {
    // Without a comma, only comments on the value's own line are the member's.
    const keep = trailing.filter((c) => !hasBreak(text, nodeEnd, c.loc.start.offset));
    trailing.length = 0;
    trailing.push(...keep);
  }
  const start = leading[0]?.loc.start.offset ?? nodeStart;
  const lastToken =
    trailing.length > 0 && (!comma || trailing[trailing.length - 1]!.loc.end.offset > comma.loc.end.offset) ? trailing[trailing.length - 1]! : comma;
  const end = Math.max(nodeEnd, lastToken?.loc.end.offset ?? nodeEnd);
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  const ownLines = text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd).trim() === "";
  return { start, end, ownLines, lineStart, lineEnd, leading, trailing, comma, before };
}

/** Every comment token inside `start`..`end`. */
export function commentsWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(tokens, start); i < tokens.length && tokens[i]!.loc.end.offset <= end; i++) {
    if (isComment(tokens[i]!)) out.push(tokens[i]!);
  }
  return out;
}
