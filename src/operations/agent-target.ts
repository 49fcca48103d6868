/**
 * @fileoverview The preamble every agent-level operation shares: load the
 * config (optional unless named), pick the agent (the one asked for, else the
 * config's default, else `main`), and read its credential store, the main
 * agent's where it inherits. Every secret read is handed to the redactor.
 * Returns data and diagnostics; never prints.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { loadConfigSource } from "../document/include.js";
import type { ConfigSource } from "../document/source.js";
import { defaultAgentId } from "../resolve/default-agent.js";
import { collectReadSecrets } from "../secrets/collect.js";
import { Redactor } from "../secrets/redact.js";
import { collectStoreSecrets } from "../secrets/store-secrets.js";
import { agentDir, normalizeAgentId, resolveAgentAuth, type AuthProfilesRead, type ResolvedAgentAuth } from "../state/index.js";
import { isJsonObject, type JsonObject } from "../json-object.js";

export interface AgentTargetOptions {
  /** The config file; it need not exist unless `configRequired`. */
  configPath: string;
  /** True when the user named the config: a missing file is then a failure. */
  configRequired?: boolean;
  /** The agent id as given; default: the config's default agent, else `main`. */
  agent?: string | undefined;
  /** The OpenClaw state folder (`~/.openclaw`). */
  stateDir: string;
  /** Receives every secret read; a new one when not given. */
  redactor?: Redactor;
}

/** The agent an operation works on, its files, and the config when there is one. */
export interface AgentTarget {
  agentId: string;
  stateDir: string;
  agentDir: string;
  statePath: string;
  storePath: string;
  /** The agent's own store (where writes go) and what is in effect, the main agent's where it inherits. */
  auth: ResolvedAgentAuth;
  /** The config as OpenClaw sees it; undefined when there is no config file. */
  source: ConfigSource | undefined;
  configFile: string | undefined;
  store: AuthProfilesRead;
  redactor: Redactor;
}

/** `config-unreadable`: the config has errors (in `diagnostics`); `config-missing`: a named config does not exist. */
export type AgentTargetResult =
  | { ok: true; target: AgentTarget }
  | { ok: false; problem: "config-unreadable" | "config-missing"; path: string; diagnostics: Diagnostic[] };

/** Loads the config, picks the agent and reads its store (see the file overview). */
export function loadAgentTarget(options: AgentTargetOptions): AgentTargetResult {
  const redactor = options.redactor ?? new Redactor();
  const path = options.configPath;
  let source: ConfigSource | undefined;
  let configFile: string | undefined;
  if (existsSync(path)) {
    const loaded = loadConfigSource(path);
    collectReadSecrets({ value: loaded.source.value, texts: loaded.source.documents.map((doc) => doc.text) }, redactor);
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    if (!loaded.entry || errors.length > 0) return { ok: false, problem: "config-unreadable", path, diagnostics: errors };
    source = loaded.source;
    configFile = path;
  } else if (options.configRequired) {
    return { ok: false, problem: "config-missing", path, diagnostics: [] };
  }
  const fromConfig = source ? defaultAgentId(source.value) : undefined;
  const agentId = normalizeAgentId(options.agent ?? fromConfig ?? "main");
  const stateDir = resolve(options.stateDir);
  const auth = readAgentAuth(stateDir, agentId, redactor);
  const store = auth.profiles;
  const storePath = auth.profilesStore.storePath;
  return {
    ok: true,
    target: { agentId, stateDir, agentDir: agentDir(stateDir, agentId), statePath: auth.store.statePath, storePath, auth, source, configFile, store, redactor },
  };
}

/**
 * An agent's credential store and auth state as OpenClaw reads them (its own,
 * JSON or SQLite, or the main agent's where it inherits), with every stored
 * secret handed to the redactor: the store read of every agent-level command.
 */
export function readAgentAuth(stateDir: string, agentId: string, redactor: Redactor): ResolvedAgentAuth {
  const auth = resolveAgentAuth(stateDir, agentId);
  collectStoreSecrets(auth.profiles, redactor);
  return auth;
}

/** The config's `auth.profiles`, or an empty record. */
export function configProfiles(source: ConfigSource | undefined): Record<string, JsonObject> {
  const auth = isJsonObject(source?.value) ? source.value["auth"] : undefined;
  const profiles = isJsonObject(auth) ? auth["profiles"] : undefined;
  const out: Record<string, JsonObject> = {};
  if (isJsonObject(profiles)) for (const [id, entry] of Object.entries(profiles)) if (isJsonObject(entry)) out[id] = entry;
  return out;
}
