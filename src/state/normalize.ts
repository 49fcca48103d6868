/**
 * @fileoverview Normalizes an auth-state value the way agentcfg writes it:
 * provider keys canonical (`kimi-coding` → `kimi`), order overrides without
 * duplicates or unknown profiles, cooldowns that ended before `now` cleared
 * (OpenClaw clears them before every choice, so a stale one only misleads a
 * reader). Everything else — unknown top-level keys, unknown fields inside a
 * usage entry, usage of profiles agentcfg does not know — is kept as it was.
 * Pure: the input is not modified.
 */
import { createDiagnostic } from "../diagnostics/create.js";
import type { DataOf } from "../diagnostics/catalogue.js";
import type { Diagnostic, JsonPath } from "../diagnostics/types.js";
import type { StateSection } from "../diagnostics/codes/state.js";
import { FILE_START } from "../document/lines.js";
import { rangeOf } from "../document/locate.js";
import type { ConfigDocument } from "../document/parse.js";
import { normalizeProviderId } from "../providers/index.js";
import type { AuthStateFile, ProfileUsageStats } from "../schema/auth-store-types.js";

export interface NormalizeOptions {
  /** The moment cooldowns are judged against, in ms since the epoch (`--now`). */
  now: number;
  /**
   * Profile ids that exist (the config's auth.profiles and the credential
   * store). When absent, order overrides are not checked for unknown profiles.
   */
  knownProfileIds?: Iterable<string>;
  /** The file diagnostics name. */
  file: string;
  /** The parsed file, to point diagnostics at the exact entry. */
  doc?: ConfigDocument;
}

export interface NormalizeResult {
  state: AuthStateFile;
  diagnostics: Diagnostic[];
  /** True when the normalized value differs from the input. */
  changed: boolean;
}

type Reporter = <
  C extends "state/unknown-profile" | "state/duplicate-profile" | "state/provider-alias" | "state/provider-collision" | "state/expired-cooldown",
>(
  code: C,
  data: DataOf<C>,
  path: JsonPath,
  part?: "key" | "value",
) => void;

/** The ids agentcfg treats as existing: the config's profiles plus the store's. */
export function knownProfileIds(configProfiles: Record<string, unknown> | undefined, storeProfiles: Record<string, unknown> | undefined): Set<string> {
  return new Set([...Object.keys(configProfiles ?? {}), ...Object.keys(storeProfiles ?? {})]);
}

export function normalizeAuthState(input: AuthStateFile, options: NormalizeOptions): NormalizeResult {
  const state = structuredClone(input) as AuthStateFile;
  const diagnostics: Diagnostic[] = [];
  const report: Reporter = (code, data, path, part = "value") => {
    const range = options.doc ? rangeOf(options.doc, path, part) : FILE_START;
    diagnostics.push(createDiagnostic(code, data, { file: options.file, path, range }));
  };
  const known = options.knownProfileIds ? new Set(options.knownProfileIds) : undefined;

  if (state.order) state.order = canonicalProviderKeys(state.order, "order", report);
  if (state.lastGood) state.lastGood = canonicalProviderKeys(state.lastGood, "lastGood", report);
  if (state.order) {
    state.order = cleanOrders(input.order ?? {}, state.order, known, report);
    // A collision that cleaning resolved (one of its keys lost every id) leaves one alias key: make it
    // canonical now, as the next run would (else compiling twice would not give what compiling once gives).
    const aliasesOnly: Reporter = (code, data, path, part) => {
      if (code === "state/provider-alias") report(code, data, path, part);
    };
    state.order = canonicalProviderKeys(state.order, "order", aliasesOnly);
  }
  if (state.usageStats) {
    for (const [id, stats] of Object.entries(state.usageStats)) clearExpired(id, stats, options.now, report);
  }
  return { state, diagnostics, changed: JSON.stringify(state) !== JSON.stringify(input) };
}

