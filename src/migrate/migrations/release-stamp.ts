/**
 * @fileoverview `meta.lastTouchedVersion` after a migration: the release a file
 * names there is the release agentcfg (and the user's tools) judge it by. A
 * file migrated to 2026.9 that still says "2026.4.12" would be judged by
 * 2026.4 on the next `check` and refused for the very keys the migration
 * wrote. So `migrate --to R` raises an older stamp to R's version, as
 * OpenClaw itself does on every write. It never lowers a stamp and never adds
 * one a file did not have (such a file is judged by the newest release, the
 * one it was migrated for). Only `migrate` runs it, last, once every other
 * migration is done; `check` never reports it. The version comes from the
 * target's release record (operations/migrate.ts): this stage comes before it.
 */
import { isOlderVersion } from "../../version-order.js";
import { getAt } from "../helpers.js";
import type { ConfigMigration } from "../types.js";

const AT = ["meta", "lastTouchedVersion"];

/** The stamp step of `migrate --to` the release `version` (e.g. 2026.9.6). */
export function releaseStamp(version: string): ConfigMigration {
  return {
    target: "config",
    id: "release-stamp",
    retiredIn: version,
    description: `meta.lastTouchedVersion → ${version} (the release the file was migrated to)`,
    legacyPaths: [],
    onlyInMigrate: true,
    detect(config) {
      const stamp = getAt(config, AT);
      if (typeof stamp !== "string" || !isOlderVersion(stamp, version)) return [];
      return [{ code: "legacy/release-stamp", path: AT, skipSubtree: false, data: { key: "meta.lastTouchedVersion", newHome: version, retiredIn: version } }];
    },
    apply(editor) {
      const from = getAt(editor.value, AT) as string;
      editor.replaceValue(AT, JSON.stringify(version));
      return { kind: "changed", change: { kind: "value-changed", at: "meta.lastTouchedVersion", from, to: version } };
    },
  };
}
