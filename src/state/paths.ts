/**
 * @fileoverview Where an agent's state files live: `<stateDir>/agents/<agentId>/agent/`
 * holds `auth-state.json` (routing state), `auth-profiles.json` (credentials)
 * and, in old installs, the flat `auth.json`. Agent ids are normalized as
 * OpenClaw does, which also keeps a hostile id from leaving the state folder.
 */
import { join } from "node:path";

export const AUTH_STATE_FILENAME = "auth-state.json";
export const AUTH_PROFILES_FILENAME = "auth-profiles.json";
export const LEGACY_AUTH_FILENAME = "auth.json";
export const DEFAULT_AGENT_ID = "main";

const VALID_AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/**
 * OpenClaw's agent id normalization: a valid id is lowercased; otherwise runs
 * of other characters become `-` (leading and trailing ones dropped), and an
 * empty result is `main`.
 */
export function normalizeAgentId(raw: string): string {
  const trimmed = raw.trim();
  if (VALID_AGENT_ID.test(trimmed)) return trimmed.toLowerCase();
  const collapsed = trimmed
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+/, "")
    .replace(/-+$/, "")
    .slice(0, 64);
  return collapsed === "" ? DEFAULT_AGENT_ID : collapsed;
}

/** `<stateDir>/agents/<agentId>/agent`: the folder holding one agent's auth files. */
export function agentDir(stateDir: string, agentId: string): string {
  return join(stateDir, "agents", normalizeAgentId(agentId), "agent");
}

export function authStatePath(stateDir: string, agentId: string): string {
  return join(agentDir(stateDir, agentId), AUTH_STATE_FILENAME);
}

export function authProfilesPath(stateDir: string, agentId: string): string {
  return join(agentDir(stateDir, agentId), AUTH_PROFILES_FILENAME);
}

/** The legacy flat store (`{provider: credential}`), imported by OpenClaw as `<provider>:default`. */
export function legacyAuthPath(stateDir: string, agentId: string): string {
  return join(agentDir(stateDir, agentId), LEGACY_AUTH_FILENAME);
}

/** The lock file that guards writes to `file`. */
export function lockPathFor(file: string): string {
  return `${file}.lock`;
}
