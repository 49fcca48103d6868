/**
 * @fileoverview Turns an auth-state value into the text written to disk, with
 * OpenClaw's writing rules: `version: 1` first, only non-empty sections
 * written, and no file at all when nothing is left. Unknown top-level keys
 * count as content: a file holding only runtime fields agentcfg does not know
 * is still written, never deleted.
 */
import type { AuthStateFile } from "../schema/auth-store-types.js";
import type { AuthProfilesFile } from "../schema/auth-store-types.js";
import { isJsonObject } from "../json-object.js";

export const AUTH_STATE_VERSION = 1;
const SECTIONS = new Set(["order", "lastGood", "usageStats"]);

function isEmptyObject(value: unknown): boolean {
  return isJsonObject(value) && Object.keys(value).length === 0;
}

/** The value that would be written, or undefined when the file should be deleted. */
export function compactAuthState(state: AuthStateFile): AuthStateFile | undefined {
  const out: Record<string, unknown> = { version: AUTH_STATE_VERSION };
  let hasContent = false;
  for (const [key, value] of Object.entries(state)) {
    if (key === "version" || value === undefined) continue;
    if (SECTIONS.has(key) && isEmptyObject(value)) continue;
    out[key] = value;
    hasContent = true;
  }
  return hasContent ? (out as AuthStateFile) : undefined;
}

/** The file text (2-space JSON, trailing newline, as OpenClaw writes it), or undefined: delete the file. */
export function serializeAuthState(state: AuthStateFile): string | undefined {
  const compact = compactAuthState(state);
  return compact === undefined ? undefined : `${JSON.stringify(compact, null, 2)}\n`;
}

/** auth-profiles.json text; the store is always written (an empty store is still a store). */
export function serializeAuthProfiles(store: AuthProfilesFile): string {
  const { version, ...rest } = store;
  return `${JSON.stringify({ version: version ?? AUTH_STATE_VERSION, ...rest }, null, 2)}\n`;
}
