/**
 * @fileoverview Assembles the provider catalog from its data files. To add a provider, add
 * one entry to the file of its kind; nothing else needs to change.
 */

import type { ProviderInfo } from "../types.js";
import { CLOUD_PROVIDERS } from "./clouds.js";
import { GATEWAY_PROVIDERS } from "./gateways.js";
import { LOCAL_PROVIDERS } from "./local.js";
import { MODEL_LAB_PROVIDERS } from "./model-labs.js";

/**
 * Entries are copied and frozen so no caller can change the registry. The default model is
 * added to the known models (it exists by definition), and duplicates coming from merging
 * OpenClaw's and pi-ai's lists are dropped, first occurrence kept.
 */
/**
 * An entry as the registry keeps it: its default model among its known models (once each), and
 * frozen. Frozen where it stands, not copied: nothing else holds the catalog files' objects, and
 * the copies were a tenth of a millisecond of every start.
 */
function finalizeEntry(entry: ProviderInfo): ProviderInfo {
  const models = entry.defaultModel !== undefined ? [...entry.knownModels, entry.defaultModel] : [...entry.knownModels];
  const unique = new Set(models);
  const writable = entry as { -readonly [K in keyof ProviderInfo]: ProviderInfo[K] };
  writable.knownModels = Object.freeze(unique.size === models.length ? models : [...unique]);
  Object.freeze(entry.aliases);
  Object.freeze(entry.envVars);
  return Object.freeze(entry);
}

export const PROVIDER_CATALOG: readonly ProviderInfo[] = Object.freeze(
  [...MODEL_LAB_PROVIDERS, ...CLOUD_PROVIDERS, ...GATEWAY_PROVIDERS, ...LOCAL_PROVIDERS].map(finalizeEntry),
);
