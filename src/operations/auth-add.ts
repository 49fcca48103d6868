/**
 * @fileoverview `auth add` as a library operation: stores a credential in the
 * agent's auth-profiles.json (`{type: "api_key", provider, key}` or `{type:
 * "token", provider, token}`; atomic, mode 0600, under the lock, every other
 * profile kept) and sets `auth.profiles[ID] = {provider, mode}` in the config
 * with a text edit that keeps its comments and formatting. Everything that can
 * be refused is checked before anything is written. The secret is never part
 * of a result or a diagnostic.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { upsertAuthProfile } from "../document/edit-upsert.js";
import { FILE_START } from "../document/lines.js";
import { rangeOf } from "../document/locate.js";
import { looksLikeCredential } from "../secrets/detect.js";
import { normalizeProviderId, normalizeProviderIdForAuth } from "../providers/index.js";
import { StateLockError, withLock, writeFileAtomic } from "../state/index.js";
import { fsFailure } from "../state/io-errors.js";
import { isJsonObject, type JsonObject } from "../json-object.js";
import { configProfiles, type AgentTarget } from "./agent-target.js";

/** What a fresh config holds when `auth add` creates it. */
const EMPTY_CONFIG = "{}\n";

export type AuthAddMode = "api_key" | "token";

export interface AuthAddOptions {
  profileId: string;
  /** As given; stored canonical. */
  provider: string;
  mode: AuthAddMode;
  /** The key or token, one line. */
  secret: string;
  /** The config to add `auth.profiles[ID]` to (created when missing). */
  configPath: string;
}

/**
 * `refused`: a conflict or an unusable store, nothing written; `config-edit`:
 * the config cannot take the entry, nothing written; `store-write`: the
 * store could not be written; `config-write`: the config could not be
 * written, and `credential` says whether the store holds the new key anyway
 * (`not-stored`: it was put back as it was, or never written).
 */
export type AuthAddResult =
  | { ok: true; provider: string; storePath: string; config: "created" | "updated" | "unchanged"; newConfigFile: boolean; warnings: Diagnostic[] }
  | { ok: false; problem: "refused" | "store-write"; provider: string; diagnostics: Diagnostic[] }
  | { ok: false; problem: "config-edit"; provider: string; reason: string }
  | { ok: false; problem: "config-write"; provider: string; diagnostics: Diagnostic[]; reason: string | undefined; credential: "stored" | "not-stored" };

/** The credential entry as OpenClaw stores it; the display fields of an entry it replaces are kept. */
function credentialEntry(mode: AuthAddMode, provider: string, secret: string, previous: unknown): JsonObject {
  const entry: JsonObject = mode === "api_key" ? { type: "api_key", provider, key: secret } : { type: "token", provider, token: secret };
  if (isJsonObject(previous)) for (const field of ["email", "displayName", "metadata"]) if (previous[field] !== undefined) entry[field] = previous[field];
  return entry;
}

/** Refusals for an id that already belongs to another provider, in the config or in the store. */
function conflicts(target: AgentTarget, id: string, provider: string): Diagnostic[] {
  const wanted = normalizeProviderIdForAuth(provider);
  const out: Diagnostic[] = [];
  const configured = configProfiles(target.source)[id];
  if (configured && typeof configured["provider"] === "string" && normalizeProviderIdForAuth(configured["provider"]) !== wanted && target.source) {
    const path = ["auth", "profiles", id, "provider"];
    out.push(
      createDiagnostic(
        "auth/add-provider-conflict",
        { id, existing: normalizeProviderId(configured["provider"]), provider, where: "config" },
        { path, ...target.source.locate(path) },
      ),
    );
  }
  const stored = target.store.credentials[id];
  if (stored && normalizeProviderIdForAuth(stored.provider) !== wanted) {
    const path = ["profiles", id, "provider"];
    const range = target.store.doc ? rangeOf(target.store.doc, path) : FILE_START;
    out.push(
      createDiagnostic(
        "auth/add-provider-conflict",
        { id, existing: normalizeProviderId(stored.provider), provider, where: "store" },
        { file: target.store.file, path, range },
      ),
    );
  }
  return out;
}

/** A warning when the config's auth.order for the provider exists and leaves the new profile out. */
function notInOrder(target: AgentTarget, configFile: string, id: string, provider: string): Diagnostic[] {
  const value = target.source?.value;
  const auth = isJsonObject(value) ? value["auth"] : undefined;
  const order = isJsonObject(auth) ? auth["order"] : undefined;
  if (!isJsonObject(order)) return [];
  for (const [key, ids] of Object.entries(order)) {
    if (normalizeProviderIdForAuth(key) !== normalizeProviderIdForAuth(provider) || !Array.isArray(ids) || ids.includes(id)) continue;
    const path = ["auth", "order", key];
    const at = target.source ? { path, ...target.source.locate(path, "key") } : { file: configFile, path, range: FILE_START };
    return [createDiagnostic("auth/add-not-in-order", { id, provider }, at)];
  }
  return [];
}

