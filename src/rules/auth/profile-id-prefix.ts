/**
 * @fileoverview auth/profile-id-prefix: `moonshot:backup` declared with
 * `provider: "kimi"`. OpenClaw goes by the provider field, people go by the
 * id, and the two disagree: the usual source of "which key is this?".
 */
import { normalizeProviderIdForAuth } from "../../providers/index.js";
import { defineRule } from "../types.js";

export const profileIdPrefix = defineRule({
  code: "auth/profile-id-prefix",
  check(context) {
    for (const profile of context.view.authProfiles) {
      const colon = profile.id.indexOf(":");
      if (colon <= 0 || !profile.provider) continue;
      const prefix = profile.id.slice(0, colon);
      if (normalizeProviderIdForAuth(prefix) === normalizeProviderIdForAuth(profile.provider.value)) continue;
      context.report({ id: profile.id, prefix, provider: profile.provider.value }, profile.path, { part: "key" });
    }
  },
});
