/**
 * @fileoverview An agent's state files as the inspector needs them: auth-state.json
 * (cooldowns, disabled profiles, the stored order) and auth-profiles.json (which profiles
 * have a credential), read as every agent-level command reads them (operations/agent-target.ts):
 * every secret of the store is handed to the Redactor before anything is built from it; the
 * store's values never reach the page.
 */
import { relative } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import type { AuthStateLike, AuthStoreLike } from "../resolve/auth-inputs.js";
import type { Redactor } from "../secrets/redact.js";
import { readAgentAuth } from "../operations/agent-target.js";

export interface AgentStateFiles {
  state: AuthStateLike | undefined;
  store: AuthStoreLike | undefined;
  authState: { file: string; exists: boolean; usable: boolean; text?: string };
  authProfiles: { file: string; exists: boolean; usable: boolean };
  diagnostics: Diagnostic[];
}

/** Names a state file relative to the state folder's parent, so the page never shows a home folder twice over. */
function displayName(stateDir: string, path: string): string {
  const rel = relative(stateDir, path);
  return rel.startsWith("..") ? path : `<state>/${rel.split("\\").join("/")}`;
}

/** Reads one agent's auth-state.json and auth-profiles.json; missing files are empty, never an error. */
export function readAgentStateFiles(stateDir: string, agentId: string, redactor: Redactor): AgentStateFiles {
  // Every secret of the store, as read and as written (a dropped entry may still hold a key), goes to the redactor first.
  const resolved = readAgentAuth(stateDir, agentId, redactor);
  const rename = <T extends { file: string; diagnostics: Array<{ file: string }> }>(read: T): T => {
    const file = displayName(stateDir, read.file);
    return { ...read, file, diagnostics: read.diagnostics.map((d) => ({ ...d, file: displayName(stateDir, d.file) })) };
  };
  // The agent's own store (JSON or SQLite), or the main agent's where it inherits, as OpenClaw reads them.
  const state = rename(resolved.state);
  const store = rename(resolved.profiles);
  return {
    state: state.value as AuthStateLike | undefined,
    store: store.exists && store.usable ? ({ profiles: store.credentials } as AuthStoreLike) : undefined,
    authState: { file: state.file, exists: state.exists, usable: state.usable, ...(state.doc ? { text: state.doc.text } : {}) },
    authProfiles: { file: store.file, exists: store.exists, usable: store.usable },
    diagnostics: [...state.diagnostics, ...store.diagnostics],
  };
}
