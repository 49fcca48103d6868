/**
 * @fileoverview The provider registry: look-ups over the catalog by (normalized) id, the
 * known `provider/model` refs, and the providers users confuse with each other.
 */

import { PROVIDER_CATALOG } from "./catalog/index.js";
import { CONFUSABLE_PROVIDER_PAIRS } from "./catalog/confusables.js";
import { normalizeProviderId } from "./normalize.js";
import type { ProviderInfo } from "./types.js";

/** Every provider OpenClaw knows, one entry per canonical id. */
export const PROVIDERS: readonly ProviderInfo[] = PROVIDER_CATALOG;

const PROVIDERS_BY_ID: ReadonlyMap<string, ProviderInfo> = new Map(PROVIDERS.map((p) => [p.id, p]));

/** The provider `id` names, after normalization (`Kimi-Coding` finds `kimi`), or undefined. */
export function getProvider(id: string): ProviderInfo | undefined {
  return PROVIDERS_BY_ID.get(normalizeProviderId(id));
}

/** Whether `id` (after normalization) is a provider OpenClaw knows without custom config. */
export function isKnownProvider(id: string): boolean {
  return getProvider(id) !== undefined;
}

/** Canonical ids of every known provider, sorted. */
export function knownProviderIds(): string[] {
  return [...PROVIDERS_BY_ID.keys()].sort();
}

/**
 * Every known `provider/model` ref, written the way a user writes it in config: the plain
 * join, so `together/moonshotai/Kimi-K2.5` keeps its inner slash and parses back to it.
 */
export function knownModelRefs(): string[] {
  return PROVIDERS.flatMap((provider) => provider.knownModels.map((model) => `${provider.id}/${model}`));
}

/**
 * Canonical ids of the providers whose known models include `model` (exact id), for hints
 * such as "kimi-k2.5 is a moonshot model, not a kimi one".
 */
export function providersKnowingModel(model: string): string[] {
  return PROVIDERS.filter((provider) => provider.knownModels.includes(model)).map((provider) => provider.id);
}

/**
 * The explanation of why `a` and `b` are different providers when they are a pair users
 * mix up (e.g. `moonshot` and `kimi`), after normalization; undefined otherwise.
 */
export function confusableProviders(a: string, b: string): string | undefined {
  const first = normalizeProviderId(a);
  const second = normalizeProviderId(b);
  if (first === second) return undefined;
  const pair = CONFUSABLE_PROVIDER_PAIRS.find(({ providers: [x, y] }) => (x === first && y === second) || (x === second && y === first));
  return pair?.explanation;
}