/**
 * Rewrites alias keys to canonical provider ids, keeping each entry's
 * position. Keys that collide after normalization are left as written: which
 * one the runtime would pick is not agentcfg's to decide.
 */
function canonicalProviderKeys<V>(section: Record<string, V>, name: StateSection, report: Reporter): Record<string, V> {
  const byCanonical = new Map<string, string[]>();
  for (const key of Object.keys(section)) {
    const canonical = normalizeProviderId(key);
    byCanonical.set(canonical, [...(byCanonical.get(canonical) ?? []), key]);
  }
  const out: Record<string, V> = {};
  for (const [key, value] of Object.entries(section)) {
    const canonical = normalizeProviderId(key);
    const keys = byCanonical.get(canonical)!;
    if (keys.length > 1) {
      if (keys[0] === key) report("state/provider-collision", { section: name, keys, canonical }, [name, key], "key");
      out[key] = value;
    } else {
      if (canonical !== key) report("state/provider-alias", { section: name, key, canonical }, [name, key], "key");
      out[canonical] = value;
    }
  }
  return out;
}

/** Dedupes each override and strips unknown ids; an override stripped to nothing is removed. */
function cleanOrders(
  original: Record<string, string[]>,
  order: Record<string, string[]>,
  known: Set<string> | undefined,
  report: Reporter,
): Record<string, string[]> {
  const originalKeys = Object.keys(original);
  const out: Record<string, string[]> = {};
  Object.entries(order).forEach(([provider, ids], index) => {
    // Keys keep their position, so the n-th key here was the n-th key in the file.
    const fileKey = originalKeys[index] ?? provider;
    const seen = new Set<string>();
    const kept: string[] = [];
    const unknown: { id: string; at: number }[] = [];
    ids.forEach((id, at) => {
      if (seen.has(id)) {
        report("state/duplicate-profile", { provider, id }, ["order", fileKey, at]);
        return;
      }
      seen.add(id);
      if (known && !known.has(id)) unknown.push({ id, at });
      else kept.push(id);
    });
    const overrideRemoved = ids.length > 0 && kept.length === 0;
    for (const { id, at } of unknown) report("state/unknown-profile", { provider, id, overrideRemoved }, ["order", fileKey, at]);
    if (!overrideRemoved) out[provider] = kept;
  });
  return out;
}

function isoOf(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

/**
 * OpenClaw's first step before choosing a profile: a cooldown or disable that
 * has ended is deleted with its reason; when that leaves the profile usable,
 * its error count goes to 0 and its failure counts are cleared.
 */
function clearExpired(id: string, stats: ProfileUsageStats, now: number, report: Reporter): void {
  const ended: { field: "cooldownUntil" | "disabledUntil"; until: number }[] = [];
  if (typeof stats.cooldownUntil === "number" && stats.cooldownUntil <= now) {
    ended.push({ field: "cooldownUntil", until: stats.cooldownUntil });
    delete stats.cooldownUntil;
    delete stats.cooldownReason;
    delete stats.cooldownModel;
  }
  if (typeof stats.disabledUntil === "number" && stats.disabledUntil <= now) {
    ended.push({ field: "disabledUntil", until: stats.disabledUntil });
    delete stats.disabledUntil;
    delete stats.disabledReason;
  }
  if (ended.length === 0) return;
  const stillUnusable = (stats.cooldownUntil ?? 0) > now || (stats.disabledUntil ?? 0) > now;
  let countersReset = false;
  if (!stillUnusable) {
    if (typeof stats.errorCount === "number" && stats.errorCount !== 0) {
      stats.errorCount = 0;
      countersReset = true;
    }
    if (stats.failureCounts !== undefined) {
      delete stats.failureCounts;
      countersReset = true;
    }
  }
  for (const { field, until } of ended) report("state/expired-cooldown", { id, field, until: isoOf(until), countersReset }, ["usageStats", id, field]);
}
