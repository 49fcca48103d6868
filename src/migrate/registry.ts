/**
 * @fileoverview Every migration, in the order the runner tries them. Order
 * matters where one builds on another: `agent-block` moves `agent.*` into
 * `agents.defaults` before `agent-model-keys` reshapes the model keys there,
 * and `routing` creates the agents that `identity` looks for.
 */
import { agentBlock } from "./migrations/agent-block.js";
import { agentModelKeys } from "./migrations/agent-model-keys.js";
import { authJsonFlatStore } from "./migrations/auth-json-flat-store.js";
import { authProfilesInlineState } from "./migrations/auth-profiles-inline-state.js";
import { claudeCliTokenMode } from "./migrations/claude-cli-token-mode.js";
import { identity } from "./migrations/identity.js";
import { providerIdAlias } from "./migrations/provider-id-alias.js";
import { routing } from "./migrations/routing.js";
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

export const STATE_MIGRATIONS: readonly StateMigration[] = [authJsonFlatStore, authProfilesInlineState];

export const MIGRATIONS: readonly Migration[] = [...CONFIG_MIGRATIONS, ...STATE_MIGRATIONS];
