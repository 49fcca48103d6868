/**
 * @fileoverview The profiles listed in `auth.order`: unknown ids
 * (auth/order-unknown-profile) and profiles of another provider
 * (auth/order-provider-mismatch, with the moonshot-vs-kimi explanation where
 * that is the mix-up).
 */
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { confusableProviders, normalizeProviderIdForAuth } from "../../providers/index.js";
import { removeElementFix } from "../remove-element-fix.js";
import { defineRule } from "../types.js";

export const orderUnknownProfile = defineRule({
  code: "auth/order-unknown-profile",
  check(context) {
    const ids = context.view.authProfiles.map((p) => p.id);
    const known = new Set(ids);
    for (const order of context.view.authOrder) {
      for (const id of order.ids) {
        if (known.has(id.value)) continue;
        context.report({ id: id.value, provider: order.provider, suggestion: didYouMean(id.value, ids) }, id.path);
      }
    }
  },
});

export const orderProviderMismatch = defineRule({
  code: "auth/order-provider-mismatch",
  check(context) {
    const profiles = new Map(context.view.authProfiles.map((p) => [p.id, p]));
    for (const order of context.view.authOrder) {
      const listedUnder = normalizeProviderIdForAuth(order.provider);
      for (const id of order.ids) {
        const profile = profiles.get(id.value);
        if (!profile?.provider) continue;
        const provider = normalizeProviderIdForAuth(profile.provider.value);
        if (provider === listedUnder) continue;
        const explanation = confusableProviders(provider, listedUnder);
        // OpenClaw drops it from this order anyway: removing it changes nothing but the confusion.
        const fix = removeElementFix(context.source, id.path, `Remove ${JSON.stringify(id.value)} from auth.order.${order.provider}`);
        context.report({ id: id.value, listedUnder: order.provider, provider, explanation }, id.path, {
          ...(fix ? { fix } : {}),
          related: [{ ...context.source.locate(profile.provider.path), message: `${id.value} is declared for ${provider} here` }],
        });
      }
    }
  },
});
