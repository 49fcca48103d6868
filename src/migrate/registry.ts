/**
 * @fileoverview Every migration, in the order the runner tries them. Order
 * matters where one builds on another: `agent-block` moves `agent.*` into
 * `agents.defaults` before `agent-model-keys` reshapes the model keys there,
 * and `routing` creates the agents that `identity` looks for. Adding a
 * migration is adding its file, its `legacy/<id>` code, a fixture and its
 * place here (CONTRIBUTING.md; test/extension-points.test.ts checks it).
 */
import { agentBlock } from "./migrations/agent-block.js";
import { agentModelKeys } from "./migrations/agent-model-keys.js";
import { agentsDefaultsLlm } from "./migrations/agents-defaults-llm.js";
import { agentsDefaultMarker } from "./migrations/agents-default-marker.js";
import { agentsListEntries } from "./migrations/agents-list-entries.js";
import { authCooldowns } from "./migrations/auth-cooldowns.js";
import { authJsonFlatStore } from "./migrations/auth-json-flat-store.js";
import { authProfilesInlineState } from "./migrations/auth-profiles-inline-state.js";
import { claudeCliTokenMode } from "./migrations/claude-cli-token-mode.js";
import { embeddedAgent } from "./migrations/embedded-agent.js";
import { envInlineVars } from "./migrations/env-inline-vars.js";
import { identity } from "./migrations/identity.js";
import { mediaModels } from "./migrations/media-models.js";
import { memorySearch } from "./migrations/memory-search.js";
import { metaLastTouchedAt } from "./migrations/meta-last-touched-at.js";
import { modelPolicyAllow } from "./migrations/model-policy-allow.js";
import { pdfMaxMb } from "./migrations/pdf-max-mb.js";
import { releaseStamp } from "./migrations/release-stamp.js";
import { providerApiId } from "./migrations/provider-api-id.js";
import { providerIdAlias } from "./migrations/provider-id-alias.js";
import { retiredRootSections } from "./migrations/retired-root-sections.js";
import { routing } from "./migrations/routing.js";
import { systemPromptOverride } from "./migrations/system-prompt-override.js";
import { topLevelChannel } from "./migrations/top-level-channel.js";
import { topLevelHeartbeat } from "./migrations/top-level-heartbeat.js";
import { topLevelMemorySearch } from "./migrations/top-level-memory-search.js";
import type { ConfigMigration, Migration, StateMigration } from "./types.js";

export const CONFIG_MIGRATIONS: readonly ConfigMigration[] = [
  agentBlock,
  routing,
  identity,
  topLevelChannel,
  topLevelMemorySearch,
  topLevelHeartbeat,
  agentModelKeys,
  providerIdAlias,
  claudeCliTokenMode,
];

/**
 * What `migrate --to 2026.9` adds: the forms OpenClaw 2026.9 refuses or rewrites
 * on load. They run after the 2026.4 ones (the runner always tries the earlier
 * ones first), so `routing` and `identity` fill `agents.list` before
 * `agents-list-entries` turns it into `agents.entries`, and that before
 * `agents-default-marker` names the owner. Not part of `check`'s 2026.4 set.
 */
export const CONFIG_MIGRATIONS_2026_9: readonly ConfigMigration[] = [
  agentsListEntries,
  agentsDefaultMarker,
  modelPolicyAllow,
  envInlineVars,
  authCooldowns,
  agentsDefaultsLlm,
  mediaModels,
  pdfMaxMb,
  memorySearch,
  embeddedAgent,
  systemPromptOverride,
  providerApiId,
  metaLastTouchedAt,
  retiredRootSections,
];

/** The OpenClaw releases `migrate --to` can target. */
export const MIGRATE_TARGETS = ["2026.4", "2026.9"] as const;
export type MigrateTarget = (typeof MIGRATE_TARGETS)[number];

/**
 * The config migrations that bring a config to `target`, in the order the
 * runner tries them. With `stampVersion` (the target's release, e.g. 2026.9.6),
 * the release stamp comes last, so it is set once the rest is done.
 */
export function configMigrationsFor(target: MigrateTarget, stampVersion?: string): readonly ConfigMigration[] {
  const migrations = target === "2026.9" ? [...CONFIG_MIGRATIONS, ...CONFIG_MIGRATIONS_2026_9] : CONFIG_MIGRATIONS;
  return stampVersion === undefined ? migrations : [...migrations, releaseStamp(stampVersion)];
}

export const STATE_MIGRATIONS: readonly StateMigration[] = [authJsonFlatStore, authProfilesInlineState];

/** Every migration with a fixed id (the release stamp is made per target by configMigrationsFor). */
export const MIGRATIONS: readonly Migration[] = [...CONFIG_MIGRATIONS, ...CONFIG_MIGRATIONS_2026_9, ...STATE_MIGRATIONS];
