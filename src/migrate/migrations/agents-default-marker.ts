/**
 * @fileoverview (2026.9) The retired `default: true` marker on an agent. OpenClaw
 * 2026.9 removes it on load ("Removed retired agents.entries.*.default
 * markers.") and, in a roster of several agents, names the marked agent as the
 * owner of each surface instead ("Materialized legacy per-surface agent
 * ownership."): `agents.defaults.systemAgent.agentId`, `heartbeat.agentId`
 * (when no agent configures a heartbeat), `authInheritance.agentId` (unless it
 * is `main`), `talk.agentId`, and a channel-wide binding for every configured
 * channel nothing is bound to. Written to the file, such a roster also needs
 * `agents.ownership: "explicit"`, or 2026.9 refuses it. Existing owners win.
 *
 * A roster of several agents with no marker (2026.4 then used the first) or
 * with several is refused by 2026.9; which agent should own the surfaces is
 * the user's call, so it is a manual step.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import type { SourceEditor } from "../../document/edit.js";
import { arrayText, getAt, hasAt, objectText, stringText, stuck } from "../helpers.js";
import type { ConfigMigration, LegacyFinding } from "../types.js";
import { isJsonObject, type JsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";
const ENTRIES: JsonPath = ["agents", "entries"];
const DEFAULTS: JsonPath = ["agents", "defaults"];
const NEW_HOME = 'agents.ownership "explicit" and agents.defaults.systemAgent.agentId';
/** Keys of `channels` that are shared settings, not channels (OpenClaw's own list). */
const CHANNEL_METADATA_KEYS = new Set(["defaults", "modelByChannel"]);

interface Roster {
  ids: string[];
  entries: JsonObject;
  explicit: boolean;
  marked: string[];
  withMarker: string[];
}

function roster(config: unknown): Roster | undefined {
  if (hasAt(config, ["agents", "list"])) return undefined;
  const entries = getAt(config, ENTRIES);
  if (!isJsonObject(entries)) return undefined;
  const ids = Object.keys(entries).filter((id) => isJsonObject(entries[id]));
  const withMarker = ids.filter((id) => Object.hasOwn(entries[id] as JsonObject, "default"));
  const marked = ids.filter((id) => (entries[id] as JsonObject)["default"] === true);
  return { ids, entries, explicit: getAt(config, ["agents", "ownership"]) === "explicit", marked, withMarker };
}

/** True when 2026.9 would rewrite the roster (one `true` marker) or refuse it (no owner, several, a marker that is not a boolean). */
function pending(r: Roster): boolean {
  if (r.explicit) return false;
  if (r.withMarker.some((id) => typeof (r.entries[id] as JsonObject)["default"] !== "boolean")) return true;
  return r.marked.length > 0 || r.ids.length > 1;
}

export const agentsDefaultMarker: ConfigMigration = {
  target: "config",
  id: "agents-default-marker",
  retiredIn: RETIRED_IN,
  description:
    'agents.entries.<id>.default: true → agents.ownership "explicit" + agents.defaults.systemAgent/heartbeat/authInheritance, talk.agentId, bindings (2026.9)',
  legacyPaths: [],
  detect(config) {
    const r = roster(config);
    if (!r || !pending(r)) return [];
    const at = (id: string): JsonPath => (r.withMarker.includes(id) ? [...ENTRIES, id, "default"] : ENTRIES);
    const places = r.withMarker.length > 0 ? r.withMarker.map(at) : [ENTRIES];
    return places.map(
      (path): LegacyFinding => ({
        code: "legacy/agents-default-marker",
        path,
        skipSubtree: false,
        data: { key: formatPath(path), newHome: NEW_HOME, retiredIn: RETIRED_IN },
      }),
    );
  },
  apply(editor) {
    const r = roster(editor.value)!;
    const odd = r.withMarker.find((id) => typeof (r.entries[id] as JsonObject)["default"] !== "boolean");
    if (odd !== undefined)
      return stuck(
        editor,
        [...ENTRIES, odd, "default"],
        NEW_HOME,
        "it is not true or false. Remove it, or set it to true on the one agent that owns the Gateway's surfaces.",
      );
    if (r.ids.length > 1 && r.marked.length === 0) {
      return stuck(
        editor,
        ENTRIES,
        NEW_HOME,
        `OpenClaw 2026.9 refuses several agents without an owner (2026.4 used the first, ${JSON.stringify(r.ids[0])}). Add \`default: true\` to the agent that should own the Gateway's surfaces and run \`agentcfg migrate --to 2026.9\` again.`,
      );
    }
    if (r.marked.length > 1) {
      return stuck(
        editor,
        [...ENTRIES, r.marked[1]!, "default"],
        NEW_HOME,
        `${r.marked.length} agents are marked default: true (${r.marked.join(", ")}). Keep the marker on one of them.`,
      );
    }
    const owner = r.marked[0]!;
    const set = r.ids.length > 1 ? materialize(editor, owner) : [];
    for (const id of r.withMarker) {
      editor.removeMember([...ENTRIES, id, "default"], true);
      if (/^\{\s*\}$/.test(editor.raw([...ENTRIES, id]))) editor.replaceValue([...ENTRIES, id], "{}");
    }
    const markers = r.withMarker.map((id) => formatPath([...ENTRIES, id, "default"]));
    if (set.length === 0) return { kind: "changed", change: { kind: "markers-removed", markers } };
    return { kind: "changed", change: { kind: "markers-removed", markers, owner, set } };
  },
};

