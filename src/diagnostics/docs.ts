/**
 * @fileoverview Renders the catalogue as Markdown (docs/diagnostics.md), so the
 * list of codes users read is the list the code uses. A test fails when the
 * committed file drifts.
 */
import { catalogue } from "./catalogue.js";
import type { CodeSpec } from "./define.js";

const GROUP_TITLES: Record<string, string> = {
  parse: "Reading and parsing",
  schema: "Schema",
  legacy: "Legacy forms (fixed by `agentcfg migrate`)",
  model: "Model references and chains",
  auth: "Auth profiles and order",
  secrets: "Secrets",
  agents: "Agents",
  state: "Auth state",
  include: "`$include`",
  env: "`${VAR}` references",
  settings: "agentcfg settings (`--rule`, `agentcfg.config.json5`)",
};

export function renderDiagnosticsDoc(): string {
  const codes = Object.keys(catalogue).sort();
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = code.split("/")[0]!;
    groups.set(group, [...(groups.get(group) ?? []), code]);
  }
  const out = [
    "# Diagnostic codes",
    "",
    "Every problem agentcfg reports has a stable code, grouped by the stage that finds it. Codes are never renamed or reused.",
    "This file is generated from `src/diagnostics/catalogue.ts` (`npm run docs`); do not edit it by hand.",
    "",
  ];
  for (const [group, groupCodes] of groups) {
    out.push(`## ${GROUP_TITLES[group] ?? group}`, "", "| code | default severity | when |", "| --- | --- | --- |");
    for (const code of groupCodes) {
      const spec = catalogue[code as keyof typeof catalogue] as CodeSpec<unknown>;
      out.push(`| <a id="${code.replace("/", "-")}"></a>\`${code}\` | ${spec.severity} | ${spec.doc.replace(/\|/g, "\\|")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
