/**
 * @fileoverview Merges the routing state still found inline in an old
 * auth-profiles.json (`order`, `lastGood`, `usageStats`) with auth-state.json,
 * as OpenClaw loads them: per key of each section, auth-state.json wins.
 */
import type { AuthProfilesFile } from "../schema/auth-store-types.js";
import type { AuthStateFile } from "../schema/auth-store-types.js";

const SECTIONS = ["order", "lastGood", "usageStats"] as const;

/** The effective state: `state` over the inline sections of `store`. Neither input is modified. */
export function mergeInlineState(store: AuthProfilesFile | undefined, state: AuthStateFile | undefined): AuthStateFile {
  const merged = structuredClone(state ?? {}) as Record<string, unknown>;
  for (const section of SECTIONS) {
    const inline = store?.[section];
    if (!inline) continue;
    const own = (merged[section] ?? {}) as Record<string, unknown>;
    merged[section] = { ...structuredClone(inline), ...own };
  }
  return merged as AuthStateFile;
}
