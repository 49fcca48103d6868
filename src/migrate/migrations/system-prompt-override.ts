/**
 * @fileoverview (2026.9) `systemPromptOverride` (in `agents.defaults` and in
 * each agent) is gone: OpenClaw 2026.9 owns the generated system prompt and
 * refuses the key, with nothing in its place. A manual step: the text may be
 * worth keeping somewhere (the agent's workspace files), so agentcfg does not
 * delete it.
 */
import { formatPath } from "../../diagnostics/path.js";
import { scopedKeys } from "../agent-scopes.js";
import { stuck } from "../helpers.js";
import type { ConfigMigration, LegacyFinding, StepResult } from "../types.js";

const RETIRED_IN = "2026.9";
const NEW_HOME = "nowhere (2026.9 owns the system prompt; put lasting instructions in the agent's workspace files, e.g. AGENTS.md)";

export const systemPromptOverride: ConfigMigration = {
  target: "config",
  id: "system-prompt-override",
  retiredIn: RETIRED_IN,
  description: "agents.defaults/entries.<id>.systemPromptOverride → no home in 2026.9 (a manual step)",
  legacyPaths: [{ path: ["agents", "defaults", "systemPromptOverride"], newHome: NEW_HOME }],
  detect(config) {
    return scopedKeys(config, "systemPromptOverride").map(
      (path): LegacyFinding => ({
        code: "legacy/system-prompt-override",
        path,
        skipSubtree: true,
        data: { key: formatPath(path), newHome: NEW_HOME, retiredIn: RETIRED_IN },
      }),
    );
  },
  apply(editor) {
    const manual = scopedKeys(editor.value, "systemPromptOverride").flatMap((path) => {
      const step: StepResult = stuck(
        editor,
        path,
        NEW_HOME,
        "OpenClaw 2026.9 refuses it and always generates the system prompt itself. Move what matters in it to the agent's workspace files (AGENTS.md), then delete the key.",
      );
      return step.kind === "stuck" ? step.manual : [];
    });
    return { kind: "stuck", manual };
  },
};
