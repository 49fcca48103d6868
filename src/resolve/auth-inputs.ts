/**
 * @fileoverview The shapes the failover simulator reads: the parts of a config, of an
 * agent's `auth-state.json` and of its `auth-profiles.json` that decide the order auth
 * profiles are tried in. Structural and minimal on purpose, so that the Zod-inferred types
 * of the schema and state layers (and plain parsed JSON) can be passed as they are. Values
 * are still read defensively: a file that failed validation must not crash an explanation.
 */

/** One `auth.profiles` entry of the config (metadata only). */
export interface AuthProfileConfigLike {
  provider?: string;
  mode?: string;
}

/** The `auth` section of the config. */
export interface AuthConfigLike {
  profiles?: Record<string, AuthProfileConfigLike>;
  order?: Record<string, string[]>;
  cooldowns?: {
    rateLimitedProfileRotations?: number;
    overloadedProfileRotations?: number;
  };
}

/** What the simulator reads of a config: `auth`; `explain` also reads the agents' model settings. */
export interface AuthConfigHolder {
  auth?: AuthConfigLike;
}

/** Per-profile runtime statistics of `auth-state.json` (`usageStats[profileId]`), times in ms epoch. */
export interface UsageStatsLike {
  lastUsed?: number;
  cooldownUntil?: number;
  cooldownReason?: string;
  /** Set for model-scoped rate limits: the model id the cooldown applies to. */
  cooldownModel?: string;
  disabledUntil?: number;
  disabledReason?: string;
  errorCount?: number;
}

/** An agent's `auth-state.json`: `{version, order?, lastGood?, usageStats?}`. */
export interface AuthStateLike {
  /** Order overrides set by `models auth order set`; they win over the config's `auth.order`. */
  order?: Record<string, string[]>;
  /** Last profile that worked, per provider. Display and repair only: never used for ordering. */
  lastGood?: Record<string, string>;
  usageStats?: Record<string, UsageStatsLike>;
}

/**
 * One credential of `auth-profiles.json`. Only presence is ever looked at: the simulator
 * never reads, copies or prints a secret value. `mode` and `apiKey` are the aliases of
 * `type` and `key` that OpenClaw's lenient loader accepts.
 */
export interface CredentialLike {
  type?: string;
  mode?: string;
  provider?: string;
  key?: unknown;
  apiKey?: unknown;
  keyRef?: unknown;
  token?: unknown;
  tokenRef?: unknown;
  access?: unknown;
  refresh?: unknown;
  expires?: unknown;
}

/**
 * An agent's `auth-profiles.json`: `{version, profiles}`. Entries of any shape are accepted
 * (the raw file types them `unknown`); each is read as a `CredentialLike` defensively.
 */
export interface AuthStoreLike {
  profiles?: Record<string, CredentialLike> | Record<string, unknown>;
}

/**
 * A session pin: the profile a session sticks to. `user` is what `/model <ref>@<profile>`
 * sets (OpenClaw 2026.4 then uses that profile only); `auto` is the profile a session picked
 * by itself, which OpenClaw leaves when it cools down.
 */
export interface SessionPinLike {
  profile: string;
  source?: "user" | "auto";
}

/** The string items of `value` when it is an array; undefined when it is not an array. */
export function asStringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === "string");
}

/** A finite number, else undefined. */
export function asFiniteNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
