/**
 * @fileoverview The order OpenClaw 2026.4 tries one provider's auth profiles in
 * (`resolveAuthProfileOrder`), with the reason for every position. Precedence of the base
 * list: the override stored in auth-state.json, then the config's `auth.order`, then the
 * config's `auth.profiles` of that provider, then the credential store's. Each id must be
 * eligible; if every listed id is missing from the store, the store's profiles are used
 * instead (drift repair). An explicit order is kept, except that profiles cooling down or
 * disabled go to the back, soonest free first; without one it is round-robin (OAuth, then
 * tokens, then API keys, least recently used first). A session pin goes to the front.
 */
import { normalizeProviderId, normalizeProviderIdForAuth } from "../providers/index.js";
import { asStringList, type AuthConfigHolder, type AuthStateLike, type AuthStoreLike, type CredentialLike, type SessionPinLike } from "./auth-inputs.js";
import { exclusionWhy, profileWhy, type AuthOrderSource, type OrderContext, type Placement } from "./auth-order-why.js";
import { orderNotes } from "./auth-order-notes.js";
import { checkEligibility, credentialTypeOf, lastUsedOf, profileHealth, type ExclusionCode, type IgnoredWindow, type ProfileHealth } from "./profile-status.js";
import { asJsonObject } from "../json-object.js";

export type { AuthOrderSource } from "./auth-order-why.js";

export interface ResolveAuthOrderInput {
  /** The config (validated or not); only `auth` is read. */
  config: AuthConfigHolder | undefined;
  /** Provider id as written; aliases are resolved (`kimi-coding` → `kimi`). */
  provider: string;
  /** The agent's auth-state.json: order override, cooldowns, disabled profiles. */
  state?: AuthStateLike | undefined;
  /** The agent's auth-profiles.json. Without it, credentials are assumed present. */
  store?: AuthStoreLike | undefined;
  /** The instant to simulate, ms epoch; default: now. */
  now?: number;
  /** The session pin: a profile id (set with `/model …@profile`) or `{profile, source}`. */
  pin?: string | SessionPinLike | undefined;
  /** The model id asked about (without provider), for model-scoped cooldowns. */
  model?: string | undefined;
}

/** "pinned" is a pinned profile that is usable; a pinned profile cooling down says "cooldown" with `pinned: true`. */
export type ProfileStatus = "ready" | "pinned" | "cooldown" | "disabled";

export interface OrderedProfile {
  id: string;
  status: ProfileStatus;
  pinned: boolean;
  /** How it got its place: the session pin, the explicit order, moved back while unusable, or round-robin. */
  placement: Placement["kind"];
  /** When a cooling-down or disabled profile is usable again (ms epoch). */
  until?: number;
  /** The failure reason of the cooldown or disabled window (`rate_limit`, `billing`, …). */
  reason?: string;
  /** The model a model-scoped cooldown is limited to. */
  model?: string;
  /** A recorded window OpenClaw ignores here (another model's cooldown; an exempt provider). */
  ignored?: IgnoredWindow;
  /** Credential kind (`api_key`, `token`, `oauth`) when known. */
  type?: string;
  why: string;
}

export interface ExcludedProfile {
  id: string;
  code: ExclusionCode;
  why: string;
}

export interface AuthOrder {
  /** Canonical provider id. */
  provider: string;
  source: AuthOrderSource;
  /** The base list as found at `source`, before filtering. */
  listed: string[];
  /** Profiles in the order they will be tried. */
  profiles: OrderedProfile[];
  excluded: ExcludedProfile[];
  /** Set when a user pin locks the session to one profile: OpenClaw uses only that one. */
  lockedTo?: string;
  /** True when every listed id was missing from the store and the store's profiles were used. */
  repaired: boolean;
  notes: string[];
}

/** The value under a provider key, matching keys the way OpenClaw does (auth alias, then canonical id). */
export function findProviderEntry(record: unknown, provider: string): { key: string; value: unknown } | undefined {
  const object = asJsonObject(record);
  if (!object) return undefined;
  const authKey = normalizeProviderIdForAuth(provider);
  const canonical = normalizeProviderId(provider);
  for (const wanted of [authKey, canonical]) {
    for (const [key, value] of Object.entries(object)) {
      if (normalizeProviderIdForAuth(key) === wanted || normalizeProviderId(key) === wanted) return { key, value };
    }
  }
  return undefined;
}

