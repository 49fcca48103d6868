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
    const reported = new Set<string>();
    for (const chain of allChains(context.chains)) {
      if (!chain.primary) continue;
      const primary = modelIdentity(chain.primary);
      for (const fallback of chain.fallbacks) {
        const key = JSON.stringify([fallback.path, chain.primary.path]);
        if (reported.has(key) || modelIdentity(fallback) !== primary) continue;
        reported.add(key);
        const where = formatPath(fallback.path.slice(0, -1));
        context.report({ ref: fallback.raw, where }, fallback.path);
      }
    }
  },
});
