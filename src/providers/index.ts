/**
 * @fileoverview Public surface of the providers module: the registry, provider id
 * normalization and model refs. Re-exports only.
 */

export type { ModelRef, ProviderInfo } from "./types.js";
export type { ConfusableProviderPair } from "./catalog/confusables.js";
export { CONFUSABLE_PROVIDER_PAIRS } from "./catalog/confusables.js";
export { BUILT_IN_MODEL_ALIASES, OPENCLAW_DEFAULT_MODEL, OPENCLAW_DEFAULT_PROVIDER } from "./catalog/defaults.js";
export {
  PROVIDERS,
  confusableProviders,
  getProvider,
  isKnownProvider,
  knownModelRefs,
  knownProviderIds,
  providersKnowingModel,
} from "./registry.js";
export { normalizeProviderId, normalizeProviderIdForAuth, providerIdAliases } from "./normalize.js";
export { normalizeStaticModelId } from "./model-id.js";
export type { ModelWithProfile, ParseModelRefOptions } from "./model-ref.js";
export { formatModelRef, modelKey, parseModelRef, splitTrailingAuthProfile } from "./model-ref.js";
export type { ModelRefResolution, ModelRefResolutionContext, ResolvedModelRef } from "./resolve-model-ref.js";
export { resolveModelRefString } from "./resolve-model-ref.js";
