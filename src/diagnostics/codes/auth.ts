/**
 * @fileoverview Codes of the auth rules: profiles, the per-provider order and
 * where keys come from.
 */
import { defineCode, q } from "../define.js";

export const authCodes = {
  "auth/order-unknown-profile": defineCode<{ id: string; provider: string; suggestion: string | undefined }>({
    severity: "warning",
    doc: "`auth.order` lists a profile id that `auth.profiles` does not define; OpenClaw skips it unless the credential store has it.",
    message: (d) =>
      `auth.order.${d.provider} lists ${q(d.id)}, which auth.profiles does not define${d.suggestion ? `; did you mean ${q(d.suggestion)}?` : "."}`,
    hint: (d) =>
      d.suggestion
        ? `Write ${q(d.suggestion)}.`
        : `Add ${q(d.id)} to auth.profiles (or add its key with \`agentcfg auth add --provider ${d.provider} --profile-id ${d.id} --token-stdin\`).`,
  }),
  "auth/order-provider-mismatch": defineCode<{ id: string; listedUnder: string; provider: string; explanation: string | undefined }>({
    // A warning: OpenClaw loads the file (both releases, recorded in fixtures/openclaw-2026.9/auth-order-provider-mismatch) and skips the profile.
    severity: "warning",
    doc: "A profile is listed under a provider it does not belong to; OpenClaw loads the file and skips that profile in that order.",
    message: (d) =>
      `Profile ${q(d.id)} is a ${q(d.provider)} profile but is listed in auth.order.${d.listedUnder}; OpenClaw will never use it for ${q(d.listedUnder)}.`,
    hint: (d) =>
      `${d.explanation ? `${d.explanation} ` : ""}List ${q(d.id)} under auth.order.${d.provider}, or add a ${q(d.listedUnder)} profile for this order.`,
  }),
  "auth/profile-id-prefix": defineCode<{ id: string; prefix: string; provider: string }>({
    severity: "warning",
    doc: 'A profile id\'s prefix names another provider than its `provider` field (`moonshot:x` with `provider: "kimi"`).',
    message: (d) => `Profile ${q(d.id)} starts with ${q(`${d.prefix}:`)} but its provider is ${q(d.provider)}.`,
    hint: (d) => `Rename it to ${q(`${d.provider}:${d.id.slice(d.id.indexOf(":") + 1)}`)}, or fix its provider; the id's prefix is what people read.`,
  }),
  "auth/empty-order": defineCode<{ provider: string; used: boolean }>({
    severity: "warning",
    doc: "An empty `auth.order` list selects no profiles: the provider is switched off.",
    message: (d) =>
      `auth.order.${d.provider} is empty, which selects no profiles: ${q(d.provider)} is disabled${d.used ? ", yet a model chain uses it." : "."}`,
    hint: (d) => `List the ${q(d.provider)} profile ids in the order to try them, or remove the entry to use every profile.`,
  }),
  "auth/no-credentials": defineCode<{ provider: string; envVars: readonly string[]; checkedEnvironment: boolean }>({
    severity: "info",
    doc: "A provider used in a model chain has no auth profile, no `apiKey` and no `env` entry for its key variable.",
    message: (d) =>
      `Provider ${q(d.provider)} is used here but the config gives it no key` +
      (d.checkedEnvironment ? ", and none of its variables is set in this environment." : " (it may come from the shell environment)."),
    hint: (d) =>
      (d.envVars.length > 0 ? `Set ${d.envVars.join(" or ")}, or ` : "") +
      `add a profile: \`agentcfg auth add --provider ${d.provider} --profile-id ${d.provider}:default --token-stdin\`.`,
  }),
} as const;