/**
 * Whether a profile id looks like a credential (a key pasted into `--profile-id`), or holds the
 * secret being stored: the id is written into the config, a file people commit, so it is refused.
 */
export function profileIdLooksSecret(profileId: string, secret?: string): boolean {
  const trimmed = secret?.trim() ?? "";
  return looksLikeCredential(profileId) || (trimmed.length >= 6 && profileId.includes(trimmed));
}

/** Stores the credential, then adds the profile to the config (see the file overview). */
export async function addAuthProfile(target: AgentTarget, options: AuthAddOptions): Promise<AuthAddResult> {
  const { profileId, mode, secret, configPath } = options;
  const provider = normalizeProviderId(options.provider);
  target.redactor.add(secret);
  if (profileIdLooksSecret(profileId, secret))
    return { ok: false, problem: "config-edit", provider, reason: "the profile id looks like a key or token, and a profile id is written into the config" };
  if (!target.store.usable) return { ok: false, problem: "refused", provider, diagnostics: target.store.diagnostics };
  const refusals = conflicts(target, profileId, provider);
  if (refusals.length > 0) return { ok: false, problem: "refused", provider, diagnostics: refusals };

  // The config edit is prepared (and can fail) before anything is written.
  const realConfig = target.configFile ? realpathSync(target.configFile) : configPath;
  const original = target.configFile ? readFileSync(realConfig, "utf8") : EMPTY_CONFIG;
  const edited = upsertAuthProfile(original, configPath, profileId, { provider, mode });
  if (!edited.ok) return { ok: false, problem: "config-edit", provider, reason: edited.reason };

  // The config's lock is taken first, so a config folder that cannot be written (read-only, full) refuses before the key is stored.
  try {
    return await withLock(realConfig, () => storeThenConfigure(target, options, provider, realConfig), { displayName: configPath });
  } catch (error) {
    if (!(error instanceof StateLockError)) throw error;
    return { ok: false, problem: "config-write", provider, diagnostics: [error.diagnostic], reason: undefined, credential: "not-stored" };
  }
}

/**
 * Under the config's lock: stores the credential, then writes the config. If
 * the config cannot be written, the store is put back as it was, so the two
 * are written both or neither; when even that fails, the result says so.
 */
async function storeThenConfigure(target: AgentTarget, options: AuthAddOptions, provider: string, realConfig: string): Promise<AuthAddResult> {
  const { profileId, mode, secret, configPath } = options;
  // An agent that uses the main agent's keys gets a store of its own holding them, as OpenClaw copies them on first use.
  const inherited = target.auth.profilesStore !== target.auth.store ? (target.auth.profiles.value?.profiles ?? {}) : {};
  let previous: unknown;
  const stored = await target.auth.store.updateProfiles((draft) => {
    const profiles = { ...structuredClone(inherited), ...(draft.profiles ?? {}) };
    previous = draft.profiles?.[profileId];
    profiles[profileId] = credentialEntry(mode, provider, secret, profiles[profileId]);
    draft.profiles = profiles;
  });
  if (!stored.ok) return { ok: false, problem: "store-write", provider, diagnostics: stored.diagnostics };

  // The edit is made again on the config as it is now: concurrent `auth add`s each keep the others' entries.
  let failure: Diagnostic | undefined;
  let applied: ReturnType<typeof upsertAuthProfile>;
  try {
    const current = existsSync(realConfig) ? readFileSync(realConfig, "utf8") : EMPTY_CONFIG;
    applied = upsertAuthProfile(current, configPath, profileId, { provider, mode });
    if (applied.ok && applied.changed) {
      const fileMode = existsSync(realConfig) ? statSync(realConfig).mode & 0o777 : 0o600;
      const written = writeFileAtomic(realConfig, applied.text, { root: dirname(realConfig), displayName: configPath, mode: fileMode });
      if (!written.ok) failure = written.diagnostic;
    }
  } catch (error) {
    applied = { ok: false, reason: fsFailure(error).reason, path: [] };
  }
  if (failure || !applied.ok) {
    const reason = applied.ok ? undefined : applied.reason;
    const undone = await target.auth.store.updateProfiles((draft) => {
      const profiles = { ...(draft.profiles ?? {}) };
      if (previous === undefined) delete profiles[profileId];
      else profiles[profileId] = previous as JsonObject;
      draft.profiles = profiles;
    });
    const diagnostics = [...(failure ? [failure] : []), ...(undone.ok ? [] : undone.diagnostics)];
    return { ok: false, problem: "config-write", provider, diagnostics, reason, credential: undone.ok ? "not-stored" : "stored" };
  }
  const config = !applied.changed ? "unchanged" : applied.created ? "created" : "updated";
  return {
    ok: true,
    provider,
    storePath: target.auth.store.storePath,
    config,
    newConfigFile: target.configFile === undefined,
    warnings: notInOrder(target, configPath, profileId, provider),
  };
}
