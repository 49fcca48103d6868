/**
 * @fileoverview Where legacy forms stand in a config, found by the migrations
 * themselves (each one's `detect`), so `check` and `migrate` can never
 * disagree: `check` reports each as `legacy/<migration-id>` and skips the
 * subtree of the ones OpenClaw refuses, so the user sees one clear message
 * instead of a cascade of unknown-key errors.
 */
import type { LegacyData } from "../diagnostics/codes/legacy.js";
import type { JsonPath } from "../diagnostics/types.js";
import { CONFIG_MIGRATIONS, configMigrationsFor, type MigrateTarget } from "./registry.js";
import type { MigrationCode } from "./types.js";

export interface LegacyKey {
  code: MigrationCode;
  path: JsonPath;
  newHome: string;
  retiredIn: string;
  /** The data of the diagnostic. */
  data: LegacyData;
  /** OpenClaw refuses this form: skip its subtree in the schema stage. */
  skipSubtree: boolean;
}

/** The legacy keys at fixed places (the editor schema describes the root ones). */
export const LEGACY_KEYS: readonly LegacyKey[] = CONFIG_MIGRATIONS.flatMap((migration) =>
  migration.legacyPaths.map((legacy) => {
    const data = { key: legacy.path.join("."), newHome: legacy.newHome, retiredIn: migration.retiredIn };
    return {
      code: `legacy/${migration.id}` as MigrationCode,
      path: legacy.path,
      newHome: legacy.newHome,
      retiredIn: migration.retiredIn,
      data,
      skipSubtree: true,
    };
  }),
);

/** The legacy forms present in a config value, as `check` reports them. */
export function findLegacyKeys(value: unknown): LegacyKey[] {
  return findLegacyKeysFor(value, "2026.4");
}

/** The forms `migrate --to <target>` would change (for a check against that release: 2026.9 adds agents.list, default markers, …). */
export function findLegacyKeysFor(value: unknown, target: MigrateTarget): LegacyKey[] {
  return configMigrationsFor(target)
    .filter((migration) => migration.reportedInCheckBy === undefined && migration.onlyInMigrate === undefined)
    .flatMap((migration) => migration.detect(value).map((finding) => ({ ...finding, newHome: finding.data.newHome, retiredIn: finding.data.retiredIn })));
}
