/**
 * @fileoverview Whether one auth profile can be used, as OpenClaw 2026.4 decides it
 * (`auth-profiles/usage.ts`, `order.ts`, `credential-state.ts`): its eligibility (is it in
 * the credential store, for this provider, of the configured kind, with a credential that
 * has not expired) and its health at a given instant (cooling down or disabled, for which
 * model, and whether the provider ignores cooldowns altogether).
 */
import { normalizeProviderIdForAuth } from "../providers/index.js";
import { asFiniteNumber, asString, type AuthConfigHolder, type CredentialLike, type UsageStatsLike } from "./auth-inputs.js";
import { asJsonObject } from "../json-object.js";

/**
 * Providers whose profiles never count as cooling down: they manage rate limits
 * themselves (`isAuthCooldownBypassedForProvider` in OpenClaw's usage.ts).
 */
export const COOLDOWN_EXEMPT_PROVIDERS: readonly string[] = ["openrouter", "kilocode"];

/** True when OpenClaw ignores cooldowns and disabled windows for `provider`. */
export function isCooldownExemptProvider(provider: string): boolean {
  return COOLDOWN_EXEMPT_PROVIDERS.includes(normalizeProviderIdForAuth(provider));
}

/** A window during which a profile is not used. */
export interface UnusableWindow {
  kind: "cooldown" | "disabled";
  /** When the profile is usable again: the later of its active cooldown and disabled ends (ms epoch). */
  until: number;
  /** `disabledReason` for a disabled profile, else `cooldownReason`. */
  reason?: string;
  /** The model a model-scoped cooldown is limited to. */
  model?: string;
}

/** A window that exists in the state but does not stop this profile from being tried. */
export interface IgnoredWindow extends UnusableWindow {
  because: "other-model" | "exempt-provider";
}

export interface ProfileHealth {
  /** Set when the profile is cooling down or disabled for the model asked about. */
  blocking?: UnusableWindow;
  /** Set when the state records a window that OpenClaw ignores here. */
  ignored?: IgnoredWindow;
}

/** A timestamp that still lies ahead of `now`; expired and malformed ones count as absent. */
function activeUntil(value: unknown, now: number): number | undefined {
  const until = asFiniteNumber(value);
  return until !== undefined && until > 0 && now < until ? until : undefined;
}

/**
 * The model ids a `cooldownModel` may be written as. OpenClaw records the bare model id
 * (`kimi-code`); the `provider/model` form is accepted too because hand-edited states use it.
 */
function sameModel(cooldownModel: string, model: string, provider: string): boolean {
  return cooldownModel === model || cooldownModel === `${provider}/${model}`;
}

/**
 * The profile's health at `now` for `model` (a model id of `provider`; omit it to ask
 * about the profile as a whole). Expired cooldowns and disabled windows are cleared first,
 * as OpenClaw does before ordering. A `rate_limit` cooldown scoped to another model does
 * not block this one, unless the profile is also disabled.
 */
export function profileHealth(stats: UsageStatsLike | undefined, options: { now: number; provider: string; model?: string }): ProfileHealth {
  const record = asJsonObject(stats);
  if (!record) return {};
  const { now, provider, model } = options;
  const cooldownUntil = activeUntil(record["cooldownUntil"], now);
  const disabledUntil = activeUntil(record["disabledUntil"], now);
  if (cooldownUntil === undefined && disabledUntil === undefined) return {};

  const disabled = disabledUntil !== undefined;
  const reason = asString(disabled ? record["disabledReason"] : record["cooldownReason"]);
  const cooldownModel = cooldownUntil !== undefined ? asString(record["cooldownModel"]) : undefined;
  const window: UnusableWindow = {
    kind: disabled ? "disabled" : "cooldown",
    until: Math.max(cooldownUntil ?? 0, disabledUntil ?? 0),
    ...(reason !== undefined ? { reason } : {}),
    ...(!disabled && cooldownModel !== undefined ? { model: cooldownModel } : {}),
  };

  if (isCooldownExemptProvider(provider)) return { ignored: { ...window, because: "exempt-provider" } };
  const scopedElsewhere =
    !disabled &&
    model !== undefined &&
    asString(record["cooldownReason"]) === "rate_limit" &&
    cooldownModel !== undefined &&
    !sameModel(cooldownModel, model, provider);
  if (scopedElsewhere) return { ignored: { ...window, because: "other-model" } };
  return { blocking: window };
}

/** `lastUsed` of a profile, 0 when never used (sorts first in round-robin, as in OpenClaw). */
export function lastUsedOf(stats: UsageStatsLike | undefined): number {
  return asFiniteNumber(asJsonObject(stats)?.["lastUsed"]) ?? 0;
}

/** Why a profile is left out of the order: OpenClaw's eligibility reason codes. */
export type ExclusionCode = "profile_missing" | "provider_mismatch" | "mode_mismatch" | "missing_credential" | "invalid_expires" | "expired";

export type Eligibility = { eligible: true; type?: string; credentialKnown: boolean } | { eligible: false; code: ExclusionCode; detail: ExclusionDetail };

