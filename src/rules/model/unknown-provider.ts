/**
 * @fileoverview model/unknown-provider: a ref whose provider is neither built
 * in nor configured. OpenClaw fails such a model at run time ("Unknown model").
 */
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { isKnownProvider, knownProviderIds, normalizeProviderId } from "../../providers/index.js";
import { uniqueChainRefs } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const unknownProvider = defineRule({
  code: "model/unknown-provider",
  check(context) {
    const configured = new Set(context.view.providers.map((p) => normalizeProviderId(p.id)));
    // A large config repeats a few providers thousands of times: decide each once.
    const known = new Map<string, boolean>();
    for (const { entry } of uniqueChainRefs(context.chains)) {
      if (!entry.ref || entry.via !== "explicit") continue;
      const provider = entry.ref.provider;
      let isKnown = known.get(provider);
      if (isKnown === undefined) {
        isKnown = isKnownProvider(provider) || configured.has(provider);
        known.set(provider, isKnown);
      }
      if (isKnown) continue;
      const suggestion = didYouMean(provider, [...knownProviderIds(), ...configured]);
      context.report({ ref: entry.raw, provider, suggestion }, entry.path);
    }
  },
});
