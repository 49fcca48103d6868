/**
 * @fileoverview A model name without a provider that is no alias and no
 * unique configured model. Close to an alias: model/unknown-alias (a typo,
 * an error). Otherwise model/missing-provider: OpenClaw falls back to its
 * default provider with a deprecation warning, which is rarely what was meant.
 */
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { formatModelRef } from "../../providers/index.js";
import { uniqueChainRefs } from "../chain-entries.js";
import { defineRule, type RuleContext } from "../types.js";

function aliasSuggestion(context: RuleContext, name: string): { suggestion: string; target: string } | undefined {
  const aliases = context.view.catalog.filter((e) => e.alias).map((e) => ({ alias: e.alias!.value, target: e.key }));
  const suggestion = didYouMean(
    name.trim(),
    aliases.map((a) => a.alias),
  );
  const found = aliases.find((a) => a.alias === suggestion);
  return found ? { suggestion: found.alias, target: found.target } : undefined;
}

export const unknownAlias = defineRule({
  code: "model/unknown-alias",
  check(context) {
    for (const { entry } of uniqueChainRefs(context.chains)) {
      if (entry.via !== "default-provider") continue;
      const close = aliasSuggestion(context as RuleContext, entry.raw);
      if (close) context.report({ name: entry.raw, ...close }, entry.path);
    }
  },
});

export const missingProvider = defineRule({
  code: "model/missing-provider",
  check(context) {
    for (const { entry } of uniqueChainRefs(context.chains)) {
      if (entry.via !== "default-provider" || !entry.ref) continue;
      if (aliasSuggestion(context as RuleContext, entry.raw)) continue;
      context.report({ ref: entry.raw, assumed: formatModelRef(entry.ref) }, entry.path);
    }
    for (const entry of context.view.catalog) {
      if (entry.key.includes("/")) continue;
      context.report({ ref: entry.key, assumed: `openai/${entry.key.trim()}` }, entry.path, { part: "key" });
    }
  },
});
