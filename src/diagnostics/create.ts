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

export function createDiagnostic<C extends DiagnosticCode>(
  code: C,
  data: DataOf<C>,
  at: Location,
  extras: ReportExtras = {},
): Diagnostic {
  const spec = catalogue[code] as unknown as CodeSpec<DataOf<C>>;
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
