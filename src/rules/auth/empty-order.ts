/**
 * @fileoverview auth/empty-order: `auth.order.kimi: []` selects no profiles,
 * which switches the provider off; rarely intended.
 */
import { normalizeProviderIdForAuth } from "../../providers/index.js";
import { uniqueChainRefs } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const emptyOrder = defineRule({
  code: "auth/empty-order",
  check(context) {
    const auth = (context.config as { auth?: { order?: Record<string, unknown> } }).auth;
    const empty = context.view.authOrder.filter((order) => {
      const written = auth?.order?.[order.provider];
      return Array.isArray(written) && written.length === 0;
    });
    if (empty.length === 0) return;
    const used = new Set(uniqueChainRefs(context.chains).flatMap(({ entry }) => (entry.ref ? [normalizeProviderIdForAuth(entry.ref.provider)] : [])));
    for (const order of empty) {
      context.report({ provider: order.provider, used: used.has(normalizeProviderIdForAuth(order.provider)) }, order.path);
    }
  },
});
