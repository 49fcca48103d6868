/**
 * @fileoverview Provider id normalization, as OpenClaw 2026.4.12 does it: trim, lower-case,
 * then a static alias table (`z.ai` → `zai`, `kimi-code` → `kimi`, `bedrock` →
 * `amazon-bedrock`, …). Newer OpenClaw only trims and lower-cases and moved the aliases into
 * plugin manifests, so agentcfg keeps the table to read older configs. The aliases come from
 * the registry entries, so the table and the registry cannot disagree.
 *
 * `moonshot` and `moonshotai` are deliberately not aliased to anything: `moonshot` is its own
 * provider, distinct from `kimi`, and `moonshotai/…` only ever appears inside model ids.
 */

import { PROVIDER_CATALOG } from "./catalog/index.js";

function buildAliasTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const provider of PROVIDER_CATALOG) {
    for (const alias of provider.aliases) table.set(alias.toLowerCase(), provider.id);
  }
  return table;
}

function buildAuthAliasTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const provider of PROVIDER_CATALOG) {
    if (provider.authAliasOf !== undefined) table.set(provider.id, provider.authAliasOf);
  }
  return table;
}

const PROVIDER_ID_ALIASES = buildAliasTable();
const PROVIDER_AUTH_ALIASES = buildAuthAliasTable();

/** Canonical provider id for `raw`: trimmed, lower-cased, alias resolved. Unknown ids pass through. */
export function normalizeProviderId(raw: string): string {
  const lowered = raw.trim().toLowerCase();
  return PROVIDER_ID_ALIASES.get(lowered) ?? lowered;
}

/**
 * The provider whose credentials `raw` uses: `normalizeProviderId`, then OpenClaw's
 * `providerAuthAliases` (`volcengine-plan` → `volcengine`, `byteplus-plan` → `byteplus`).
 * Use it to match auth profiles and `auth.order` keys, not to name the provider.
 */
export function normalizeProviderIdForAuth(raw: string): string {
  const providerId = normalizeProviderId(raw);
  return PROVIDER_AUTH_ALIASES.get(providerId) ?? providerId;
}

/** The alias table (lower-case alias → canonical id), for suggestions and migrations. */
export function providerIdAliases(): ReadonlyMap<string, string> {
  return PROVIDER_ID_ALIASES;
}
