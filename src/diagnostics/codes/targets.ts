/**
 * @fileoverview Codes about the release a file is judged by (its target): a
 * key only the other release knows, the forms OpenClaw 2026.9 rewrites when it
 * loads a file (its warnings, as `legacy/*`), and what 2026.9 refuses about
 * the agents roster. Every message says which target judged the file and why.
 */
import { defineCode, q } from "../define.js";

export interface ReleaseKeyData {
  /** The key, as a dotted path. */
  key: string;
  /** The target judging the file, e.g. 2026.9. */
  target: string;
  /** The release that knows the key. */
  release: string;
  /** How the target was chosen, in words ("the default: the file names no release"). */
  why: string;
  /** One sentence on what the other release has instead, when there is one. */
  instead: string | undefined;
}

export interface RewriteData {
  /** Where the form is, as a dotted path. */
  key: string;
  /** How the target was chosen. */
  why: string;
}

const TARGET_HINT = "Or judge the file by the other release: `--target 2026.4` or `target` in agentcfg.config.json5.";

export const targetsCodes = {
  "schema/removed-key": defineCode<ReleaseKeyData>({
    severity: "error",
    doc: "A key of OpenClaw 2026.4 that 2026.9 removed (`auth.cooldowns`, `meta.lastTouchedAt`, …), in a file judged by 2026.9.",
    message: (d) =>
      `${q(d.key)} was removed in ${d.target}: OpenClaw ${d.target} refuses to start with it.` +
      (d.instead ? ` ${d.instead}` : "") +
      ` This file is judged by ${d.target} (${d.why}).`,
    hint: (d, at) => `Run \`agentcfg migrate --to ${d.target} ${at.file}\` to see the change (add --write to apply it), or remove the key. ${TARGET_HINT}`,
  }),
  "schema/newer-key": defineCode<ReleaseKeyData>({
    severity: "error",
    doc: "A key that only OpenClaw 2026.9 knows (`agents.entries`, `agents.defaults.modelPolicy`, …), in a file judged by 2026.4.",
    message: (d) =>
      `${q(d.key)} is new in ${d.release}: OpenClaw ${d.target} refuses to start with it.` +
      (d.instead ? ` ${d.instead}` : "") +
      ` This file is judged by ${d.target} (${d.why}).`,
    hint: (d) =>
      `If this file is for ${d.release}, check it with \`--target ${d.release}\` (or set meta.lastTouchedVersion, or \`target\` in agentcfg.config.json5); otherwise remove the key.`,
  }),
  "legacy/agents-ownership": defineCode<RewriteData>({
    severity: "warning",
    doc: 'A roster without `agents.ownership` that 2026.9 gives explicit per-surface ownership on load (`agents.ownership: "explicit"`).',
    message: (d) =>
      `OpenClaw 2026.9 materializes per-surface agent ownership for ${q(d.key)} when it loads the file (it sets agents.ownership to "explicit"; judged by 2026.9: ${d.why}).`,
    hint: (_d, at) => `Run \`agentcfg migrate --to 2026.9 ${at.file}\` to see the change (add --write to apply it), or add agents.ownership: "explicit".`,
  }),
  "legacy/defaults-context-tokens": defineCode<RewriteData>({
    severity: "warning",
    doc: "`agents.defaults.contextTokens` in a file judged by 2026.9, which drops it on load: the cap is per model there.",
    message: (d) => `${q(d.key)} is retired; OpenClaw 2026.9 drops it when it loads the file (judged by 2026.9: ${d.why}).`,
    hint: () => "Set contextTokens on the model instead: models.providers.<provider>.models[].contextTokens.",
  }),
  "legacy/gateway-bind-alias": defineCode<RewriteData & { value: string; mode: string }>({
    severity: "warning",
    doc: "A host alias as `gateway.bind` (`0.0.0.0`, `::`, `*`, `127.0.0.1`, `localhost`, `::1`) in a file judged by 2026.4, which rewrites it to a bind mode on load (2026.9 refuses it).",
    message: (d) =>
      `${q(d.key)} is the host alias ${q(d.value)}; OpenClaw 2026.4 rewrites it to the bind mode ${q(d.mode)} when it loads the file (judged by 2026.4: ${d.why}).`,
    hint: (d) => `Write gateway.bind: ${q(d.mode)}: OpenClaw 2026.9 refuses host aliases.`,
  }),
  "schema/multiple-default-markers": defineCode<RewriteData & { first: string }>({
    severity: "error",
    doc: "More than one agent with `default: true` in a file judged by 2026.9, which refuses the roster (2026.4 used the first).",
    message: (d) =>
      `${q(d.key)}: a second default: true marker (the first is at ${d.first}); OpenClaw 2026.9 refuses a roster with more than one (judged by 2026.9: ${d.why}).`,
    hint: () => 'Keep default: true on one agent only, or remove the markers and set agents.ownership: "explicit".',
  }),
  "schema/invalid-model-policy-ref": defineCode<{ ref: string; where: string }>({
    severity: "error",
    doc: 'An entry of `modelPolicy.allow` that is neither a configured alias, a "provider/model" ref nor a trailing wildcard ("provider/*"): OpenClaw 2026.9 refuses the file.',
    message: (d) =>
      `${q(d.ref)} at ${d.where} is not a model policy ref: OpenClaw 2026.9 takes a configured alias, an exact "provider/model" ref, or a trailing wildcard such as "provider/*".`,
    hint: (d) =>
      d.ref.includes("/")
        ? `Write it as "provider/model" or "provider/*" (a * only at the end, after a /).`
        : `Add the provider ("<provider>/${d.ref}"), or define ${q(d.ref)} as an alias in agents.defaults.models.`,
  }),
  "schema/list-beside-entries": defineCode<RewriteData>({
    severity: "error",
    doc: "`agents.list` beside `agents.entries` in a file judged by 2026.9: it reads the list only when there are no entries, and refuses it otherwise.",
    message: (d) => `${q(d.key)} beside agents.entries: OpenClaw 2026.9 refuses agents.list once agents.entries is set (judged by 2026.9: ${d.why}).`,
    hint: () => "Move the agents of agents.list into agents.entries (keyed by id) and remove agents.list.",
  }),
  "schema/list-duplicate-id": defineCode<RewriteData & { id: string; first: string }>({
    severity: "error",
    doc: "`agents.list` holding one id twice, in a file judged by 2026.9: it cannot key the list by id, so it does not move it to agents.entries and refuses the file.",
    message: (d) =>
      `Agent id ${q(d.id)} at ${d.key} is used twice in agents.list (first at ${d.first}); OpenClaw 2026.9 cannot move the list to agents.entries and refuses the file (judged by 2026.9: ${d.why}).`,
    hint: (_d, at) => `Give each agent its own id (or merge the two), then run \`agentcfg migrate --to 2026.9 ${at.file}\`.`,
  }),
  "schema/ownership-required": defineCode<RewriteData & { count: number }>({
    severity: "error",
    doc: 'Several agents, no `agents.ownership: "explicit"` and no `default: true` marker, in a file judged by 2026.9, which refuses such a roster.',
    message: (d) =>
      `${d.count} agents, but neither agents.ownership: "explicit" nor one default: true marker; OpenClaw 2026.9 refuses a multi-agent roster without one (judged by 2026.9: ${d.why}).`,
    hint: (_d, at) => `Add agents.ownership: "explicit" (or run \`agentcfg migrate --to 2026.9 ${at.file}\`).`,
  }),
} as const;
