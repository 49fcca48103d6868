/**
 * @fileoverview Codes of the migrate stage: one `legacy/<migration-id>` per
 * migration (as `check` and `migrate` report it, each pointing at
 * `agentcfg migrate`), plus the two ways a migration can stop short: a
 * conflict between an old key and its new home, and a key it cannot move by itself.
 */
import { defineCode, type HintPlace, q } from "../define.js";
import type { Severity } from "../types.js";

export interface LegacyData {
  /** The old key (a dotted path) or, for a model ref, the ref as written. */
  key: string;
  /** Where it belongs now. */
  newHome: string;
  /** The OpenClaw version that stopped reading the old form. */
  retiredIn: string;
}

/** Without `--to`, migrate brings the file to the release `check` judges it by. */
const MIGRATE_HINT = (at: HintPlace) =>
  `Run \`agentcfg migrate ${at.file}\` to see the change, then \`agentcfg migrate --write ${at.file}\` to apply it (comments are kept).`;

const MIGRATE_9_HINT = (at: HintPlace) =>
  `Run \`agentcfg migrate --to 2026.9 ${at.file}\` to see the change, then \`agentcfg migrate --to 2026.9 --write ${at.file}\` to apply it (comments are kept).`;

/** A form OpenClaw 2026.9 refuses (it still loads in 2026.4). */
function refused9(doc: string) {
  return defineCode<LegacyData>({
    severity: "error",
    doc,
    message: (d) => `Legacy key ${q(d.key)}: OpenClaw ${d.retiredIn} and later refuse it; it now lives at ${d.newHome}.`,
    hint: (_d, at) => MIGRATE_9_HINT(at),
  });
}

function refused(doc: string) {
  return defineCode<LegacyData>({
    severity: "error",
    doc,
    message: (d) => `Legacy key ${q(d.key)}: OpenClaw ${d.retiredIn} and later refuse it; it now lives at ${d.newHome}.`,
    hint: (_d, at) => MIGRATE_HINT(at),
  });
}

/** An old form OpenClaw still reads today but is on its way out: reported, not an error. */
function outdated(severity: Severity, doc: string, message: (d: LegacyData) => string, hint: string | ((at: HintPlace) => string) = MIGRATE_HINT) {
  return defineCode<LegacyData>({ severity, doc, message, hint: (_d, at) => (typeof hint === "string" ? hint : hint(at)) });
}

export interface ConflictData {
  oldKey: string;
  oldLine: number;
  newKey: string;
  newLine: number;
  file: string;
  /** The file of the new home, when it is another file (auth-state.json beside auth-profiles.json). */
  newFile: string;
}

export interface ManualStepData {
  key: string;
  newHome: string;
  reason: string;
}

