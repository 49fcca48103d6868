/**
 * @fileoverview The Diagnostic: the one shape every stage reports problems in.
 * Data only; wording comes from the catalogue, printing from the reporters.
 */

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

export interface Diagnostic {
  /** Stable code from the catalogue, e.g. `schema/unknown-key`. Never renamed, never reused. */
  code: string;
  severity: Severity;
  message: string;
  /** The file the problem was written in (for `$include`d values, the included file). */
  file: string;
  path: JsonPath;
  range: SourceRange;
  hint?: string;
  fix?: Fix;
  related?: RelatedLocation[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
