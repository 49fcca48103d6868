/**
 * @fileoverview The types of OpenClaw's per-agent stores, `auth-state.json`
 * and `auth-profiles.json`, written out as plain TypeScript. They are what
 * `z.infer` gives for the schemas in auth-state.ts and auth-profiles.ts (a
 * type test holds them equal), kept apart from Zod so that the library's
 * published declarations never make a consumer's type check load Zod's.
 * Every object is loose, as its schema is: the runtime adds fields over time.
 */

/** Usage, cooldown and failure bookkeeping of one auth profile (`usageStats[profileId]`); times in ms since the epoch. */
export interface ProfileUsageStats {
  [key: string]: unknown;
  lastUsed?: number | undefined;
  cooldownUntil?: number | undefined;
  cooldownReason?: string | undefined;
  cooldownModel?: string | undefined;
  disabledUntil?: number | undefined;
  disabledReason?: string | undefined;
  errorCount?: number | undefined;
  failureCounts?: Record<string, number> | undefined;
  lastFailureAt?: number | undefined;
}

/** Runtime auth routing state of one agent (`auth-state.json`). */
export interface AuthStateFile {
  [key: string]: unknown;
  version?: 1 | undefined;
  order?: Record<string, string[]> | undefined;
  lastGood?: Record<string, string> | undefined;
  usageStats?: Record<string, ProfileUsageStats> | undefined;
}

interface CredentialCommon {
  [key: string]: unknown;
  provider: string;
  email?: string | undefined;
  displayName?: string | undefined;
}

/** A stored API key. */
export interface ApiKeyCredential extends CredentialCommon {
  type: "api_key";
  key?: string | undefined;
  keyRef?: { [key: string]: unknown } | undefined;
  metadata?: Record<string, string> | undefined;
}

/** A stored bearer token. */
export interface TokenCredential extends CredentialCommon {
  type: "token";
  token?: string | undefined;
  tokenRef?: { [key: string]: unknown } | undefined;
  expires?: number | undefined;
}

/** A stored OAuth grant. */
export interface OAuthCredential extends CredentialCommon {
  type: "oauth";
  access: string;
  refresh: string;
  expires: number;
  enterpriseUrl?: string | undefined;
  projectId?: string | undefined;
  accountId?: string | undefined;
  clientId?: string | undefined;
  managedBy?: string | undefined;
}

/** One credential of `auth-profiles.json`. */
export type StoredCredential = ApiKeyCredential | TokenCredential | OAuthCredential;

/** The per-agent credential store `auth-profiles.json`, with the legacy inline state of older files. */
export interface AuthProfilesFile {
  [key: string]: unknown;
  version?: number | undefined;
  profiles?: Record<string, unknown> | undefined;
  order?: Record<string, string[]> | undefined;
  lastGood?: Record<string, string> | undefined;
  usageStats?: Record<string, ProfileUsageStats> | undefined;
}
