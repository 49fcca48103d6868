/**
 * @fileoverview A ConfigSource is the config as OpenClaw sees it (after
 * `$include`), and for every path in it, the file and range where it was
 * written. Later stages see only this, so a problem in an included file is
 * reported in that file, at its line and column.
 */
import type { JsonPath, SourceRange } from "../diagnostics/types.js";
import { rangeOf, type RangePart } from "./locate.js";
import type { ConfigDocument } from "./parse.js";

export interface SourceLocation {
  file: string;
  range: SourceRange;
}

export interface ConfigOrigin {
  doc: ConfigDocument;
  /** The path inside `doc` that holds the value. */
  path: JsonPath;
}

export interface ConfigSource {
  /** The config value (merged across `$include`d files). */
  value: unknown;
  /** Every document read, the entry file first. */
  documents: ConfigDocument[];
  /** Where the value at `path` (a path in `value`) was written. */
  origin(path: JsonPath): ConfigOrigin;
  /** The file and range that show `path`: its key, or its value. */
  locate(path: JsonPath, part?: RangePart): SourceLocation;
}

/** The source of a config held in one document (no `$include`). */
export function singleDocumentSource(doc: ConfigDocument): ConfigSource {
  return {
    value: doc.value,
    documents: [doc],
    origin: (path) => ({ doc, path }),
    locate: (path, part = "value") => ({ file: doc.file, range: rangeOf(doc, path, part) }),
  };
}
