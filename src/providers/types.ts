/**
 * @fileoverview The shape of one provider in the registry, and of a parsed model ref.
 * Kept apart from the data and the logic so that catalog files import nothing but types.
 */

/** One provider OpenClaw knows, as of release 2026.4.12 (see shared/reference). */
export interface ProviderInfo {
  /** Canonical provider id, the one `normalizeProviderId` returns and config keys should use. */
  readonly id: string;
  /** Human-readable name, for messages. */
  readonly label: string;
  /**
   * Ids that `normalizeProviderId` rewrites to `id` (lower-case). Only OpenClaw's static alias
   * table and its plugins' registration aliases belong here, never a guess.
   */
  readonly aliases: readonly string[];
  /** Environment variables OpenClaw reads the provider's credential from, in precedence order. */
  readonly envVars: readonly string[];
  /** Base URL used when `models.providers.<id>.baseUrl` is not set. */
  readonly defaultBaseUrl?: string;
  /** The API kind (transport) the provider speaks by default, e.g. `openai-completions`. */
  readonly api?: string;
  /** The model id (without the provider prefix) onboarding selects for this provider. */
  readonly defaultModel?: string;
  /** Model ids OpenClaw or its pi-ai built-in catalog know for this provider; not exhaustive. */
  readonly knownModels: readonly string[];
  /**
   * When set, this provider reuses the credentials (auth profiles, env vars) of that provider:
   * OpenClaw's manifest `providerAuthAliases`.
   */
  readonly authAliasOf?: string;
  /** Something a user should know about this provider, shown next to diagnostics about it. */
  readonly note?: string;
}

/** A parsed `provider/model[@profile]` reference. */
export interface ModelRef {
  /** Canonical (normalized) provider id. */
  provider: string;
  /** Model id as the provider knows it; may itself contain `/` (e.g. `moonshotai/kimi-k2`). */
  model: string;
  /** Auth profile id pinned with a trailing `@profile`, if any. */
  profile?: string;
}
