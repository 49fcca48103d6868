/**
 * @fileoverview model/not-in-allowlist: in OpenClaw 2026.4 a non-empty
 * `agents.defaults.models` is also the allowlist of models (issue #20265).
 * OpenClaw widens it itself: each agent's configured primary and fallbacks are
 * added to the allowed set (buildAllowedModelSet; `models list` shows them as
 * "default" and "fallback#N"), and `config validate` accepts a primary outside
 * the map. So only what OpenClaw does not add is reported: sub-agent models,
 * and only as a warning (issue #20: never stricter than OpenClaw without
 * saying so), since OpenClaw accepts the config.
 */
import { parseModelRef } from "../../providers/index.js";
import type { ChainEntry } from "../../resolve/model-chains.js";
import { modelIdentity, uniqueChainRefs } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const notInAllowlist = defineRule({
  code: "model/not-in-allowlist",
  check(context) {
    // In 2026.9 agents.defaults.models is no allowlist: modelPolicy.allow is (not-in-model-policy.ts).
    if (context.view.target !== "2026.4" || context.view.catalog.length === 0) return;
    const allowed = new Set<string>();
    for (const entry of context.view.catalog) {
      const ref = parseModelRef(entry.key);
      if (ref) allowed.add(`${ref.provider}/${ref.model}`);
    }
    const listed = new Map<string, boolean>();
    const isListed = (entry: ChainEntry): boolean => {
      let found = listed.get(entry.canonical);
      if (found === undefined) {
        found = allowed.has(modelIdentity(entry));
        listed.set(entry.canonical, found);
      }
      return found;
    };
    for (const { entry, role, chain } of uniqueChainRefs(context.chains)) {
      // The chat model chain is widened into the allowlist by OpenClaw; other kinds
      // (image, pdf, …) are not subject to the /model allowlist at all.
      if (chain.kind !== "subagents") continue;
      // A bare name resolved to the default provider is reported by the model-name rules already.
      if (!entry.ref || entry.via === "default-provider" || isListed(entry)) continue;
      context.report({ ref: entry.raw, role }, entry.path);
    }
  },
});
