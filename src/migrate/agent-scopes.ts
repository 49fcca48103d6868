/**
 * @fileoverview The places an agent setting can stand in a 2026.9 config:
 * `agents.defaults` and each `agents.entries.<id>`. The 2026.9 migrations of
 * per-agent keys (embeddedPi, memorySearch, systemPromptOverride) look in all
 * of them; they run after `agents-list-entries`, so a 2026.4 `agents.list` is
 * keyed by then.
 */
import type { JsonPath } from "../diagnostics/types.js";
import { getAt, hasAt } from "./helpers.js";
import { isJsonObject } from "../json-object.js";

export function agentScopes(config: unknown): JsonPath[] {
  const scopes: JsonPath[] = [];
  if (isJsonObject(getAt(config, ["agents", "defaults"]))) scopes.push(["agents", "defaults"]);
  const entries = getAt(config, ["agents", "entries"]);
  if (isJsonObject(entries)) for (const id of Object.keys(entries)) if (isJsonObject(entries[id])) scopes.push(["agents", "entries", id]);
  return scopes;
}

/** The paths `[...scope, key]` that exist, in scope order. */
export function scopedKeys(config: unknown, key: string): JsonPath[] {
  return agentScopes(config)
    .map((scope) => [...scope, key])
    .filter((path) => hasAt(config, path));
}
