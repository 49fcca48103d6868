/**
 * @fileoverview model/not-in-model-policy: in OpenClaw 2026.9 the allowlist of
 * models is `modelPolicy.allow` (agents.defaults, or an agent's own, which
 * replaces it; empty or absent allows any model), not the keys of
 * agents.defaults.models. Its entries are aliases, exact "provider/model" refs
 * and trailing prefix wildcards ("kimi/*", "clawrouter/anthropic/*"). A chat
 * model outside it cannot be selected with /model or --model; OpenClaw still
 * loads the file (fixtures/openclaw-2026.9/modelpolicy-primary-outside), so
 * this is a warning, never an error.
 */
import { parseModelRef } from "../../providers/index.js";
import type { AgentView, Written } from "../../resolve/config-view.js";
import type { ChainEntry } from "../../resolve/model-chains.js";
import { modelIdentity } from "../chain-entries.js";
import { defineRule } from "../types.js";

/** One allow entry as a test on a resolved model identity ("provider/model"). */
function matcher(pattern: string, aliases: ReadonlyMap<string, string>): (identity: string) => boolean {
  const text = pattern.trim();
  const aliased = aliases.get(text.toLowerCase());
  if (aliased) return matcher(aliased, new Map());
  if (text.endsWith("/*")) {
    const provider = parseModelRef(`${text.slice(0, -2).split("/")[0]}/x`)?.provider ?? text.split("/")[0]!.toLowerCase();
    const rest = text.slice(0, -1).split("/").slice(1).join("/");
    return (identity) => identity.startsWith(`${provider}/${rest}`);
  }
  const ref = parseModelRef(text);
  const exact = ref ? `${ref.provider}/${ref.model}` : text;
  return (identity) => identity === exact;
}

export const notInModelPolicy = defineRule({
  code: "model/not-in-model-policy",
  check(context) {
    const { view, chains } = context;
    if (view.target !== "2026.9") return;
    const aliases = new Map<string, string>();
    for (const entry of view.catalog) if (entry.alias) aliases.set(entry.alias.value.trim().toLowerCase(), entry.key);
    const agentAt = new Map<string, AgentView>(view.agents.map((a) => [a.path.join("\u0000"), a]));
    const seen = new Set<ChainEntry>();
    const judge = (policy: Written<string>[] | undefined, policyPath: string, chainList: typeof chains.defaults) => {
      if (!policy || policy.length === 0) return;
      const tests = policy.map((p) => matcher(p.value, aliases));
      for (const chain of chainList) {
        if (chain.kind !== "model" && chain.kind !== "subagents") continue;
        const entries = [
          ...(chain.primary ? [{ entry: chain.primary, role: "primary" as const }] : []),
          ...chain.fallbacks.map((entry) => ({ entry, role: "fallback" as const })),
        ];
        for (const { entry, role } of entries) {
          if (seen.has(entry) || !entry.ref || entry.via === "default-provider") continue;
          seen.add(entry);
          const identity = modelIdentity(entry);
          if (tests.some((test) => test(identity))) continue;
          context.report({ ref: entry.raw, role, policy: policyPath }, entry.path);
        }
      }
    };
    for (const agent of chains.agents) {
      const own = agent.path ? agentAt.get(agent.path.join("\u0000"))?.modelPolicy : undefined;
      if (own) judge(own, `${agent.path!.join(".")}.modelPolicy.allow`, agent.chains);
    }
    // Whatever an agent inherits, and the defaults' own chains, fall under the defaults' policy.
    for (const agent of chains.agents) {
      const own = agent.path ? agentAt.get(agent.path.join("\u0000"))?.modelPolicy : undefined;
      if (!own) judge(view.defaults.modelPolicy, "agents.defaults.modelPolicy.allow", agent.chains);
    }
    judge(view.defaults.modelPolicy, "agents.defaults.modelPolicy.allow", chains.defaults);
  },
});
