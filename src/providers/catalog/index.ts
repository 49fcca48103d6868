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
function finalizeEntry(entry: ProviderInfo): ProviderInfo {
  const knownModels = [...entry.knownModels];
  if (entry.defaultModel !== undefined) knownModels.push(entry.defaultModel);
  return Object.freeze({
    ...entry,
    aliases: Object.freeze([...entry.aliases]),
    envVars: Object.freeze([...entry.envVars]),
    knownModels: Object.freeze([...new Set(knownModels)]),
  });
}

/** Every provider OpenClaw 2026.4.12 knows, in catalog order. */
export const PROVIDER_CATALOG: readonly ProviderInfo[] = Object.freeze(
  [...MODEL_LAB_PROVIDERS, ...CLOUD_PROVIDERS, ...GATEWAY_PROVIDERS, ...LOCAL_PROVIDERS].map(finalizeEntry),
);
