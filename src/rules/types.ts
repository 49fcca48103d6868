/**
 * @fileoverview What a rule is: one code it reports, and a `check` over the
 * resolved config. Wording, severity and docs live in the catalogue under the
 * same code; a rule only decides where and with what data.
 */
import type { DataOf, DiagnosticCode } from "../diagnostics/catalogue.js";
import type { Fix, JsonPath, RelatedLocation, Severity } from "../diagnostics/types.js";
import type { RangePart } from "../document/locate.js";
import type { ConfigSource } from "../document/source.js";
import type { ConfigView } from "../resolve/config-view.js";
import type { ModelChainsResult } from "../resolve/model-chains.js";

export interface RuleReportOptions {
  part?: RangePart;
  fix?: Fix;
  related?: RelatedLocation[];
  /** Only where the catalogue says a rule may raise its own severity (e.g. with --env-check). */
  severity?: Severity;
}

export interface RuleContext<C extends DiagnosticCode = DiagnosticCode> {
  source: ConfigSource;
  config: unknown;
  view: ConfigView;
  chains: ModelChainsResult;
  /** `--env-check`: look at the current environment too. */
  envCheck: boolean;
  env: Readonly<Record<string, string | undefined>>;
  report(data: DataOf<C>, path: JsonPath, options?: RuleReportOptions): void;
}

export interface Rule<C extends DiagnosticCode = DiagnosticCode> {
  code: C;
  check(context: RuleContext<C>): void;
}

/** Declares a rule; the type parameter ties `report`'s data to the code's message. */
export function defineRule<C extends DiagnosticCode>(rule: Rule<C>): Rule<C> {
  return rule;
}
