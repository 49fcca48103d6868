/**
 * @fileoverview (2026.9) `agents.defaults.llm` (the model idle timeout of
 * 2026.4). OpenClaw 2026.9 refuses it (`Unrecognized key: "llm"` at
 * `agents.defaults`); its own legacy rule calls it legacy and points at
 * `models.providers.<id>.timeoutSeconds`, and its `doctor --fix` removes it.
 * The timeout there is per provider and a different setting, so nothing is
 * carried over by guess: the block goes, left as a comment where it stood,
 * with the new place named.
 */
import { hasAt, retireAsComment } from "../helpers.js";
import type { ConfigMigration } from "../types.js";

const RETIRED_IN = "2026.9";
const AT = ["agents", "defaults", "llm"];
const NEW_HOME = "models.providers.<id>.timeoutSeconds (per provider)";

export const agentsDefaultsLlm: ConfigMigration = {
  target: "config",
  id: "agents-defaults-llm",
  retiredIn: RETIRED_IN,
  description: "agents.defaults.llm → a comment (2026.9 refuses it; a slow provider's timeout is models.providers.<id>.timeoutSeconds)",
  legacyPaths: [{ path: AT, newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, AT)) return [];
    return [
      { code: "legacy/agents-defaults-llm", path: AT, skipSubtree: true, data: { key: "agents.defaults.llm", newHome: NEW_HOME, retiredIn: RETIRED_IN } },
    ];
  },
  apply(editor) {
    return retireAsComment(
      editor,
      AT,
      "Removed by `agentcfg migrate --to 2026.9`: OpenClaw 2026.9 refuses agents.defaults.llm; a slow provider's timeout is models.providers.<id>.timeoutSeconds. It read:",
      "OpenClaw 2026.9 refuses agents.defaults.llm; set models.providers.<id>.timeoutSeconds for a slow provider instead (the block is kept as a comment where it stood)",
    );
  },
};
