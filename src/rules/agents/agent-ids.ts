/**
 * @fileoverview The agent list: duplicate ids, several defaults, and ids
 * OpenClaw rewrites. OpenClaw lower-cases ids and collapses invalid characters
 * to "-" (an empty result becomes "main"), so `Main` and `main` collide.
 * All are warnings: OpenClaw 2026.4 accepts each of these configs (a duplicate
 * id resolves to the first entry), and no rule is stricter than OpenClaw (#20).
 */
import { normalizeAgentId, VALID_AGENT_ID as VALID_ID } from "../../resolve/agent-id.js";
import { defineRule } from "../types.js";

export const duplicateId = defineRule({
  code: "agents/duplicate-id",
  check(context) {
    const seen = new Map<string, readonly (string | number)[]>();
    for (const agent of context.view.agents) {
      if (!agent.id) continue;
      const id = normalizeAgentId(agent.id.value);
      const first = seen.get(id);
      if (first) context.report({ id: agent.id.value }, agent.id.path, { related: [{ ...context.source.locate(first), message: "first used here" }] });
      else seen.set(id, agent.id.path);
    }
  },
});

export const multipleDefaults = defineRule({
  code: "agents/multiple-defaults",
  check(context) {
    const marked = context.view.agents.filter((a) => a.isDefaultFlag);
    const first = marked[0];
    for (const agent of marked.slice(1)) {
      context.report({ id: agent.id?.value ?? `#${agent.index}`, first: first?.id?.value ?? "#0" }, [...agent.path, "default"]);
    }
  },
});

export const invalidId = defineRule({
  code: "agents/invalid-id",
  check(context) {
    for (const agent of context.view.agents) {
      if (!agent.id || VALID_ID.test(agent.id.value.trim())) continue;
      context.report({ id: agent.id.value, normalized: normalizeAgentId(agent.id.value) }, agent.id.path);
    }
  },
});
