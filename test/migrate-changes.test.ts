/**
 * @fileoverview A migration's change is data; the report words it (`changeText`)
 * and the runner joins a move of a → b with a later move of b → c by their fields
 * (`joinMoves`). The fixtures hold every sentence the migrations produce; this
 * table pins each kind's wording and when moves join and when they do not.
 */
import { describe, expect, it } from "vitest";
import { changeText } from "../src/migrate/report.js";
import { joinMoves } from "../src/migrate/run.js";
import type { Change, ChangeLine } from "../src/migrate/types.js";

describe("changeText", () => {
  it.each<[Change, string]>([
    [{ kind: "moved", from: "agent.model", to: "agents.defaults.model" }, "Moved agent.model → agents.defaults.model"],
    [{ kind: "moved", from: "agents.list", empty: true, to: "agents.entries {}" }, "Moved the empty agents.list → agents.entries {}"],
    [{ kind: "moved", from: "agents.list[0]", id: "main", to: "agents.entries.main" }, 'Moved agents.list[0] (id "main") → agents.entries.main'],
    [
      { kind: "moved", from: "auth.json", key: "kimi", to: 'auth-profiles.json profiles["kimi:default"]' },
      'Moved auth.json "kimi" → auth-profiles.json profiles["kimi:default"]',
    ],
    [
      { kind: "moved", from: "usageStats.a", fromFile: "auth-profiles.json", to: "auth-state.json", alsoRemoved: "usageStats" },
      "Moved usageStats.a from auth-profiles.json → auth-state.json (and removed the emptied usageStats)",
    ],
    [
      { kind: "removed", what: "a.b", notes: ["c.b already has the same value", "c is now {primary, fallbacks}"] },
      "Removed a.b (c.b already has the same value) (c is now {primary, fallbacks})",
    ],
    [{ kind: "removed", what: "media", state: "empty" }, "Removed the empty media"],
    [{ kind: "removed", what: "order", state: "emptied", fromFile: "auth-profiles.json" }, "Removed the emptied order from auth-profiles.json"],
    [
      { kind: "removed", what: "meta.lastTouchedAt", notes: ['"2026-01-01"'], reason: "it lives elsewhere" },
      'Removed meta.lastTouchedAt ("2026-01-01"): it lives elsewhere',
    ],
    [
      { kind: "added", what: 'agents.defaults.models["a/b"]', notes: ["from agent.allowedModels"] },
      'Added agents.defaults.models["a/b"] (from agent.allowedModels)',
    ],
    [
      { kind: "agent-added", id: "main", isDefault: true, into: "agents.list", notes: ["to hold identity"] },
      'Added the default agent "main" to agents.list (to hold identity)',
    ],
    [
      { kind: "agent-added", id: "work", into: "agents.list", notes: ["for routing.agents.work"] },
      'Added agent "work" to agents.list (for routing.agents.work)',
    ],
    [{ kind: "value-changed", at: "auth.profiles.a.mode", from: "token", to: "oauth" }, 'Changed auth.profiles.a.mode "token" → "oauth"'],
    [
      { kind: "ref-renamed", from: "kimi-code/k2", to: "kimi/k2", keyOf: "agents.defaults.models" },
      'Renamed model ref "kimi-code/k2" → "kimi/k2" (a key of agents.defaults.models)',
    ],
    [
      { kind: "ref-renamed", from: "z.ai/glm", to: "zai/glm", at: "agents.defaults.model" },
      'Renamed model ref "z.ai/glm" → "zai/glm" at agents.defaults.model',
    ],
    [
      { kind: "copied", count: 1, of: "agents.defaults.models", to: "agents.defaults.modelPolicy.allow", notes: ["and set x"] },
      "Copied the 1 key of agents.defaults.models to agents.defaults.modelPolicy.allow (and set x)",
    ],
    [{ kind: "copied", count: 2, of: "m", to: "n" }, "Copied the 2 keys of m to n"],
    [{ kind: "markers-removed", markers: ["agents.entries.a.default"] }, "Removed the retired default marker (agents.entries.a.default)"],
    [
      { kind: "markers-removed", markers: ["x.default", "y.default"], owner: "a", set: ["talk.agentId"] },
      'Made agent "a" the explicit owner (talk.agentId) and removed the retired default markers (x.default, y.default)',
    ],
  ])("words %j", (change, text) => {
    expect(changeText(change)).toBe(text);
  });
});

const line = (change: Change): ChangeLine => ({ migration: "agent-block", code: "legacy/agent-block", change, file: "openclaw.json5" });

describe("joinMoves", () => {
  it("joins a move of a → b with a later move of b → c, keeping the later one's notes", () => {
    const joined = joinMoves([
      line({ kind: "moved", from: "agent.modelFallbacks", to: "agents.defaults.modelFallbacks" }),
      line({ kind: "removed", what: "x" }),
      line({ kind: "moved", from: "agents.defaults.modelFallbacks", to: "agents.defaults.model.fallbacks", notes: ["n"] }),
    ]);
    expect(joined.map((l) => changeText(l.change))).toEqual(["Moved agent.modelFallbacks → agents.defaults.model.fallbacks (n)", "Removed x"]);
  });

  it.each<[string, Change, Change]>([
    ["the first move has a note", { kind: "moved", from: "a", to: "b", notes: ["n"] }, { kind: "moved", from: "b", to: "c" }],
    ["the second move leaves another file", { kind: "moved", from: "a", to: "b" }, { kind: "moved", from: "b", fromFile: "f.json", to: "c" }],
    ["the second move is of an empty container", { kind: "moved", from: "a", to: "b" }, { kind: "moved", from: "b", empty: true, to: "c" }],
    ["the paths differ", { kind: "moved", from: "a", to: "b" }, { kind: "moved", from: "bb", to: "c" }],
    ["the second is not a move", { kind: "moved", from: "a", to: "b" }, { kind: "removed", what: "b" }],
  ])("keeps two lines when %s", (_label, first, second) => {
    expect(joinMoves([line(first), line(second)]).map((l) => l.change)).toEqual([first, second]);
  });
});
