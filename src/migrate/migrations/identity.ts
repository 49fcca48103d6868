/**
 * @fileoverview The top-level `identity` becomes the default agent's
 * `identity` in `agents.list` (the entry with `default: true`, else the first;
 * with no list, a `main` entry, OpenClaw's default agent id).
 */
import { arrayText, getAt, hasAt, moveTo, objectText, stringText } from "../helpers.js";
import type { ConfigMigration } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.3";
const NEW_HOME = "the default agent's identity in agents.list";

export const identity: ConfigMigration = {
  target: "config",
  id: "identity",
  retiredIn: RETIRED_IN,
  description: "Top-level identity → the default agent's identity in agents.list",
  legacyPaths: [{ path: ["identity"], newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, ["identity"])) return [];
    return [{ code: "legacy/identity", path: ["identity"], skipSubtree: true, data: { key: "identity", newHome: NEW_HOME, retiredIn: RETIRED_IN } }];
  },
  apply(editor) {
    const list = getAt(editor.value, ["agents", "list"]);
    if (!Array.isArray(list) || list.length === 0) {
      const entry = objectText(editor, [["id", stringText(editor, "main")]]);
      if (Array.isArray(list)) editor.appendElement(["agents", "list"], entry);
      else if (hasAt(editor.value, ["agents", "list"])) return moveTo(editor, ["identity"], ["agents", "list"], "identity");
      else editor.insertMember(["agents"], "list", arrayText(editor, [entry]));
      return { kind: "changed", change: { kind: "agent-added", id: "main", isDefault: true, into: "agents.list", notes: ["to hold identity"] } };
    }
    const flagged = list.findIndex((entry) => isJsonObject(entry) && entry["default"] === true);
    const index = Math.max(flagged, 0);
    return moveTo(editor, ["identity"], ["agents", "list", index], "identity");
  },
};
