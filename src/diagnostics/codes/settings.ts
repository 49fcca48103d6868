/**
 * @fileoverview Codes about agentcfg's own settings (`--rule` and
 * `agentcfg.config.json5`).
 */
import { defineCode, orList, q } from "../define.js";

export const settingsCodes = {
  "settings/unknown-code": defineCode<{ code: string; suggestion: string | undefined }>({
    severity: "error",
    doc: "A rule setting names a diagnostic code that does not exist.",
    message: (d) => `Unknown diagnostic code ${q(d.code)}${d.suggestion ? `; did you mean ${q(d.suggestion)}?` : "."}`,
    hint: () => "See docs/diagnostics.md for the list of codes.",
  }),
  "settings/not-configurable": defineCode<{ code: string }>({
    severity: "error",
    doc: "A rule setting tries to change a code that reports something OpenClaw itself refuses (syntax, schema, legacy keys).",
    message: (d) => `${q(d.code)} cannot be turned off or down: OpenClaw refuses to start on what it reports.`,
    hint: () => "Only the semantic rules (model/, auth/, secrets/, agents/, env/) and parse/duplicate-key can be configured.",
  }),
  "settings/invalid-severity": defineCode<{ code: string; value: string; allowed: readonly string[] }>({
    severity: "error",
    doc: "A rule setting's severity is not one of off, info, warning, error.",
    message: (d) => `Invalid severity ${q(d.value)} for ${q(d.code)}; expected ${orList(d.allowed)}.`,
    hint: () => 'Write e.g. "model/missing-provider": "off".',
  }),
} as const;
