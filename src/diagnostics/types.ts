/**
 * @fileoverview The Diagnostic: the one shape every stage reports problems in.
 * Data only: a code and the data its catalogue entry needs. The wording is
 * written from that data at output (word.ts), printing by the reporters.
 */
import type { DataOf, DiagnosticCode } from "./catalogue.js";

export type Severity = "error" | "warning" | "info";

/** A point in a source file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A span of source text, end exclusive. */
export interface SourceRange {
  start: Position;
  end: Position;
}

/** A path into the config value, e.g. `["agents", "list", 0, "model"]`. */
export type JsonPath = ReadonlyArray<string | number>;

/** A replacement of `range` in `file` by `newText`. */
export interface TextEdit {
  range: SourceRange;
  newText: string;
}

/** A mechanical fix a tool (or `--fix`) may apply. */
export interface Fix {
  description: string;
  edits: TextEdit[];
}

/** Another place that explains a diagnostic (the first of two duplicate keys, say). */
export interface RelatedLocation {
  file: string;
  range: SourceRange;
  message: string;
}

/** What every diagnostic carries, whatever its code. */
export interface DiagnosticBase {
  severity: Severity;
  /** The file the problem was written in (for `$include`d values, the included file). */
  file: string;
  path: JsonPath;
  range: SourceRange;
  fix?: Fix;
  related?: RelatedLocation[];
}

/** A diagnostic of code `C` with the data its catalogue entry words it from. */
export interface DiagnosticFor<C extends DiagnosticCode> extends DiagnosticBase {
  /** Stable code from the catalogue, e.g. `schema/unknown-key`. Never renamed, never reused. */
  code: C;
  /** What the message and hint are written from (wordDiagnostic), never the words themselves. */
  data: DataOf<C>;
}

/** A diagnostic of any of the codes `C` (one of them, told apart by `code`). */
export type DiagnosticOf<C extends DiagnosticCode> = C extends DiagnosticCode ? DiagnosticFor<C> : never;

/** A diagnostic of any code; checking `code` narrows `data` to that code's. */
export type Diagnostic = DiagnosticOf<DiagnosticCode>;

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
