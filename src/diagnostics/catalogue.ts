/**
 * @fileoverview The one catalogue of diagnostic codes. Each stage declares its
 * codes in `codes/<stage>.ts`; this file joins them. Codes are a public
 * contract: never rename or reuse one.
 */
import type { CodeSpec } from "./define.js";
import { parseCodes } from "./codes/parse.js";
import { schemaCodes } from "./codes/schema.js";
import { legacyCodes } from "./codes/legacy.js";

export const catalogue = {
  ...parseCodes,
  ...schemaCodes,
  ...legacyCodes,
} as const;

export type Catalogue = typeof catalogue;
export type DiagnosticCode = keyof Catalogue & string;
/** The data a report of code `C` carries. */
export type DataOf<C extends DiagnosticCode> = Catalogue[C] extends CodeSpec<infer D> ? D : never;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(catalogue, code);
}
