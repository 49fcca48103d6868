/**
 * @fileoverview Codes of `agentcfg compile`: what it finds when it sets an
 * agent's stored auth state beside the config. Messages name providers,
 * profile ids and files only, never a credential.
 */
import { defineCode, q } from "../define.js";

function list(ids: readonly string[]): string {
  return ids.length === 0 ? "nothing" : ids.join(", ");
}

export const compileCodes = {
  "state/order-drift": defineCode<{ provider: string; agentId: string; stored: readonly string[]; configured: readonly string[] }>({
    severity: "warning",
    doc: "An order override stored in auth-state.json contradicts `auth.order` in the config; the stored override wins at run time.",
    message: (d) =>
      `Agent ${q(d.agentId)} has a stored order for ${q(d.provider)} (${list(d.stored)}) that differs from auth.order.${d.provider} in the config (${list(d.configured)}). ` +
      `The stored order wins at run time, so editing the config's order changes nothing until it is cleared.`,
    hint: (d) =>
      `To use the config's order, clear the stored one: \`agentcfg auth order clear --provider ${d.provider} --agent ${d.agentId}\`. ` +
      `To keep the stored order, write it into auth.order.${d.provider}.`,
  }),
} as const;
