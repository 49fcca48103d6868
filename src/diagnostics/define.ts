/**
 * @fileoverview How a diagnostic code is declared. Each stage's codes live in
 * `codes/<stage>.ts`; `catalogue.ts` gathers them into the one catalogue.
 */
import type { Severity } from "./types.js";

/**
 * One catalogue entry. `D` is the data a report of this code must carry; the
 * message and hint are written from it here, never at the place of the report.
 */
export interface CodeSpec<D> {
  severity: Severity;
  /** One line for the docs: when this code is emitted. */
  doc: string;
  message: (data: D) => string;
  /** What to do; a command it names names `at.file`, so it acts on this file when pasted. */
  hint?: (data: D, at: HintPlace) => string | undefined;
}

/** Where a diagnostic stands, for the commands its hint suggests. */
export interface HintPlace {
  /** The diagnostic's file as one shell word (quoted where it must be), or `<file>` where there is none (the editor schema). */
  file: string;
}

/** Declares a code; the type parameter names the data its message needs. */
export function defineCode<D = Record<string, never>>(spec: CodeSpec<D>): CodeSpec<D> {
  return spec;
}

/** Quotes a user-supplied name for a message: `"fallback"`. */
export function q(text: string): string {
  return JSON.stringify(text);
}

/** `a`, `a or b`, `a, b or c`; each item quoted. */
export function orList(items: readonly string[]): string {
  const quoted = items.map(q);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
