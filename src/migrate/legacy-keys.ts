/**
 * @fileoverview Where legacy forms stand, as data: `check` reports each as
 * `legacy/<id>` and skips its subtree, so the user sees one clear message
 * instead of a cascade of unknown-key errors.
 */
import type { JsonPath } from "../diagnostics/types.js";
import type { legacyCodes } from "../diagnostics/codes/legacy.js";

export interface LegacyKey {
  code: keyof typeof legacyCodes;
  path: JsonPath;
  newHome: string;
  retiredIn: string;
}

const CHANNELS = ["whatsapp", "telegram", "discord", "slack", "signal", "imessage", "msteams"] as const;

export const LEGACY_KEYS: readonly LegacyKey[] = [
  { code: "legacy/agent-block", path: ["agent"], newHome: "agents.defaults (and tools.* for the tool keys)", retiredIn: "2026.3" },
  { code: "legacy/routing", path: ["routing"], newHome: "agents.list, bindings, messages and tools", retiredIn: "2026.3" },
  { code: "legacy/identity", path: ["identity"], newHome: "the default agent's identity in agents.list", retiredIn: "2026.3" },
  ...CHANNELS.map((channel): LegacyKey => ({
    code: "legacy/top-level-channel",
    path: [channel],
    newHome: `channels.${channel}`,
    retiredIn: "2026.3",
  })),
  { code: "legacy/top-level-memory-search", path: ["memorySearch"], newHome: "agents.defaults.memorySearch", retiredIn: "2026.4" },
  { code: "legacy/top-level-heartbeat", path: ["heartbeat"], newHome: "agents.defaults.heartbeat", retiredIn: "2026.4" },
];

/** The legacy forms present in a config value. */
export function findLegacyKeys(value: unknown): LegacyKey[] {
  return LEGACY_KEYS.filter((legacy) => hasPath(value, legacy.path));
}

function hasPath(value: unknown, path: JsonPath): boolean {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, segment)) return false;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return true;
}
