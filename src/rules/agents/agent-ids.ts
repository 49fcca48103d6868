/**
 * @fileoverview The agent list: duplicate ids, several defaults, and ids
 * OpenClaw rewrites. OpenClaw lower-cases ids and collapses invalid characters
 * to "-" (an empty result becomes "main"), so `Main` and `main` collide.
 */
import { defineRule } from "../types.js";

const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** The id OpenClaw uses for `raw` (src/routing/session-key.ts). */
export function normalizeAgentId(raw: string): string {
  const trimmed = raw.trim();
  if (VALID_ID.test(trimmed)) return trimmed.toLowerCase();
  const collapsed = trimmed
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+/, "")
    .replace(/-+$/, "")
    .slice(0, 64);
  return collapsed === "" ? "main" : collapsed;
}

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
