/**
 * @fileoverview (2026.9) `embeddedPi` (in `agents.defaults` and in each agent)
 * is renamed `embeddedAgent`; its two settings, `projectSettingsPolicy` and
 * `executionContract`, keep their values. 2026.9 refuses the old name.
 */
import { formatPath } from "../../diagnostics/path.js";
import { scopedKeys } from "../agent-scopes.js";
import { moveTo } from "../helpers.js";
import type { ConfigMigration, LegacyFinding } from "../types.js";

const RETIRED_IN = "2026.9";

export const embeddedAgent: ConfigMigration = {
  target: "config",
  id: "embedded-agent",
  retiredIn: RETIRED_IN,
  description: "agents.defaults/entries.<id>.embeddedPi → embeddedAgent (2026.9)",
  legacyPaths: [{ path: ["agents", "defaults", "embeddedPi"], newHome: "agents.defaults.embeddedAgent" }],
  detect(config) {
    return scopedKeys(config, "embeddedPi").map(
      (path): LegacyFinding => ({
        code: "legacy/embedded-agent",
        path,
        skipSubtree: true,
        data: { key: formatPath(path), newHome: formatPath([...path.slice(0, -1), "embeddedAgent"]), retiredIn: RETIRED_IN },
      }),
    );
  },
  apply(editor) {
    const from = scopedKeys(editor.value, "embeddedPi")[0]!;
    return moveTo(editor, from, from.slice(0, -1), "embeddedAgent");
  },
};
