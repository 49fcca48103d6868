/**
 * @fileoverview One agent's auth files read together, as OpenClaw loads them:
 * auth-state.json, auth-profiles.json (credentials), and the routing state
 * still inline in an old auth-profiles.json merged under auth-state.json.
 * What `compile`, `explain` and `auth order` start from.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import type { AuthStateFile } from "../schema/auth-store-types.js";
import { mergeInlineState } from "./merge.js";
import { authProfilesPath, authStatePath, normalizeAgentId } from "./paths.js";
import { readAuthProfiles, readAuthState, type AuthProfilesRead, type StateFileRead } from "./read.js";

export interface AgentAuthFiles {
  agentId: string;
  statePath: string;
  profilesPath: string;
  state: StateFileRead<AuthStateFile>;
  profiles: AuthProfilesRead;
  /** The state OpenClaw would act on: auth-state.json over the inline sections of auth-profiles.json. */
  effectiveState: AuthStateFile;
  /** Every diagnostic of both files, auth-state.json first. */
  diagnostics: Diagnostic[];
}

export interface ReadAgentAuthOptions {
  /** The name diagnostics give a file (e.g. relative to the state folder); defaults to its path. */
  displayName?: (path: string) => string;
}

export function readAgentAuth(stateDir: string, agentId: string, options: ReadAgentAuthOptions = {}): AgentAuthFiles {
  const statePath = authStatePath(stateDir, agentId);
  const profilesPath = authProfilesPath(stateDir, agentId);
  const name = options.displayName ?? ((path: string) => path);
  const state = readAuthState(statePath, { displayName: name(statePath) });
  const profiles = readAuthProfiles(profilesPath, { displayName: name(profilesPath) });
  return {
    agentId: normalizeAgentId(agentId),
    statePath,
    profilesPath,
    state,
    profiles,
    effectiveState: mergeInlineState(profiles.value, state.value),
    diagnostics: [...state.diagnostics, ...profiles.diagnostics],
  };
}
