/**
 * @fileoverview Codes of the `agentcfg auth` commands (`auth order set`,
 * `auth add`): refusals that point at the profile that caused them. Messages
 * name profile ids, providers and files only; a token is never part of any
 * message's data.
 */
import { defineCode, q } from "../define.js";

export const authCliCodes = {
  "auth/order-set-unknown-profile": defineCode<{ id: string; provider: string; agentDir: string; suggestion: string | undefined }>({
    severity: "error",
    doc: "`auth order set` names a profile that is neither in the agent's auth-profiles.json nor in the config's auth.profiles; nothing is written.",
    message: (d) =>
      `Auth profile ${q(d.id)} not found in ${d.agentDir} nor in the config's auth.profiles; the order is not changed.` +
      (d.suggestion ? ` Did you mean ${q(d.suggestion)}?` : ""),
    hint: (d) => `Add its key first (\`agentcfg auth add --provider ${d.provider} --profile-id ${d.id} --token-stdin\`), or list only existing profiles.`,
  }),
  "auth/order-set-no-credential": defineCode<{ id: string; provider: string; agentDir: string }>({
    severity: "error",
    doc: "`auth order set` names a profile that the config's auth.profiles declares but that has no credential in the agent's store; OpenClaw's `models auth order set` refuses it (`Auth profile \"…\" not found in <agentDir>.`), so nothing is written.",
    message: (d) =>
      `Auth profile ${q(d.id)} has no credential in ${d.agentDir} (the config declares it, but OpenClaw's order set refuses a profile without a key); the order is not changed.`,
    hint: (d) => `Add its key first (\`agentcfg auth add --provider ${d.provider} --profile-id ${d.id} --token-stdin\`), then set the order.`,
  }),
  "auth/order-set-wrong-provider": defineCode<{ id: string; profileProvider: string; provider: string; explanation: string | undefined }>({
    severity: "error",
    doc: "`auth order set` names a profile of another provider (after alias normalization); OpenClaw would never use it there, so nothing is written.",
    message: (d) => `Auth profile ${q(d.id)} is for ${d.profileProvider}, not ${d.provider}. The order is not changed.`,
    hint: (d) =>
      (d.explanation ? `${d.explanation} ` : "") +
      `List only ${q(d.provider)} profiles, or set the order of ${q(d.profileProvider)} instead (\`agentcfg auth order set --provider ${d.profileProvider} …\`).`,
  }),
  "auth/add-provider-conflict": defineCode<{ id: string; existing: string; provider: string; where: "config" | "store" }>({
    severity: "error",
    doc: "`auth add` would give an existing profile id another provider; nothing is written.",
    message: (d) =>
      `Profile ${q(d.id)} already exists ${d.where === "config" ? "in the config's auth.profiles" : "in auth-profiles.json"} for provider ${q(d.existing)}, not ${q(d.provider)}; nothing was written.`,
    hint: (d) =>
      `Choose another id (for example ${q(`${d.provider}:${d.id.includes(":") ? d.id.slice(d.id.indexOf(":") + 1) : d.id}`)}), or remove the old profile first.`,
  }),
  "auth/add-not-in-order": defineCode<{ id: string; provider: string }>({
    severity: "warning",
    doc: "`auth add` stored a profile that the config's `auth.order` for its provider does not list; OpenClaw will not try it.",
    message: (d) => `auth.order.${d.provider} does not list ${q(d.id)}, so OpenClaw will not try the new profile.`,
    hint: (d) =>
      `Add ${q(d.id)} to auth.order.${d.provider} where it should be tried, or remove auth.order.${d.provider} to try every ${q(d.provider)} profile.`,
  }),
} as const;
