/**
 * @fileoverview Routing state written inline in `auth-profiles.json` (`order`,
 * `lastGood`, `usageStats`, from before 2026-04-06) moves to `auth-state.json`
 * beside it, one entry per step; `auth-profiles.json` keeps only secrets.
 * Where both files hold an entry with different values, the run stops: OpenClaw
 * would silently prefer auth-state.json, and the inline value would be lost.
 */
import { formatPath } from "../../diagnostics/path.js";
import { SourceEditor } from "../../document/edit.js";
import { conflict, deepEqual, dropEmpty, getAt } from "../helpers.js";
import type { AgentFolder, StateMigration, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.4";
const SECTIONS = ["order", "lastGood", "usageStats"] as const;
const PROFILES = "auth-profiles.json";
const STATE = "auth-state.json";

function inlineSections(folder: AgentFolder): string[] {
  const store = folder.files.get(PROFILES)?.value;
  return isJsonObject(store) ? SECTIONS.filter((section) => section in store) : [];
}

export const authProfilesInlineState: StateMigration = {
  target: "state",
  id: "auth-profiles-inline-state",
  retiredIn: RETIRED_IN,
  description: "order/lastGood/usageStats inside auth-profiles.json → auth-state.json",
  detect(folder) {
    return inlineSections(folder).map((section) => ({
      code: "legacy/auth-profiles-inline-state",
      path: [section],
      skipSubtree: false,
      data: { key: `${PROFILES} ${section}`, newHome: `${STATE} ${section}`, retiredIn: RETIRED_IN },
    }));
  },
  apply(folder) {
    const profiles = folder.files.get(PROFILES)!;
    const section = inlineSections(folder)[0]!;
    const entries = getAt(profiles.value, [section]);
    if (!isJsonObject(entries)) return conflict(profiles, [section], [section]);
    const key = Object.keys(entries)[0];
    if (key === undefined) {
      profiles.removeMember([section], true);
      return { kind: "changed", change: { kind: "removed", what: section, state: "emptied", fromFile: PROFILES } };
    }
    return moveEntry(folder, profiles, section, key);
  },
};

function stateEditor(folder: AgentFolder): SourceEditor {
  let state = folder.files.get(STATE);
  if (!state) {
    state = new SourceEditor('{\n  "version": 1\n}\n', `${folder.dir}/${STATE}`);
    folder.files.set(STATE, state);
  }
  return state;
}

function moveEntry(folder: AgentFolder, profiles: SourceEditor, section: string, key: string): StepResult {
  const from = [section, key];
  const state = stateEditor(folder);
  const where = `${formatPath(from)}`;
  const existing = getAt(state.value, from);
  if (existing !== undefined) {
    if (!deepEqual(existing, getAt(profiles.value, from))) return conflict(profiles, from, from, state);
    state.insertCommentsBefore(from, profiles.commentsIn(from));
    profiles.removeMember(from);
    dropEmpty(profiles, [section]);
    return { kind: "changed", change: { kind: "removed", what: where, fromFile: PROFILES, notes: [`${STATE} has the same value`] } };
  }
  const taken = profiles.take(from);
  state.insertMember([section], key, taken.value, { leading: taken.leading, trailing: taken.trailing }, taken.separator);
  profiles.removeMember(from);
  const emptied = dropEmpty(profiles, [section]);
  return { kind: "changed", change: { kind: "moved", from: where, fromFile: PROFILES, to: STATE, ...(emptied ? { alsoRemoved: section } : {}) } };
}
