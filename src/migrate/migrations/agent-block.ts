/**
 * @fileoverview The single-agent `agent` block of early 2026 becomes
 * `agents.defaults`; its tool keys move under the top-level `tools`
 * (`agent.bash` → `tools.exec`, `agent.tools.allow` → `tools.allow`, …). Every
 * other key moves under the same name, so nothing is dropped: a key that is
 * not valid in its new home is then reported there by `check`.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import type { SourceEditor } from "../../document/edit.js";
import { dropEmpty, getAt, hasAt, moveTo, stuck } from "../helpers.js";
import type { ConfigMigration, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.3";

/** Keys of `agent` whose new home is under `tools`: [path inside agent, new parent, new key]. */
const TOOL_KEYS: readonly (readonly [JsonPath, JsonPath, string])[] = [
  [["tools", "allow"], ["tools"], "allow"],
  [["tools", "deny"], ["tools"], "deny"],
  [["elevated"], ["tools"], "elevated"],
  [["bash"], ["tools"], "exec"],
  [["sandbox", "tools"], ["tools", "sandbox"], "tools"],
  [["subagents", "tools"], ["tools", "subagents"], "tools"],
];

export const agentBlock: ConfigMigration = {
  target: "config",
  id: "agent-block",
  retiredIn: RETIRED_IN,
  description: "agent.* → agents.defaults.*, its tool keys → tools.* (bash → tools.exec)",
  legacyPaths: [{ path: ["agent"], newHome: "agents.defaults (and tools.* for the tool keys)" }],
  detect(config) {
    if (!hasAt(config, ["agent"])) return [];
    const data = { key: "agent", newHome: "agents.defaults (and tools.* for the tool keys)", retiredIn: RETIRED_IN };
    return [{ code: "legacy/agent-block", path: ["agent"], data, skipSubtree: true }];
  },
  apply(editor) {
    const agent = getAt(editor.value, ["agent"]);
    if (!isJsonObject(agent)) return stuck(editor, ["agent"], "agents.defaults", "it is not an object, so there are no settings to move.");
    for (const [inside, toParent, key] of TOOL_KEYS) {
      const from = ["agent", ...inside];
      if (hasAt(editor.value, from)) return moveAndTidy(editor, from, toParent, key);
    }
    const first = Object.keys(agent)[0];
    if (first === undefined) return dropEmpty(editor, ["agent"], ["agents", "defaults"])!;
    return moveTo(editor, ["agent", first], ["agents", "defaults"], first);
  },
};

/** Moves a tool key; a block it leaves empty (`agent.tools`, `agent.sandbox`) goes too, its comments kept in place. */
function moveAndTidy(editor: SourceEditor, from: JsonPath, toParent: JsonPath, key: string): StepResult {
  const result = moveTo(editor, from, toParent, key);
  if (result.kind !== "changed") return result;
  const parent = from.slice(0, -1);
  if (parent.length > 1 && dropEmpty(editor, parent)) return { kind: "changed", change: { ...result.change, alsoRemoved: formatPath(parent) } };
  return result;
}
