/**
 * @fileoverview model/retired-model: a model ref the release no longer
 * resolves because the model was shut down (2026.9 refuses
 * `google/gemini-3-pro-preview`: "Unknown model … Google shut down Gemini 3
 * Pro Preview on 2026-03-09. Use google/gemini-3.1-pro-preview."). Which
 * models, for which release: the release record's `retiredModels`.
 */
import { RELEASE_REFUSALS } from "../../schema/targets/release-refusals.js";
import { uniqueChainRefs } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const retiredModel = defineRule({
  code: "model/retired-model",
  check(context) {
    const retired = RELEASE_REFUSALS[context.view.target].retiredModels;
    if (retired.length === 0) return;
    for (const { entry } of uniqueChainRefs(context.chains)) {
      // The ref as written: 2026.9 accepts google/gemini-3-pro (recorded), which 2026.4's id normalization would read as the retired preview.
      const found = retired.find((model) => model.ref === entry.raw.trim());
      if (found) context.report({ ref: entry.raw, replacement: found.replacement, reason: found.reason, release: context.view.target }, entry.path);
    }
  },
});
