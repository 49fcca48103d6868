/**
 * @fileoverview The `routing` block of early 2026: agents, bindings, queue,
 * group chat and agent-to-agent settings moved to `agents.list`, `bindings`,
 * `messages`, `tools` and `channels`. Two of its keys changed shape, not just
 * place (`groupChat.requireMention`, fanned out per channel, and
 * `transcribeAudio`); those are left in place for the user, never dropped.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import type { SourceEditor } from "../../document/edit.js";
import { arrayText, conflict, dropEmpty, getAt, hasAt, moveTo, objectText, stringText, stuck } from "../helpers.js";
import type { ConfigMigration, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.3";
const NEW_HOME = "agents.list, bindings, messages, tools and channels";

/** Plain moves: [path in routing, new parent, new key]. */
const MOVES: readonly (readonly [JsonPath, JsonPath, string])[] = [
  [["bindings"], [], "bindings"],
  [["agentToAgent"], ["tools"], "agentToAgent"],
  [["queue"], ["messages"], "queue"],
  [["groupChat", "historyLimit"], ["messages", "groupChat"], "historyLimit"],
  [["groupChat", "mentionPatterns"], ["messages", "groupChat"], "mentionPatterns"],
  [["allowFrom"], ["channels", "whatsapp"], "allowFrom"],
];

/** Keys whose new form is not a move: left for the user, with where they go. */
const MANUAL: readonly (readonly [JsonPath, string, string])[] = [
  [
    ["groupChat", "requireMention"],
    'channels.<whatsapp|telegram|imessage>.groups["*"].requireMention',
    "it becomes one setting per channel you use, which agentcfg cannot choose for you.",
  ],
  [["transcribeAudio"], "tools.media.audio.models", "its value changes shape (a list of transcription models)."],
];

/** Keys of a `routing.agents.<id>` entry that moved inside the agent entry. */
const AGENT_MOVES: readonly (readonly [JsonPath, JsonPath, string])[] = [
  [["mentionPatterns"], ["groupChat"], "mentionPatterns"],
  [["sandbox", "tools"], ["tools", "sandbox"], "tools"],
];

export const routing: ConfigMigration = {
  target: "config",
  id: "routing",
  retiredIn: RETIRED_IN,
  description: "routing.* → agents.list, bindings, messages.queue/groupChat, tools.agentToAgent, channels.whatsapp.allowFrom",
  legacyPaths: [{ path: ["routing"], newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, ["routing"])) return [];
    return [{ code: "legacy/routing", path: ["routing"], skipSubtree: true, data: { key: "routing", newHome: NEW_HOME, retiredIn: RETIRED_IN } }];
  },
  apply(editor) {
    const block = getAt(editor.value, ["routing"]);
    if (!isJsonObject(block)) return stuck(editor, ["routing"], NEW_HOME, "it is not an object.");
    for (const [inside, toParent, key] of MOVES) {
      if (hasAt(editor.value, ["routing", ...inside])) return moveAndTidy(editor, ["routing", ...inside], toParent, key);
    }
    if (hasAt(editor.value, ["routing", "agents"])) return agentsStep(editor);
    if (hasAt(editor.value, ["routing", "defaultAgentId"])) return defaultAgentStep(editor);
    const manual = MANUAL.filter(([inside]) => hasAt(editor.value, ["routing", ...inside]));
    const known = new Set(["groupChat", "transcribeAudio"]);
    const unknown = Object.keys(block).filter((key) => !known.has(key));
    if (manual.length === 0 && unknown.length === 0) {
      const emptied = dropEmpty(editor, ["routing", "groupChat"]) ?? dropEmpty(editor, ["routing"]);
      if (emptied) return emptied;
    }
    const steps = [
      ...manual.map(([inside, home, reason]) => stuck(editor, ["routing", ...inside], home, reason)),
      ...unknown.map((key) => stuck(editor, ["routing", key], NEW_HOME, "agentcfg does not know its new home.")),
    ];
    const groupChat = getAt(editor.value, ["routing", "groupChat"]);
    if (isJsonObject(groupChat)) {
      for (const key of Object.keys(groupChat).filter((k) => k !== "requireMention"))
        steps.push(stuck(editor, ["routing", "groupChat", key], "messages.groupChat", "agentcfg does not know its new home."));
    }
    return { kind: "stuck", manual: steps.flatMap((s) => (s.kind === "stuck" ? s.manual : [])) };
  },
};

