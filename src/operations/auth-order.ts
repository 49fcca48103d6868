/**
 * @fileoverview `auth order get|set|clear` as library operations: the
 * per-agent order override that OpenClaw keeps in auth-state.json and that
 * wins over the config's `auth.order`. `set` refuses profiles that neither
 * the agent's store nor the config's auth.profiles has, profiles of another
 * provider (after alias normalization), and, as OpenClaw does, profiles
 * without a credential in the store (the main agent's, where the agent
 * inherits it), then writes the deduplicated list under the state file's
 * lock. `clear` removes the override (and the file, when nothing is left).
 * Each returns the order after it, or the diagnostics that stopped it.
 */
import { createDiagnostic } from "../diagnostics/create.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import { rangeOf } from "../document/locate.js";
import { confusableProviders, normalizeProviderId, normalizeProviderIdForAuth } from "../providers/index.js";
import type { AuthStateFile } from "../state/index.js";
import { configProfiles, type AgentTarget } from "./agent-target.js";

/** The stored order of one provider (`null`: none stored, the config's applies), or why it could not be read or written. */
export type AuthOrderResult = { ok: true; provider: string; order: string[] | null } | { ok: false; provider: string; diagnostics: Diagnostic[] };

/**
 * Why `ids` cannot be the order of `provider`: each id must exist (store or
 * config) and belong to the provider after alias normalization. The store's
 * provider is the one OpenClaw checks; the config's counts when the store has
 * no such profile. Pure: reads only `target`.
 */
export function checkOrderProfiles(
  ids: readonly string[],
  provider: string,
  target: Pick<AgentTarget, "source" | "store" | "storePath" | "agentDir">,
): Diagnostic[] {
  const fromConfig = configProfiles(target.source);
  const known = [...new Set([...Object.keys(target.store.credentials), ...Object.keys(fromConfig)])];
  const wanted = normalizeProviderIdForAuth(provider);
  const diagnostics: Diagnostic[] = [];
  for (const id of new Set(ids)) {
    const stored = target.store.credentials[id];
    const configured = fromConfig[id];
    if (!stored && !configured) {
      const at = { file: target.storePath, path: ["profiles", id], range: FILE_START };
      diagnostics.push(
        createDiagnostic(
          "auth/order-set-unknown-profile",
          { id, provider: normalizeProviderId(provider), agentDir: target.agentDir, suggestion: didYouMean(id, known) },
          at,
        ),
      );
      continue;
    }
    const declared = stored ? stored.provider : typeof configured?.["provider"] === "string" ? (configured["provider"] as string) : undefined;
    if (declared === undefined || normalizeProviderIdForAuth(declared) === wanted) {
      if (!stored) {
        // OpenClaw's order set looks only at the credential store: a profile the config declares but has no key is refused.
        const at = target.source
          ? { path: ["auth", "profiles", id], ...target.source.locate(["auth", "profiles", id]) }
          : { file: target.storePath, path: ["profiles", id], range: FILE_START };
        diagnostics.push(createDiagnostic("auth/order-set-no-credential", { id, provider: normalizeProviderId(provider), agentDir: target.agentDir }, at));
      }
      continue;
    }
    const path = stored ? ["profiles", id, "provider"] : ["auth", "profiles", id, "provider"];
    const at =
      stored && target.store.doc
        ? { file: target.store.file, path, range: rangeOf(target.store.doc, path) }
        : target.source
          ? { path, ...target.source.locate(path) }
          : { file: target.storePath, path, range: FILE_START };
    const data = {
      id,
      profileProvider: normalizeProviderId(declared),
      provider: normalizeProviderId(provider),
      explanation: confusableProviders(declared, provider),
    };
    diagnostics.push(createDiagnostic("auth/order-set-wrong-provider", data, at));
  }
  return diagnostics;
}

/** The override stored for `provider` (any key that normalizes to it), or null. */
function storedOrder(state: AuthStateFile | undefined, provider: string): string[] | null {
  for (const [key, ids] of Object.entries(state?.order ?? {})) if (normalizeProviderId(key) === provider) return [...ids];
  return null;
}

/** The order in effect for the agent (the main agent's where it inherits). */
export function getAuthOrder(target: AgentTarget, providerId: string): AuthOrderResult {
  const provider = normalizeProviderId(providerId);
  if (!target.store.usable) return { ok: false, provider, diagnostics: target.store.diagnostics };
  const state = target.auth.state;
  if (!state.usable) return { ok: false, provider, diagnostics: state.diagnostics };
  return { ok: true, provider, order: storedOrder(target.auth.effectiveState, provider) };
}

/** Stores `ids` (deduplicated) as the agent's order for the provider, after checking each. */
export function setAuthOrder(target: AgentTarget, providerId: string, ids: readonly string[]): Promise<AuthOrderResult> {
  return writeOrder(target, normalizeProviderId(providerId), [...new Set(ids.map(String))]);
}

/** Removes the agent's stored order for the provider. */
export function clearAuthOrder(target: AgentTarget, providerId: string): Promise<AuthOrderResult> {
  return writeOrder(target, normalizeProviderId(providerId), undefined);
}

async function writeOrder(target: AgentTarget, provider: string, ids: string[] | undefined): Promise<AuthOrderResult> {
  if (!target.store.usable) return { ok: false, provider, diagnostics: target.store.diagnostics };
  if (ids !== undefined) {
    const refusals = checkOrderProfiles(ids, provider, target);
    if (refusals.length > 0) return { ok: false, provider, diagnostics: refusals };
  }
  const result = await target.auth.store.updateState((draft) => {
    const order: Record<string, string[]> = { ...(draft.order ?? {}) };
    // Alias keys of the same provider go: one provider, one stored order.
    for (const key of Object.keys(order)) if (key !== provider && normalizeProviderId(key) === provider) delete order[key];
    if (ids !== undefined) order[provider] = ids;
    else delete order[provider];
    if (Object.keys(order).length > 0) draft.order = order;
    else delete draft.order;
  });
  if (!result.ok) return { ok: false, provider, diagnostics: result.diagnostics };
  return { ok: true, provider, order: storedOrder(result.after, provider) };
}
