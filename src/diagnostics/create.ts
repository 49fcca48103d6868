/**
 * @fileoverview Turns a code, its data and a location into a Diagnostic, with
 * the wording from the catalogue. The only way stages make diagnostics.
 */
import { catalogue, type DataOf, type DiagnosticCode } from "./catalogue.js";
import type { CodeSpec } from "./define.js";
import type { Diagnostic, Fix, JsonPath, RelatedLocation, Severity, SourceRange } from "./types.js";

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

/** Longer strings in a diagnostic's data are not quoted in its message (a 10 MB value would make a 10 MB message). */
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
  for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: elideHugeStrings(item, depth + 1), enumerable: true, writable: true, configurable: true });
  return out as T;
}

export function createDiagnostic<C extends DiagnosticCode>(
  code: C,
  data: DataOf<C>,
  at: Location,
  extras: ReportExtras = {},
): Diagnostic {
  const spec = catalogue[code] as unknown as CodeSpec<DataOf<C>>;
  data = elideHugeStrings(data);
  const diagnostic: Diagnostic = {
    code,
    severity: extras.severity ?? spec.severity,
    message: spec.message(data),
    file: at.file,
    path: [...at.path],
    range: at.range,
  };
  const hint = spec.hint?.(data);
  if (hint) diagnostic.hint = hint;
  if (extras.fix) diagnostic.fix = extras.fix;
  if (extras.related && extras.related.length > 0) diagnostic.related = extras.related;
  return diagnostic;
}
