/**
 * @fileoverview What an agent's auth really is, as OpenClaw resolves it
 * (both recorded with the real CLIs, fixtures/state-2026.9/):
 * - JSON files (2026.4): an agent other than the main one that has no
 *   credential store of its own uses the main agent's credentials, and one
 *   with no routing state of its own uses the main agent's (its stored order
 *   above all): `models auth order get --agent work` shows main's order.
 * - SQLite (2026.9): the shared store in `<stateDir>/state/openclaw.sqlite`
 *   is read through: its credentials under the agent's own (which win), its
 *   routing state when the agent has none. There is no main-agent fallback.
 * Writes always go to the agent's own store.
 */
import type { AuthStateFile } from "../schema/auth-store-types.js";
import { mergeInlineState } from "./merge.js";
import { DEFAULT_AGENT_ID, normalizeAgentId } from "./paths.js";
import { join } from "node:path";
import { parseAuthProfilesText, parseAuthStateText, type AuthProfilesRead, type StateFileRead } from "./read.js";
import { readSharedAuthRow, SHARED_DB_SEGMENTS } from "./sqlite-store.js";
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

function readShared(stateDir: string): { profiles: AuthProfilesRead | undefined; state: StateFileRead<AuthStateFile> | undefined } {
  const path = join(stateDir, ...SHARED_DB_SEGMENTS);
  const name = (which: string) => `${path}#config_machine_state/authProfiles.${which}`;
  try {
    const store = readSharedAuthRow(path, "store");
    const state = readSharedAuthRow(path, "state");
    return {
      profiles: store === undefined ? undefined : parseAuthProfilesText(store, name("store")),
      state: state === undefined ? undefined : parseAuthStateText(state, name("state")),
    };
  } catch {
    // A shared database agentcfg cannot open adds nothing; the agent's own store still answers.
    return { profiles: undefined, state: undefined };
  }
}

/** Reads an agent's auth with the main agent's as fallback (see the file overview). */
export function resolveAgentAuth(stateDir: string, agentId: string): ResolvedAgentAuth {
  const id = normalizeAgentId(agentId);
  const own = openAgentStore(stateDir, id);
  let profilesStore = own;
  let stateStore = own;
  let profiles = own.readProfiles();
  let state = own.readState();
  const shared = readShared(stateDir);
  if (own.kind === "sqlite" || shared.profiles !== undefined || shared.state !== undefined) {
    if (shared.profiles?.usable && shared.profiles.value && profiles.usable) {
      const merged = {
        ...shared.profiles.value,
        ...(profiles.value ?? {}),
        profiles: { ...(shared.profiles.value.profiles ?? {}), ...(profiles.value?.profiles ?? {}) },
      };
      const credentials = { ...shared.profiles.credentials, ...profiles.credentials };
      profiles = { ...profiles, exists: true, value: merged, credentials, diagnostics: [...shared.profiles.diagnostics, ...profiles.diagnostics] };
    }
    if (!state.exists && state.usable && shared.state?.exists) state = shared.state;
  } else if (id !== DEFAULT_AGENT_ID) {
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