/** The facts behind an exclusion, for its sentence. Never a secret. */
export interface ExclusionDetail {
  /** The provider the store or config gives the profile. */
  actualProvider?: string;
  /** Where that provider comes from. */
  providerFrom?: "store" | "config";
  configuredMode?: string;
  storedType?: string;
  expires?: number;
  /** The store entry exists but OpenClaw's loader drops it (bad `type` or no `provider`). */
  droppedOnLoad?: boolean;
}

const CREDENTIAL_TYPES = new Set(["api_key", "token", "oauth"]);

/** A usable secret value or SecretRef; refs count as present, since they are resolved at run time. */
function hasSecret(value: unknown, ref?: unknown): boolean {
  if (typeof value === "string" && value.trim().length > 0) return true;
  // OpenClaw's loader turns an object-valued `key`/`token` into a ref.
  for (const candidate of [value, ref]) {
    const object = asJsonObject(candidate);
    if (object && typeof object["source"] === "string" && typeof object["id"] === "string") return true;
  }
  return false;
}

function credentialProblem(credential: CredentialLike, type: string, now: number): Eligibility | undefined {
  if (type === "api_key") {
    if (!hasSecret(credential.key ?? credential.apiKey, credential.keyRef))
      return { eligible: false, code: "missing_credential", detail: { storedType: type } };
    return undefined;
  }
  if (type === "token") {
    if (!hasSecret(credential.token, credential.tokenRef)) return { eligible: false, code: "missing_credential", detail: { storedType: type } };
    if (credential.expires === undefined) return undefined;
    const expires = asFiniteNumber(credential.expires);
    if (expires === undefined || expires <= 0) return { eligible: false, code: "invalid_expires", detail: { storedType: type } };
    if (now >= expires) return { eligible: false, code: "expired", detail: { storedType: type, expires } };
    return undefined;
  }
  // OAuth: an access or a refresh token is enough; OpenClaw refreshes an expired access token.
  if (!hasSecret(credential.access) && !hasSecret(credential.refresh)) return { eligible: false, code: "missing_credential", detail: { storedType: type } };
  return undefined;
}

/**
 * Whether `profileId` may be tried for the provider whose auth key is `authProvider`
 * (`normalizeProviderIdForAuth` of the provider). Without a store (`store` undefined) the
 * credential cannot be checked: only the config's provider is, and the profile is assumed
 * to have a credential (`credentialKnown: false`).
 */
export function checkEligibility(options: {
  profileId: string;
  authProvider: string;
  config: AuthConfigHolder | undefined;
  store: Record<string, CredentialLike> | undefined;
  now: number;
}): Eligibility {
  const { profileId, authProvider, store, now } = options;
  const configured = asJsonObject(asJsonObject(asJsonObject(options.config?.auth)?.["profiles"])?.[profileId]);
  const configuredProvider = asString(configured?.["provider"]);
  const configuredMode = asString(configured?.["mode"]);

  if (store === undefined) {
    if (configuredProvider !== undefined && normalizeProviderIdForAuth(configuredProvider) !== authProvider) {
      return { eligible: false, code: "provider_mismatch", detail: { actualProvider: configuredProvider, providerFrom: "config" } };
    }
    return { eligible: true, credentialKnown: false, ...(configuredMode !== undefined ? { type: configuredMode } : {}) };
  }

  const credential = asJsonObject(Object.hasOwn(store, profileId) ? store[profileId] : undefined) as CredentialLike | undefined;
  if (!credential) return { eligible: false, code: "profile_missing", detail: {} };
  const type = asString(credential.type) ?? asString(credential.mode);
  const storedProvider = asString(credential.provider);
  if (type === undefined || !CREDENTIAL_TYPES.has(type) || storedProvider === undefined || storedProvider.trim() === "") {
    return { eligible: false, code: "profile_missing", detail: { droppedOnLoad: true, ...(type !== undefined ? { storedType: type } : {}) } };
  }
  if (normalizeProviderIdForAuth(storedProvider) !== authProvider) {
    return { eligible: false, code: "provider_mismatch", detail: { actualProvider: storedProvider, providerFrom: "store" } };
  }
  if (configured) {
    if (configuredProvider !== undefined && normalizeProviderIdForAuth(configuredProvider) !== authProvider) {
      return { eligible: false, code: "provider_mismatch", detail: { actualProvider: configuredProvider, providerFrom: "config" } };
    }
    // A profile configured as OAuth may hold a plain token (a pasted setup-token).
    const compatible = configuredMode === type || (configuredMode === "oauth" && type === "token");
    if (configuredMode !== undefined && !compatible) {
      return { eligible: false, code: "mode_mismatch", detail: { configuredMode, storedType: type } };
    }
  }
  return credentialProblem(credential, type, now) ?? { eligible: true, type, credentialKnown: true };
}

/** The credential kind the store (or, without one, the config) gives a profile, for round-robin. */
export function credentialTypeOf(
  profileId: string,
  store: Record<string, CredentialLike> | undefined,
  config: AuthConfigHolder | undefined,
): string | undefined {
  const stored = asJsonObject(store?.[profileId]);
  if (stored) return asString(stored["type"]) ?? asString(stored["mode"]);
  return asString(asJsonObject(asJsonObject(asJsonObject(config?.auth)?.["profiles"])?.[profileId])?.["mode"]);
}
