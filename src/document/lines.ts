/**
 * @fileoverview The range stamped on problems that concern a whole file rather than
 * a place in it.
 */
import type { SourceRange } from "../diagnostics/types.js";

/** The range of the first character of the text, for problems with the whole file. */
export const FILE_START: SourceRange = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