/** Names `owner` as the owner of every surface that has none; returns the paths it set. */
function materialize(editor: SourceEditor, owner: string): string[] {
  const set: string[] = [];
  const id = stringText(editor, owner);
  const config = editor.value;
  const entries = getAt(config, ENTRIES) as JsonObject;
  const defaults = getAt(config, DEFAULTS);
  const channels = unboundChannels(config);
  const setAt = (parent: JsonPath, key: string, text: string) => {
    editor.insertMember(parent, key, text);
    set.push(formatPath([...parent, key]));
  };
  if (defaults === undefined || isJsonObject(defaults)) {
    const unset = (key: string) => defaults === undefined || defaults[key] === undefined || (isJsonObject(defaults[key]) && !hasAt(defaults[key], ["agentId"]));
    const heartbeatElsewhere = Object.values(entries).some((entry) => isJsonObject(entry) && Boolean(entry["heartbeat"]));
    if (!heartbeatElsewhere && (defaults === undefined || defaults["heartbeat"] === undefined)) setAt([...DEFAULTS, "heartbeat"], "agentId", id);
    if (unset("systemAgent")) setAt([...DEFAULTS, "systemAgent"], "agentId", id);
    if (owner !== "main" && unset("authInheritance")) setAt([...DEFAULTS, "authInheritance"], "agentId", id);
  }
  const talk = getAt(config, ["talk"]);
  if (talk === undefined || (isJsonObject(talk) && !hasAt(talk, ["agentId"]))) setAt(["talk"], "agentId", id);
  if (channels.length > 0) {
    const bindings = channels.map((channel) =>
      objectText(editor, [
        ["agentId", id],
        [
          "match",
          objectText(editor, [
            ["channel", stringText(editor, channel)],
            ["accountId", stringText(editor, "*")],
          ]),
        ],
      ]),
    );
    if (Array.isArray(getAt(config, ["bindings"]))) for (const binding of bindings) editor.appendElement(["bindings"], binding);
    else editor.insertMember([], "bindings", arrayText(editor, bindings));
    set.push(`bindings for ${channels.join(", ")}`);
  }
  editor.insertMember(["agents"], "ownership", stringText(editor, "explicit"));
  set.unshift("agents.ownership");
  return set;
}

/** Configured channels (not `enabled: false`) with no channel-wide binding, sorted: 2026.9 binds them to the owner. */
function unboundChannels(config: unknown): string[] {
  const bindings = getAt(config, ["bindings"]);
  const channels = getAt(config, ["channels"]);
  if ((bindings !== undefined && !Array.isArray(bindings)) || !isJsonObject(channels)) return [];
  const bound = (channel: string) =>
    (Array.isArray(bindings) ? bindings : []).some((binding) => {
      if (!isJsonObject(binding) || binding["type"] === "acp" || !isJsonObject(binding["match"])) return false;
      const match = binding["match"];
      const roles = match["roles"];
      return (
        typeof match["channel"] === "string" &&
        match["channel"].trim().toLowerCase() === channel &&
        typeof match["accountId"] === "string" &&
        match["accountId"].trim() === "*" &&
        match["peer"] === undefined &&
        !(typeof match["guildId"] === "string" && match["guildId"].trim() !== "") &&
        !(typeof match["teamId"] === "string" && match["teamId"].trim() !== "") &&
        (!Array.isArray(roles) || roles.length === 0)
      );
    });
  return Object.entries(channels)
    .filter(([key, value]) => !CHANNEL_METADATA_KEYS.has(key.trim()) && (!isJsonObject(value) || value["enabled"] !== false))
    .map(([key]) => key.trim().toLowerCase())
    .filter((channel, i, all) => channel !== "" && all.indexOf(channel) === i && !bound(channel))
    .sort();
}
