/**
 * @fileoverview Turns a code, its data and a location into a Diagnostic. The
 * only way stages make diagnostics. The data is kept as it is (huge strings
 * aside); the catalogue words it only at output (word.ts).
 */
import { catalogue, type DataOf, type DiagnosticCode } from "./catalogue.js";
import type { DiagnosticFor, DiagnosticOf, Fix, JsonPath, RelatedLocation, Severity, SourceRange } from "./types.js";

export interface Location {
  file: string;
  path: JsonPath;
  range: SourceRange;
}

export interface ReportExtras {
  fix?: Fix;
  related?: RelatedLocation[];
  severity?: Severity;
}

/** Longer strings in a diagnostic's data are not kept, nor quoted in its message (a 10 MB value would make a 10 MB message). */
const MAX_QUOTED_LENGTH = 1024;

/**
 * The data with every string longer than MAX_QUOTED_LENGTH replaced by its length alone. Never a
 * prefix: the string may be a secret, and redaction only recognises a secret whole.
 */
function elideHugeStrings<T>(value: T, depth = 0): T {
  if (typeof value === "string") return (value.length > MAX_QUOTED_LENGTH ? `‹${value.length} characters›` : value) as T;
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => elideHugeStrings(item, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(out, key, { value: elideHugeStrings(item, depth + 1), enumerable: true, writable: true, configurable: true });
  return out as T;
}

export function createDiagnostic<C extends DiagnosticCode>(code: C, data: DataOf<C>, at: Location, extras: ReportExtras = {}): DiagnosticOf<C> {
  const severity: Severity = extras.severity ?? catalogue[code].severity;
  const diagnostic: DiagnosticFor<C> = { code, severity, data: elideHugeStrings(data), file: at.file, path: [...at.path], range: at.range };
  if (extras.fix) diagnostic.fix = extras.fix;
  if (extras.related && extras.related.length > 0) diagnostic.related = extras.related;
  // DiagnosticFor<C> is DiagnosticOf<C> for each code C; TypeScript cannot follow a generic C through the distribution.
  return diagnostic as DiagnosticOf<C>;
}
