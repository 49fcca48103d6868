/**
 * @fileoverview The CLI bundle's version of version.ts (swapped in by
 * scripts/build-bundle.mjs): the version the build read from package.json,
 * written into the bundle, so a start reads and parses no file for it.
 */
declare const AGENTCFG_BUNDLED_VERSION: string;

export function toolVersion(): string {
  return AGENTCFG_BUNDLED_VERSION;
}