export const legacyCodes = {
  "legacy/agent-block": refused("The top-level `agent` block of single-agent configs; its settings moved to `agents.defaults` and `tools`."),
  "legacy/agent-model-keys": refused(
    "`modelFallbacks`, `imageModelFallbacks`, `allowedModels` or `modelAliases` in `agents.defaults`; they became `model.fallbacks`, `imageModel.fallbacks` and the `models` catalog.",
  ),
  "legacy/routing": refused("The top-level `routing` block; it moved to `agents.list`, `bindings`, `messages`, `tools` and `channels`."),
  "legacy/identity": refused("The top-level `identity`; it moved to the default agent's `identity`."),
  "legacy/top-level-channel": refused("A channel configured at the top level (`whatsapp`, `telegram`, …); channels live under `channels`."),
  "legacy/top-level-memory-search": refused("The top-level `memorySearch`; it moved to `agents.defaults.memorySearch`."),
  "legacy/top-level-heartbeat": refused("The top-level `heartbeat`; it moved to `agents.defaults.heartbeat`."),
  "legacy/provider-id-alias": outdated(
    "warning",
    "A model ref whose provider is an old alias (`kimi-coding/…`, `kimi-code/…`, `z.ai/…`, `bedrock/…`); newer OpenClaw only lower-cases provider ids.",
    (d) => `Model ref ${q(d.key)} names its provider by an old alias; OpenClaw ${d.retiredIn} maps it, newer releases do not. Write ${q(d.newHome)}.`,
  ),
  "legacy/claude-cli-token-mode": outdated(
    "info",
    'The Claude CLI profile `auth.profiles["anthropic:claude-cli"]` with `mode: "token"`; its credential is OAuth, so the mode is `oauth`.',
    (d) =>
      `${d.key} is "token"; the Claude CLI signs in with OAuth, so older OpenClaw (before ${d.retiredIn}) rewrote it to ${d.newHome}. OpenClaw accepts both, since config "oauth" also accepts a stored token.`,
  ),
  "legacy/auth-profiles-inline-state": outdated(
    "info",
    "Routing state (`order`, `lastGood`, `usageStats`) inside `auth-profiles.json`; since OpenClaw 2026.4 it lives in `auth-state.json` beside it.",
    (d) => `${q(d.key)} holds runtime routing state; since OpenClaw ${d.retiredIn} it belongs in ${d.newHome}, and auth-profiles.json holds only secrets.`,
    "Run `agentcfg migrate --state-dir <dir>` to see the change, then add `--write` to apply it.",
  ),
  "legacy/auth-json-flat-store": outdated(
    "info",
    "A legacy flat `auth.json` (`{ <provider>: credential }`); OpenClaw imports each entry as the profile `<provider>:default` of `auth-profiles.json`.",
    (d) => `${q(d.key)} is the legacy flat credential store; OpenClaw ${d.retiredIn} imports it into ${d.newHome} and deletes it.`,
    "Run `agentcfg migrate --state-dir <dir>` to see the change, then add `--write` to apply it (auth.json is kept as auth.json.bak).",
  ),
  // The forms OpenClaw 2026.9 refuses or rewrites on load; `agentcfg migrate --to 2026.9` rewrites them.
  "legacy/agents-list-entries": outdated(
    "warning",
    "The `agents.list` roster; OpenClaw 2026.9 keeps agents in the keyed `agents.entries` (`{ <id>: {…} }`) and rewrites the list on every load.",
    (d) => `${q(d.key)} is the legacy agent roster; OpenClaw ${d.retiredIn} moves it to ${d.newHome} on every load.`,
    MIGRATE_9_HINT,
  ),
  "legacy/agents-default-marker": outdated(
    "warning",
    "A `default: true` marker on an agent; OpenClaw 2026.9 removes it and names the owner of each surface instead (`agents.ownership`, `agents.defaults.systemAgent`, …).",
    (d) => `${q(d.key)} is a retired default-agent marker; OpenClaw ${d.retiredIn} removes it and names the owner at ${d.newHome}.`,
    MIGRATE_9_HINT,
  ),
  "legacy/auth-cooldowns": refused9("`auth.cooldowns`; OpenClaw 2026.9 has no cooldown settings (its backoff is built in) and refuses the key."),
  "legacy/model-policy-allow": outdated(
    "warning",
    "A non-empty `agents.defaults.models` map without `agents.defaults.modelPolicy`; since OpenClaw 2026.8 the override allowlist is explicit, `modelPolicy.allow`.",
    (d) => `${q(d.key)} still restricts model overrides implicitly; OpenClaw ${d.retiredIn} wants the restriction explicit in ${d.newHome}.`,
    MIGRATE_9_HINT,
  ),
  "legacy/env-inline-vars": refused9('A variable written directly in `env` (`env: { FOO: "…" }`); OpenClaw 2026.9 accepts only `env.vars` and `env.shellEnv`.'),
  "legacy/media-models": refused9(
    "`agents.defaults.imageGenerationModel`, `videoGenerationModel` or `musicGenerationModel`; OpenClaw 2026.9 reads `agents.defaults.mediaModels.{image,video,music}`.",
  ),
  "legacy/agents-defaults-llm": refused9(
    "`agents.defaults.llm`, 2026.4's model idle timeout; OpenClaw 2026.9 refuses it (a slow provider's timeout is `models.providers.<id>.timeoutSeconds`).",
  ),
  "legacy/pdf-max-mb": refused9("`agents.defaults.pdfMaxBytesMb`; OpenClaw 2026.9 names it `agents.defaults.pdfMaxMb`."),
  "legacy/memory-search": refused9(
    "`memorySearch` in `agents.defaults` or an agent; OpenClaw 2026.9 reads `memory.search` (top level) and `agents.entries.<id>.memory.search`.",
  ),
  "legacy/embedded-agent": refused9("`embeddedPi` in `agents.defaults` or an agent; OpenClaw 2026.9 names it `embeddedAgent`."),
  "legacy/system-prompt-override": refused9(
    "`systemPromptOverride` in `agents.defaults` or an agent; OpenClaw 2026.9 always generates the system prompt and refuses the key.",
  ),
  "legacy/provider-api-id": refused9(
    'The API adapter id `"openai-codex-responses"` of a custom provider or model; OpenClaw 2026.9 removed it for `"openai-chatgpt-responses"`.',
  ),
  "legacy/meta-last-touched-at": refused9(
    "`meta.lastTouchedAt`, the time OpenClaw 2026.4 last wrote the config; OpenClaw 2026.9 keeps it in its state database and refuses it in the config.",
  ),
  "legacy/retired-root-sections": refused9(
    "A top-level `media`, `web`, `cli`, `canvasHost` or `audio`; OpenClaw 2026.9 refuses them (`media` became `attachments`, `web.enabled` `channels.whatsapp.enabled`; the others have no plain home).",
  ),
  "legacy/release-stamp": outdated(
    "info",
    "`meta.lastTouchedVersion` naming a release older than the one `agentcfg migrate --to` brought the file to; migrate raises it, so the file is judged by that release.",
    (d) => `${q(d.key)} names an older release than ${d.newHome}, the release this file was migrated to.`,
    "`agentcfg migrate --to` sets it for you; a file that names an older release is judged by that release.",
  ),
  "legacy/conflict": defineCode<ConflictData>({
    severity: "error",
    doc: "An old key and its new home are both set, to different values; `migrate` stops rather than guess which one you meant.",
    message: (d) =>
      `${q(d.oldKey)} (${d.file}:${d.oldLine}) and its new home ${q(d.newKey)} (${d.newFile}:${d.newLine}) are both set, to different values; agentcfg will not guess which to keep.`,
    hint: (d, at) => `Delete the one OpenClaw should not use (usually the old ${q(d.oldKey)}), then run \`agentcfg migrate ${at.file}\` again.`,
  }),
  "legacy/manual-step": defineCode<ManualStepData>({
    severity: "warning",
    doc: "A legacy key `migrate` cannot move by itself (its new shape is not a plain move); it is left exactly where it is.",
    message: (d) => `${q(d.key)} was left in place: ${d.reason}`,
    hint: (d) => `Move it by hand to ${d.newHome}; agentcfg never deletes a key it cannot carry over.`,
  }),
} as const;
