/**
 * @fileoverview (2026.9) The `agents.list` roster becomes the keyed
 * `agents.entries`: `list: [{ id: "a", model: … }]` → `entries: { a: { model: … } }`.
 * OpenClaw 2026.9 does this on every load ("Moved agents.list to keyed
 * agents.entries.") but only when every id is already canonical (lower case,
 * `^[a-z0-9_][a-z0-9_-]{0,63}$`) and unique; otherwise it leaves the list
 * alone and refuses it, so here such an id is a manual step rather than a
 * rename agentcfg would have to guess. One agent moves per step, with the
 * comments above and beside it; the `default` markers move along and are
 * `agents-default-marker`'s business.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import type { SourceEditor } from "../../document/edit.js";
import { conflict, deepEqual, getAt, hasAt, stuck } from "../helpers.js";
import type { ConfigMigration, StepResult } from "../types.js";
import { isJsonObject, type JsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";
const LIST: JsonPath = ["agents", "list"];
const ENTRIES: JsonPath = ["agents", "entries"];
const NEW_HOME = "agents.entries.<id>";
/** OpenClaw 2026.9's agent id grammar (the key pattern of agents.entries). */
export const AGENT_ID = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

export const agentsListEntries: ConfigMigration = {
  target: "config",
  id: "agents-list-entries",
  retiredIn: RETIRED_IN,
  description: "agents.list [{id, …}] → agents.entries {<id>: {…}} (2026.9)",
  legacyPaths: [{ path: LIST, newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, LIST)) return [];
    return [
      { code: "legacy/agents-list-entries", path: LIST, skipSubtree: false, data: { key: "agents.list", newHome: "agents.entries", retiredIn: RETIRED_IN } },
    ];
  },
  apply(editor) {
    const list = getAt(editor.value, LIST);
    if (!Array.isArray(list)) return stuck(editor, LIST, NEW_HOME, "it is not a list of agents.");
    const entries = getAt(editor.value, ENTRIES);
    if (entries !== undefined && !isJsonObject(entries)) return conflict(editor, LIST, ENTRIES);
    const problem = rosterProblem(editor, list);
    if (problem) return problem;
    if (list.length === 0) {
      if (entries === undefined) {
        editor.renameKey(LIST, "entries");
        editor.replaceValue(ENTRIES, "{}");
        return { kind: "changed", change: { kind: "moved", from: "agents.list", empty: true, to: "agents.entries {}" } };
      }
      editor.insertCommentsBefore(ENTRIES, editor.commentsIn(LIST));
      editor.removeMember(LIST);
      return { kind: "changed", change: { kind: "removed", what: "agents.list", state: "emptied", notes: ["its agents are in agents.entries"] } };
    }
    return moveFirstAgent(editor, list[0] as JsonObject);
  },
};

/** Why the roster cannot be converted as it stands (OpenClaw 2026.9 would refuse it too), or undefined. */
function rosterProblem(editor: SourceEditor, list: unknown[]): StepResult | undefined {
  const seen = new Map<string, number>();
  for (const [index, entry] of list.entries()) {
    const at: JsonPath = [...LIST, index];
    if (!isJsonObject(entry)) return stuck(editor, at, NEW_HOME, "it is not an object, so it is not an agent. Remove it or make it one.");
    const id = entry["id"];
    if (typeof id !== "string") return stuck(editor, at, NEW_HOME, "it has no string id, and an agents.entries key is its id. Give it one.");
    if (!AGENT_ID.test(id)) {
      return stuck(
        editor,
        [...at, "id"],
        NEW_HOME,
        `the id ${JSON.stringify(id)} is not a 2026.9 agent id (lower case letters, digits, _ and -, up to 64). Rename it (and its uses in bindings and sessions) by hand.`,
      );
    }
    if (seen.has(id))
      return stuck(
        editor,
        [...at, "id"],
        NEW_HOME,
        `the id ${JSON.stringify(id)} is also agents.list[${seen.get(id)}]'s, and keys must be unique. Merge or rename one.`,
      );
    seen.set(id, index);
  }
  return undefined;
}

/** Moves `agents.list[0]` to `agents.entries.<id>`, without its `id` member. */
function moveFirstAgent(editor: SourceEditor, first: JsonObject): StepResult {
  const id = first["id"] as string;
  const from: JsonPath = [...LIST, 0];
  const to: JsonPath = [...ENTRIES, id];
  const { id: _id, ...settings } = first;
  if (hasAt(editor.value, to)) {
    if (!deepEqual(settings, getAt(editor.value, to))) return conflict(editor, from, to);
    editor.insertCommentsBefore(to, editor.commentsIn(from));
    editor.removeMember(from);
    return { kind: "changed", change: { kind: "removed", what: "agents.list[0]", notes: [`${formatPath(to)} already has the same settings`] } };
  }
  // The id member goes first (its comments stay inside the agent), then the agent moves whole.
  editor.removeMember([...from, "id"], true);
  if (/^\{\s*\}$/.test(editor.raw(from))) editor.replaceValue(from, "{}");
  const taken = editor.take(from);
  editor.insertMember(ENTRIES, id, taken.value, { leading: taken.leading, trailing: taken.trailing });
  editor.removeMember(from);
  return { kind: "changed", change: { kind: "moved", from: "agents.list[0]", id, to: formatPath(to) } };
}
