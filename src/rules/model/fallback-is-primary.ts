/**
 * @fileoverview model/fallback-is-primary: a fallback that is the primary
 * model. When the primary fails, OpenClaw would try the same model again.
 * Checked per effective chain (an agent's own primary with inherited
 * fallbacks counts), each written fallback once.
 */
import { formatPath } from "../../diagnostics/path.js";
import { allChains, modelIdentity } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const fallbackIsPrimary = defineRule({
  code: "model/fallback-is-primary",
  check(context) {
    // Entries are shared between the agents that inherit them, so a pair of objects is one written pair.
    const reported = new Map<object, Set<object>>();
    for (const chain of allChains(context.chains)) {
      if (!chain.primary) continue;
      const primary = modelIdentity(chain.primary);
      for (const fallback of chain.fallbacks) {
        if (modelIdentity(fallback) !== primary) continue;
        const pairs = reported.get(fallback) ?? new Set<object>();
        if (pairs.has(chain.primary)) continue;
        pairs.add(chain.primary);
        reported.set(fallback, pairs);
        const where = formatPath(fallback.path.slice(0, -1));
        context.report({ ref: fallback.raw, where }, fallback.path);
      }
    }
  },
});