function normalizePin(pin: ResolveAuthOrderInput["pin"]): SessionPinLike | undefined {
  if (pin === undefined) return undefined;
  const profile = (typeof pin === "string" ? pin : pin.profile).trim();
  if (profile.length === 0) return undefined;
  return { profile, source: typeof pin === "string" ? "user" : (pin.source ?? "user") };
}

interface BaseList {
  source: AuthOrderSource;
  key?: string;
  ids: string[];
  /** The list was authored (state or config order), so it is kept as written. */
  explicit: boolean;
}

function baseList(
  input: ResolveAuthOrderInput,
  authProvider: string,
  store: Record<string, CredentialLike> | undefined,
): { base: BaseList; configProfiles: string[]; storeProfiles: string[] } {
  const configProfiles = Object.entries(asJsonObject(asJsonObject(input.config?.auth)?.["profiles"]) ?? {})
    .filter(([, profile]) => {
      const provider = asJsonObject(profile)?.["provider"];
      return typeof provider === "string" && normalizeProviderIdForAuth(provider) === authProvider;
    })
    .map(([id]) => id);
  const storeProfiles = Object.entries(store ?? {})
    .filter(([, credential]) => {
      const provider = asJsonObject(credential)?.["provider"];
      return typeof provider === "string" && normalizeProviderIdForAuth(provider) === authProvider;
    })
    .map(([id]) => id);

  const stored = findProviderEntry(input.state?.order, input.provider);
  const storedIds = stored ? asStringList(stored.value) : undefined;
  if (stored && storedIds) return { base: { source: "state-override", key: stored.key, ids: storedIds, explicit: true }, configProfiles, storeProfiles };
  const configured = findProviderEntry(asJsonObject(input.config?.auth)?.["order"], input.provider);
  const configuredIds = configured ? asStringList(configured.value) : undefined;
  if (configured && configuredIds)
    return { base: { source: "config-order", key: configured.key, ids: configuredIds, explicit: true }, configProfiles, storeProfiles };
  if (configProfiles.length > 0) return { base: { source: "config-profiles", ids: configProfiles, explicit: false }, configProfiles, storeProfiles };
  if (storeProfiles.length > 0) return { base: { source: "store", ids: storeProfiles, explicit: false }, configProfiles, storeProfiles };
  return { base: { source: "none", ids: [], explicit: false }, configProfiles, storeProfiles };
}

interface Candidate {
  id: string;
  listedAt: number;
  health: ProfileHealth;
  type?: string;
  lastUsed: number;
}

const TYPE_RANK: Readonly<Record<string, number>> = { oauth: 0, token: 1, api_key: 2 };