function moveAndTidy(editor: SourceEditor, from: JsonPath, toParent: JsonPath, key: string): StepResult {
  const result = moveTo(editor, from, toParent, key);
  if (result.kind === "changed" && from.length > 2) dropEmpty(editor, from.slice(0, -1));
  return result;
}

/** `routing.agents.<id>` → the `agents.list` entry with that id (created when missing), one key per step. */
function agentsStep(editor: SourceEditor): StepResult {
  const agents = getAt(editor.value, ["routing", "agents"]);
  if (!isJsonObject(agents)) return stuck(editor, ["routing", "agents"], "agents.list", "it is not an object of agent id → settings.");
  const id = Object.keys(agents)[0];
  if (id === undefined) return dropEmpty(editor, ["routing", "agents"])!;
  const from: JsonPath = ["routing", "agents", id];
  const settings = agents[id];
  if (!isJsonObject(settings)) return stuck(editor, from, "agents.list", "its settings are not an object.");
  const list = getAt(editor.value, ["agents", "list"]);
  if (list !== undefined && !Array.isArray(list)) return conflict(editor, from, ["agents", "list"]);
  const index = Array.isArray(list) ? list.findIndex((entry) => isJsonObject(entry) && entry["id"] === id) : -1;
  if (index < 0) {
    const entry = objectText(editor, [["id", stringText(editor, id)]]);
    if (Array.isArray(list)) editor.appendElement(["agents", "list"], entry);
    else editor.insertMember(["agents"], "list", arrayText(editor, [entry]));
    return { kind: "changed", change: { kind: "agent-added", id, into: "agents.list", notes: [`for ${formatPath(from)}`] } };
  }
  const target: JsonPath = ["agents", "list", index];
  for (const [inside, toParent, key] of AGENT_MOVES) {
    if (hasAt(editor.value, [...from, ...inside])) return moveAndTidy(editor, [...from, ...inside], [...target, ...toParent], key);
  }
  const key = Object.keys(settings)[0];
  if (key === undefined) return dropEmpty(editor, from)!;
  if (key === "id" && settings["id"] === id) {
    editor.insertCommentsBefore([...target, "id"], editor.commentsIn([...from, "id"]));
    editor.removeMember([...from, "id"]);
    return { kind: "changed", change: { kind: "removed", what: formatPath([...from, "id"]), notes: ["the agents.list entry has that id"] } };
  }
  return moveTo(editor, [...from, key], target, key);
}

/** `routing.defaultAgentId` → `default: true` on that agent's entry. */
function defaultAgentStep(editor: SourceEditor): StepResult {
  const from: JsonPath = ["routing", "defaultAgentId"];
  const id = getAt(editor.value, from);
  if (typeof id !== "string") return stuck(editor, from, "agents.list[].default", "it is not an agent id.");
  const list = getAt(editor.value, ["agents", "list"]);
  if (list !== undefined && !Array.isArray(list)) return conflict(editor, from, ["agents", "list"]);
  const entries = Array.isArray(list) ? list : [];
  const other = entries.findIndex((entry) => isJsonObject(entry) && entry["default"] === true && entry["id"] !== id);
  if (other >= 0) return conflict(editor, from, ["agents", "list", other, "default"]);
  const index = entries.findIndex((entry) => isJsonObject(entry) && entry["id"] === id);
  if (index < 0) {
    const entry = objectText(editor, [["id", stringText(editor, id)]]);
    if (Array.isArray(list)) editor.appendElement(["agents", "list"], entry);
    else editor.insertMember(["agents"], "list", arrayText(editor, [entry]));
    return { kind: "changed", change: { kind: "agent-added", id, into: "agents.list", notes: [`for ${formatPath(from)}`] } };
  }
  const target: JsonPath = ["agents", "list", index, "default"];
  const taken = editor.take(from);
  if (getAt(editor.value, target) === true) editor.insertCommentsBefore(target, [...taken.leading, ...taken.trailing]);
  else if (hasAt(editor.value, target)) return conflict(editor, from, target);
  else editor.insertMember(target.slice(0, -1), "default", "true", { leading: taken.leading, trailing: taken.trailing });
  editor.removeMember(from);
  return { kind: "changed", change: { kind: "moved", from: formatPath(from), to: `${formatPath(target)}: true` } };
}
