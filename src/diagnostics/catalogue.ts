/**
 * @fileoverview The one catalogue of diagnostic codes. Each stage declares its
 * codes in `codes/<stage>.ts`; this file joins them. Codes are a public
 * contract: never rename or reuse one.
 */
import type { CodeSpec } from "./define.js";
import { parseCodes } from "./codes/parse.js";
import { includeCodes } from "./codes/include.js";
import { envCodes } from "./codes/env.js";
import { schemaCodes } from "./codes/schema.js";
import { legacyCodes } from "./codes/legacy.js";
import { stateCodes } from "./codes/state.js";
import { modelCodes } from "./codes/model.js";
import { authCodes } from "./codes/auth.js";
import { secretsCodes } from "./codes/secrets.js";
import { agentsCodes } from "./codes/agents.js";
import { settingsCodes } from "./codes/settings.js";
import { compileCodes } from "./codes/compile.js";
import { authCliCodes } from "./codes/auth-cli.js";
import { targetsCodes } from "./codes/targets.js";
import { sessionsCodes } from "./codes/sessions.js";

export const catalogue = {
  ...parseCodes,
  ...includeCodes,
  ...envCodes,
  ...schemaCodes,
  ...legacyCodes,
  ...stateCodes,
  ...modelCodes,
  ...authCodes,
  ...secretsCodes,
  ...agentsCodes,
  ...settingsCodes,
  ...compileCodes,
  ...authCliCodes,
  ...targetsCodes,
  ...sessionsCodes,
} as const;

export type Catalogue = typeof catalogue;
export type DiagnosticCode = keyof Catalogue & string;
/** The data a report of code `C` carries (of any of the codes, for a union). */
export type DataOf<C extends DiagnosticCode> = C extends DiagnosticCode ? (Catalogue[C] extends CodeSpec<infer D> ? D : never) : never;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(catalogue, code);
}
