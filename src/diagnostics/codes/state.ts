/**
 * @fileoverview Codes of the state stage: reading, normalizing and writing an
 * agent's auth-state.json and auth-profiles.json. Messages never quote a
 * credential: only profile ids, provider ids, field names and times.
 */
import { defineCode, orList, q } from "../define.js";

export type StateSection = "order" | "lastGood";
export type DroppedCredentialReason = "non_object" | "invalid_type" | "missing_provider" | "invalid_fields";

const DROP_REASONS: Record<DroppedCredentialReason, string> = {
  non_object: "it is not an object",
  invalid_type: 'its type is not "api_key", "token" or "oauth"',
  missing_provider: "it names no provider",
  invalid_fields: "some of its fields have the wrong type",
};

export const stateCodes = {
  "state/invalid-file": defineCode<{ name: string; problems: number }>({
    severity: "error",
    doc: "An auth-state.json, auth-profiles.json or agent database that cannot be parsed, is damaged or has the wrong shape; agentcfg will not write over it.",
    message: (d) => `${d.name} cannot be used (${d.problems} ${d.problems === 1 ? "problem" : "problems"} reported above); agentcfg leaves it as it is.`,
    hint: (d) => `Fix the problems in ${d.name}, or move it aside so it is created afresh.`,
  }),
  "state/unknown-profile": defineCode<{ provider: string; id: string; overrideRemoved: boolean }>({
    severity: "warning",
    doc: "An order override in auth-state.json names a profile that is neither in the config's auth.profiles nor in the credential store; it is removed.",
    message: (d) =>
      `The stored order for ${q(d.provider)} lists ${q(d.id)}, which is neither in the config's auth.profiles nor in auth-profiles.json; it is removed from the stored order.` +
      (d.overrideRemoved ? ` Nothing is left of that order, so it is removed and the config's order applies.` : ""),
    hint: (d) =>
      `If ${q(d.id)} should exist, add it (\`agentcfg auth add --provider ${d.provider} --profile-id ${d.id} --token-stdin\`), then set the order again (\`agentcfg auth order set --provider ${d.provider} …\`).`,
  }),
  "state/duplicate-profile": defineCode<{ provider: string; id: string }>({
    severity: "info",
    doc: "An order override in auth-state.json lists a profile more than once; the later copies are removed.",
    message: (d) => `The stored order for ${q(d.provider)} lists ${q(d.id)} more than once; the later copies are removed.`,
  }),
  "state/provider-alias": defineCode<{ section: StateSection; key: string; canonical: string }>({
    severity: "info",
    doc: "A provider key in auth-state.json is an alias (`kimi-coding`); it is rewritten as the canonical id (`kimi`).",
    message: (d) => `${d.section}: provider ${q(d.key)} is an alias of ${q(d.canonical)}; it is written as ${q(d.canonical)}.`,
  }),
  "state/provider-collision": defineCode<{ section: StateSection; keys: readonly string[]; canonical: string }>({
    severity: "warning",
    doc: "Two provider keys in auth-state.json name the same provider after alias normalization; both are kept as written.",
    message: (d) =>
      `${d.section} has entries for ${orList(d.keys).replace(/ or /, " and ")}, which are all provider ${q(d.canonical)}; OpenClaw uses only one of them, so agentcfg leaves them as written.`,
    hint: (d) =>
      d.section === "order"
        ? `Clear the stored order (\`agentcfg auth order clear --provider ${d.canonical}\`) and set it again.`
        : `Remove all but one of these keys from ${d.section}.`,
  }),
  "state/expired-cooldown": defineCode<{ id: string; field: "cooldownUntil" | "disabledUntil"; until: string; countersReset: boolean }>({
    severity: "info",
    doc: "A cooldown or disable in auth-state.json ended before `--now`; it is cleared, as OpenClaw does before choosing a profile.",
    message: (d) =>
      `The ${d.field === "cooldownUntil" ? "cooldown" : "disable"} of ${q(d.id)} ended at ${d.until}; it is cleared` +
      (d.countersReset ? " and its error counters are reset." : "."),
  }),
  "state/credential-dropped": defineCode<{ id: string; reason: DroppedCredentialReason }>({
    severity: "warning",
    doc: "An entry of auth-profiles.json that OpenClaw ignores (not an object, unknown type, no provider); it is kept in the file but not used.",
    message: (d) => `Profile ${q(d.id)} in auth-profiles.json is ignored: ${DROP_REASONS[d.reason]}.`,
    hint: (d) => `Fix the entry, or replace it: \`agentcfg auth add --profile-id ${d.id} --provider <provider> --token-stdin\`.`,
  }),
  "state/legacy-inline-state": defineCode<{ sections: readonly string[] }>({
    severity: "info",
    doc: "auth-profiles.json still holds routing state (`order`, `lastGood`, `usageStats`) from before auth-state.json; it is merged, auth-state.json winning per key.",
    message: (d) =>
      `auth-profiles.json still holds ${d.sections.join(", ")} from before auth-state.json existed; they are read together with auth-state.json, which wins per key.`,
  }),
  "state/unsafe-path": defineCode<{ name: string }>({
    severity: "error",
    doc: "A state file (or a folder on its way) is a symbolic link that leads outside the state folder; agentcfg refuses to write through it.",
    message: (d) => `${d.name} is reached through a symbolic link that leads outside the state folder; agentcfg will not write through it.`,
    hint: () => "Replace the link with a regular file, or point --state-dir at the folder the link leads to.",
  }),
  "state/write-failed": defineCode<{ name: string; reason: string; advice?: string }>({
    severity: "error",
    doc: "Writing a state file failed (no space, a read-only mount, permission, …); the previous file is left exactly as it was.",
    message: (d) => `Could not write ${d.name}: ${d.reason}. The previous file is unchanged.`,
    hint: (d) => d.advice ?? "Fix the cause (free space, permissions of the state folder) and run the command again.",
  }),
  "state/read-failed": defineCode<{ name: string; reason: string; advice: string; intact: boolean }>({
    severity: "error",
    doc: "A state file or store could not be opened for a reason that is not its content (no space, a read-only mount, permission, a link loop, another process); it is left as it is and nothing writes over it.",
    message: (d) => `Could not open ${d.name}: ${d.reason}. agentcfg left it as it is.`,
    hint: (d) => (d.intact ? `${d.advice} Keep ${d.name}: it is not damaged, and moving it aside would lose what it holds.` : d.advice),
  }),
  "state/lock-timeout": defineCode<{ name: string; lockName: string; waitedMs: number; holderPid: number | undefined }>({
    severity: "error",
    doc: "Another process held the lock of a state file for longer than the lock timeout.",
    message: (d) =>
      `${d.name} is locked by another process${d.holderPid !== undefined ? ` (pid ${d.holderPid})` : ""}; gave up after ${(d.waitedMs / 1000).toFixed(1)} s.`,
    hint: (d) => `Wait for OpenClaw or the other agentcfg command to finish. If none is running, delete ${d.lockName} and try again.`,
  }),
  "state/stale-lock-broken": defineCode<{ lockName: string; pid: number | undefined; why: "dead" | "old" }>({
    severity: "info",
    doc: "A lock left behind by a process that died (or that is far older than any write takes) was removed.",
    message: (d) =>
      `Removed the stale lock ${d.lockName}` +
      (d.why === "dead" ? ` (its process${d.pid !== undefined ? ` ${d.pid}` : ""} is gone).` : " (it was held far longer than any write takes)."),
  }),
} as const;
