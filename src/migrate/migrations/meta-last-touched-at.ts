/**
 * @fileoverview (2026.9) `meta.lastTouchedAt`, the time OpenClaw last wrote the
 * config (2026.4 stamps it on every write), is refused by 2026.9
 * (`Unrecognized key: "lastTouchedAt"` at `meta`): 2026.9 keeps that time in
 * its shared state database, and `openclaw doctor --fix` drops it from the
 * config. It is OpenClaw's own bookkeeping, not a setting, and 2026.9 records
 * a fresh one on its next write, so the member goes (with a change line saying
 * so); its comments stay where they were. `meta.lastTouchedVersion` stays.
 */
import { dropEmpty, getAt, hasAt } from "../helpers.js";
import type { ConfigMigration } from "../types.js";

const RETIRED_IN = "2026.9";
const AT = ["meta", "lastTouchedAt"];
const NEW_HOME = "OpenClaw 2026.9's state database (it stamps its own)";

export const metaLastTouchedAt: ConfigMigration = {
  target: "config",
  id: "meta-last-touched-at",
  retiredIn: RETIRED_IN,
  description: "meta.lastTouchedAt → removed (2026.9 keeps the write time in its state database)",
  legacyPaths: [{ path: AT, newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, AT)) return [];
    return [
      { code: "legacy/meta-last-touched-at", path: AT, skipSubtree: true, data: { key: "meta.lastTouchedAt", newHome: NEW_HOME, retiredIn: RETIRED_IN } },
    ];
  },
  apply(editor) {
    const value = getAt(editor.value, AT);
    editor.removeMember(AT, true);
    dropEmpty(editor, ["meta"]);
    return {
      kind: "changed",
      change: {
        kind: "removed",
        what: "meta.lastTouchedAt",
        notes: [JSON.stringify(value)],
        reason: "OpenClaw 2026.9 keeps the time of its last write in its state database, not in the config",
      },
    };
  },
};
