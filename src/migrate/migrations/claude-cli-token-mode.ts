/**
 * @fileoverview The Claude CLI profile `auth.profiles["anthropic:claude-cli"]`
 * written with `mode: "token"` becomes `mode: "oauth"`: the Claude CLI signs in
 * with OAuth. OpenClaw accepts both today (a config "oauth" also accepts a
 * stored token), so `check` only mentions it.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { getAt } from "../helpers.js";
import type { ConfigMigration } from "../types.js";

const RETIRED_IN = "2026.3";
const MODE: JsonPath = ["auth", "profiles", "anthropic:claude-cli", "mode"];

export const claudeCliTokenMode: ConfigMigration = {
  target: "config",
  id: "claude-cli-token-mode",
  retiredIn: RETIRED_IN,
  description: 'auth.profiles["anthropic:claude-cli"].mode "token" → "oauth"',
  legacyPaths: [],
  detect(config) {
    if (getAt(config, MODE) !== "token") return [];
    return [
      { code: "legacy/claude-cli-token-mode", path: MODE, skipSubtree: false, data: { key: formatPath(MODE), newHome: '"oauth"', retiredIn: RETIRED_IN } },
    ];
  },
  apply(editor) {
    const raw = editor.raw(MODE);
    editor.replaceInValue(MODE, 1, raw.length - 1, "oauth");
    return { kind: "changed", change: { kind: "value-changed", at: formatPath(MODE), from: "token", to: "oauth" } };
  },
};
