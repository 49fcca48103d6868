/**
 * @fileoverview Runs every rule over a config source and collects what they report.
 */
import { createDiagnostic } from "../diagnostics/create.js";
import type { DiagnosticCode } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { ConfigSource } from "../document/source.js";
import type { TargetId } from "../schema/targets/ids.js";
import { readConfigView } from "../resolve/config-view.js";
import { resolveModelChains } from "../resolve/model-chains.js";
import { RULES } from "./registry.js";
import type { Rule, RuleContext } from "./types.js";

export interface RunRulesOptions {
  /** The release the config is judged by (where its agents and allowlist are). */
  target?: TargetId;
  envCheck?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
}

export function runRules(source: ConfigSource, options: RunRulesOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const view = readConfigView(source.value, options.target);
  const base = {
    source,
    config: source.value,
    view,
    chains: resolveModelChains(source.value, view),
    envCheck: options.envCheck ?? false,
    env: options.env ?? process.env,
  };
  for (const rule of RULES as readonly Rule<DiagnosticCode>[]) {
    const context: RuleContext<DiagnosticCode> = {
      ...base,
      report: (data, path, reportOptions = {}) => {
        const at = { path, ...source.locate(path, reportOptions.part ?? "value") };
        const extras = {
          ...(reportOptions.fix ? { fix: reportOptions.fix } : {}),
          ...(reportOptions.related ? { related: reportOptions.related } : {}),
          ...(reportOptions.severity ? { severity: reportOptions.severity } : {}),
        };
        out.push(createDiagnostic(rule.code, data as never, at, extras));
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule that throws is a bug in agentcfg; name the rule so the report is useful.
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`rule ${rule.code} failed: ${message}`);
    }
  }
  return out;
}
