/**
 * @fileoverview model/duplicate-fallback: one model twice in one fallback
 * list. OpenClaw dedupes the candidates, so the second entry is dead weight
 * and usually a sign that another model was meant.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { ModelSetting } from "../../resolve/config-view.js";
import { resolveEntry } from "../../resolve/model-chains.js";
import { modelIdentity } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const duplicateFallback = defineRule({
  code: "model/duplicate-fallback",
  check(context) {
    const settings: ModelSetting[] = [
      ...Object.values(context.view.defaults.models),
      ...(context.view.defaults.subagentsModel ? [context.view.defaults.subagentsModel] : []),
      ...context.view.agents.flatMap((a) => [...Object.values(a.models), ...(a.subagentsModel ? [a.subagentsModel] : [])]),
    ];
    const identities = new Map<string, string>();
    const identityOf = (raw: string, path: readonly (string | number)[]): string => {
      let identity = identities.get(raw);
      if (identity === undefined) {
        identity = modelIdentity(resolveEntry({ value: raw, path }, context.chains.context));
        identities.set(raw, identity);
      }
      return identity;
    };
    for (const setting of settings) {
      if (!setting.fallbacks || setting.fallbacks.length < 2) continue;
      const seen = new Set<string>();
      for (const fallback of setting.fallbacks) {
        const identity = identityOf(fallback.value, fallback.path);
        if (seen.has(identity)) context.report({ ref: fallback.value, where: formatPath(setting.fallbacksPath ?? setting.path) }, fallback.path);
        seen.add(identity);
      }
    }
  },
});
