/**
 * @fileoverview agents/binding-unknown-agent: a binding whose `agentId` names
 * no agent of the roster, in a file judged by a release that refuses it
 * (2026.9: "Unknown agent id "work" (not in agents.entries)"; 2026.4 loads
 * it). Which releases: the release record's `bindingsNameRosterAgents`. The
 * default agent `main` is always known, with or without a roster (recorded).
 */
import { normalizeAgentId } from "../../resolve/agent-id.js";
import { RELEASE_REFUSALS } from "../../schema/targets/release-refusals.js";
import { isJsonObject } from "../../json-object.js";
import { defineRule } from "../types.js";

export const bindingUnknownAgent = defineRule({
  code: "agents/binding-unknown-agent",
  check(context) {
    if (!RELEASE_REFUSALS[context.view.target].bindingsNameRosterAgents) return;
    const bindings = isJsonObject(context.config) ? context.config["bindings"] : undefined;
    if (!Array.isArray(bindings)) return;
    const known = new Set(["main", ...context.view.agents.flatMap((agent) => (agent.id ? [normalizeAgentId(agent.id.value)] : []))]);
    bindings.forEach((binding, index) => {
      const agentId = isJsonObject(binding) ? binding["agentId"] : undefined;
      if (typeof agentId !== "string" || known.has(normalizeAgentId(agentId))) return;
      context.report({ agentId, known: [...known] }, ["bindings", index, "agentId"]);
    });
  },
});
