/**
 * @fileoverview What `explain` simulates with, read from disk: an agent's
 * credential store and auth state — its own (JSON or SQLite), the main
 * agent's where it inherits, or the files named explicitly — merged as the
 * runtime merges them (routing state still inline in an old store counts).
 * Every stored secret goes to the redactor. Returns data and the read that
 * was unusable; never prints.
 */
import { dirname, join } from "node:path";
import type { AuthStateLike, AuthStoreLike } from "../resolve/index.js";
import type { Redactor } from "../secrets/redact.js";
import { collectStoreSecrets } from "../secrets/store-secrets.js";
import { AUTH_PROFILES_FILENAME, authStatePath, mergeInlineState, readAuthProfiles, readAuthState, type AuthProfilesRead } from "../state/index.js";
import { readAgentAuth } from "./agent-target.js";

export interface ExplainInputsOptions {
  stateDir: string;
  agentId: string;
  /** An auth-state.json to read instead of the agent's own. */
  statePath?: string | undefined;
  /** An auth-profiles.json to read instead of the agent's own (default: beside `statePath`). */
  storePath?: string | undefined;
  redactor: Redactor;
}

/** The inputs, and where each was read; `unusable` is a read that cannot be used (its diagnostics say why). */
export type ExplainInputs =
  | {
      ok: true;
      store: AuthStoreLike | undefined;
      state: AuthStateLike | undefined;
      statePath: string;
      stateExists: boolean;
      storePath: string;
      storeExists: boolean;
    }
  | { ok: false; unusable: Pick<AuthProfilesRead, "file" | "diagnostics"> };

/** Reads the agent's store and state (see the file overview). */
export function readExplainInputs(options: ExplainInputsOptions): ExplainInputs {
  const statePath = options.statePath ?? authStatePath(options.stateDir, options.agentId);
  const storePath = options.storePath ?? join(dirname(statePath), AUTH_PROFILES_FILENAME);
  // The agent's own store (JSON or SQLite), the main agent's where it inherits; named files instead when given.
  const resolved =
    options.statePath === undefined && options.storePath === undefined ? readAgentAuth(options.stateDir, options.agentId, options.redactor) : undefined;
  const store = resolved ? resolved.profiles : readAuthProfiles(storePath);
  if (!resolved) collectStoreSecrets(store, options.redactor);
  const state = resolved ? resolved.state : readAuthState(statePath);
  for (const read of [store, state]) if (!read.usable) return { ok: false, unusable: read };
  return {
    ok: true,
    store: store.exists ? { profiles: store.credentials } : undefined,
    state: mergeInlineState(store.value, state.value),
    statePath: resolved ? resolved.stateStore.statePath : statePath,
    stateExists: state.exists,
    storePath: resolved ? resolved.profilesStore.storePath : storePath,
    storeExists: store.exists,
  };
}