/** Resolves the order OpenClaw tries `provider`'s auth profiles in, with a sentence for each. */
export function resolveAuthOrder(input: ResolveAuthOrderInput): AuthOrder {
  const now = input.now ?? Date.now();
  const provider = normalizeProviderId(input.provider);
  const authProvider = normalizeProviderIdForAuth(input.provider);
  const store = input.store === undefined ? undefined : ((asJsonObject(input.store.profiles) as Record<string, CredentialLike> | undefined) ?? {});
  const usage = asJsonObject(input.state?.usageStats) ?? {};
  const pin = normalizePin(input.pin);
  const { base, configProfiles, storeProfiles } = baseList(input, authProvider, store);
  const context: OrderContext = {
    provider,
    source: base.source,
    now,
    ...(base.key !== undefined ? { sourceKey: base.key } : {}),
    ...(input.model !== undefined ? { modelRef: `${provider}/${input.model}` } : {}),
  };

  const listed = base.ids;
  const unique = [...new Set(listed)];
  const excluded: ExcludedProfile[] = [];
  const eligibleIds: string[] = [];
  for (const id of unique) {
    const verdict = checkEligibility({ profileId: id, authProvider, config: input.config, store, now });
    if (verdict.eligible) eligibleIds.push(id);
    else excluded.push({ id, code: verdict.code, why: exclusionWhy(id, verdict.code, verdict.detail, context) });
  }

  // Drift repair: every listed id is gone from the store, so OpenClaw uses the store's own profiles.
  let repaired = false;
  let chosen = eligibleIds;
  const allMissing = store !== undefined && unique.length > 0 && unique.every((id) => !Object.hasOwn(store, id));
  if (eligibleIds.length === 0 && allMissing && (base.source === "state-override" || configProfiles.length > 0)) {
    repaired = true;
    chosen = storeProfiles.filter((id) => checkEligibility({ profileId: id, authProvider, config: input.config, store, now }).eligible);
  }

  const candidates: Candidate[] = chosen.map((id) => {
    const type = credentialTypeOf(id, store, input.config);
    return {
      id,
      listedAt: listed.indexOf(id) + 1,
      health: profileHealth(asJsonObject(usage[id]), { now, provider, ...(input.model !== undefined ? { model: input.model } : {}) }),
      lastUsed: lastUsedOf(asJsonObject(usage[id])),
      ...(type !== undefined ? { type } : {}),
    };
  });
  const usable = candidates.filter((c) => c.health.blocking === undefined);
  const waiting = candidates.filter((c) => c.health.blocking !== undefined).sort((a, b) => (a.health.blocking?.until ?? 0) - (b.health.blocking?.until ?? 0));
  const keepsOrder = base.explicit && listed.length > 0 && !repaired;
  if (!keepsOrder) {
    usable.sort((a, b) => (TYPE_RANK[a.type ?? ""] ?? 3) - (TYPE_RANK[b.type ?? ""] ?? 3) || a.lastUsed - b.lastUsed);
  }
  let ordered = [...usable, ...waiting];
  const pinned = pin !== undefined ? ordered.find((c) => c.id === pin.profile) : undefined;
  if (pinned) ordered = [pinned, ...ordered.filter((c) => c !== pinned)];
  const lockedTo = pinned && pin?.source === "user" ? pinned.id : undefined;

  const profiles = ordered.map((candidate): OrderedProfile => {
    const blocking = candidate.health.blocking;
    const isPinned = candidate === pinned;
    let placement: Placement;
    if (isPinned) placement = { kind: "pin", source: pin?.source ?? "user" };
    else if (blocking) placement = keepsOrder ? { kind: "moved-back", listedAt: candidate.listedAt } : { kind: "moved-back" };
    else if (keepsOrder) placement = { kind: "explicit-order", listedAt: candidate.listedAt };
    else placement = { kind: "round-robin", lastUsed: candidate.lastUsed, ...(candidate.type !== undefined ? { type: candidate.type } : {}) };
    const why = profileWhy(
      {
        id: candidate.id,
        placement,
        ...(blocking ? { blocking } : {}),
        ...(candidate.health.ignored ? { ignored: candidate.health.ignored } : {}),
        ...(lockedTo !== undefined && lockedTo !== candidate.id ? { lockedToOther: lockedTo } : {}),
      },
      context,
    );
    const status: ProfileStatus = blocking ? blocking.kind : isPinned ? "pinned" : "ready";
    return {
      id: candidate.id,
      status,
      pinned: isPinned,
      placement: placement.kind,
      ...(blocking ? { until: blocking.until } : {}),
      ...(blocking?.reason !== undefined ? { reason: blocking.reason } : {}),
      ...(blocking?.model !== undefined ? { model: blocking.model } : {}),
      ...(candidate.health.ignored ? { ignored: candidate.health.ignored } : {}),
      ...(candidate.type !== undefined ? { type: candidate.type } : {}),
      why,
    };
  });

  const notes = orderNotes({
    input,
    context,
    base,
    listed,
    profiles,
    excluded,
    repaired,
    pin,
    pinApplied: pinned !== undefined,
    storeGiven: store !== undefined,
    storeHasPin: pin !== undefined && store !== undefined && Object.hasOwn(store, pin.profile),
  });
  return {
    provider,
    source: base.source,
    listed,
    profiles,
    excluded,
    ...(lockedTo !== undefined ? { lockedTo } : {}),
    repaired,
    notes,
  };
}
