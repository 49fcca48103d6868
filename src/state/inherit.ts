/**
 * @fileoverview What an agent's auth really is, as OpenClaw 2026.4 resolves
 * it: every agent other than the main one that has no credential store of its
 * own uses the main agent's credentials, and one with no routing state of its
 * own uses the main agent's (its stored order above all). Recorded with the
 * real CLI: `models auth order get --agent work` shows main's order while
 * work has no files (fixtures/state-2026.9/inherit/). Writes still go to the
 * agent's own store.
 */
import type { AuthStateFile } from "../schema/auth-state.js";
import { mergeInlineState } from "./merge.js";
import { DEFAULT_AGENT_ID, normalizeAgentId } from "./paths.js";
import type { AuthProfilesRead, StateFileRead } from "./read.js";
import { openAgentStore, type AgentStore } from "./store.js";

export interface ResolvedAgentAuth {
  /** The agent's own store: where its writes go. */
  store: AgentStore;
  /** The credentials in effect: the agent's own, else the main agent's. */
  profiles: AuthProfilesRead;
  /** The routing state in effect: the agent's own, else the main agent's. */
  state: StateFileRead<AuthStateFile>;
  /** Which agent each came from (the agent itself, or main). */
  profilesFrom: string;
  stateFrom: string;
  /** The store the profiles were read from (the main agent's when inherited). */
  profilesStore: AgentStore;
  stateStore: AgentStore;
  /** The state OpenClaw acts on: the state over the inline sections of an old credential store. */
  effectiveState: AuthStateFile;
}

/** Reads an agent's auth with the main agent's as fallback (see the file overview). */
export function resolveAgentAuth(stateDir: string, agentId: string): ResolvedAgentAuth {
  const id = normalizeAgentId(agentId);
  const own = openAgentStore(stateDir, id);
  let profilesStore = own;
  let stateStore = own;
  let profiles = own.readProfiles();
  let state = own.readState();
  if (id !== DEFAULT_AGENT_ID) {
    const main = openAgentStore(stateDir, DEFAULT_AGENT_ID);
    // An unusable store of its own is reported, never replaced by main's.
    if (!profiles.exists && profiles.usable) {
      const inherited = main.readProfiles();
      if (inherited.exists) {
        profiles = inherited;
        profilesStore = main;
      }
    }
    if (!state.exists && state.usable) {
      const inherited = main.readState();
      if (inherited.exists) {
        state = inherited;
        stateStore = main;
      }
    }
  }
  return {
    store: own,
    profiles,
    state,
    profilesFrom: profilesStore.agentId,
    stateFrom: stateStore.agentId,
    profilesStore,
    stateStore,
    effectiveState: mergeInlineState(profiles.value, state.value),
  };
}
