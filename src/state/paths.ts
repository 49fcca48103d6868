/**
 * @fileoverview Where an agent's state files live: `<stateDir>/agents/<agentId>/agent/`
 * holds `auth-state.json` (routing state), `auth-profiles.json` (credentials)
 * and, in old installs, the flat `auth.json`. Agent ids are normalized as
 * OpenClaw does, which also keeps a hostile id from leaving the state folder.
 */
import { join } from "node:path";
import { normalizeAgentId } from "../resolve/agent-id.js";

export const AUTH_STATE_FILENAME = "auth-state.json";
export const AUTH_PROFILES_FILENAME = "auth-profiles.json";
export const LEGACY_AUTH_FILENAME = "auth.json";
export { DEFAULT_AGENT_ID, normalizeAgentId } from "../resolve/agent-id.js";

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
