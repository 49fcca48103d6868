/**
 * @fileoverview The state stage without the file system: normalization as a
 * table (input state → expected state and codes), unknown fields kept, expired
 * cooldowns judged against `now`, OpenClaw's writing rules, the legacy inline
 * merge, the lenient credential reader, read diagnostics at line/column, and
 * reading one agent's two files together.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  authProfilesPath,
  authStatePath,
  compactAuthState,
  knownProfileIds,
  mergeInlineState,
  normalizeAgentId,
  normalizeAuthState,
  parseAuthProfilesText,
  parseAuthStateText,
  readAgentAuth,
  readCredential,
  serializeAuthState,
  type AuthStateFile,
} from "../src/state/index.js";

const NOW = Date.parse("2026-04-20T12:00:00Z");
const PAST = NOW - 60_000;
const FUTURE = NOW + 60_000;
const KNOWN = ["kimi:default", "kimi:backup", "anthropic:default", "zai:default"];

interface Case {
  name: string;
  input: AuthStateFile;
  expected: AuthStateFile;
  codes: string[];
  known?: string[] | undefined;
}

const CASES: Case[] = [
  {
    name: "an already normal state is unchanged",
    input: { version: 1, order: { kimi: ["kimi:default", "kimi:backup"] } },
    expected: { version: 1, order: { kimi: ["kimi:default", "kimi:backup"] } },
    codes: [],
  },
  {
    name: "alias provider key becomes canonical",
    input: { order: { "kimi-coding": ["kimi:default"] } },
    expected: { order: { kimi: ["kimi:default"] } },
    codes: ["state/provider-alias"],
  },
  {
    name: "upper-case and spaced keys are canonical",
    input: { order: { " Z.AI ": ["zai:default"] } },
    expected: { order: { zai: ["zai:default"] } },
    codes: ["state/provider-alias"],
  },
  {
    name: "lastGood keys are canonical too",
    input: { lastGood: { "kimi-code": "kimi:backup" } },
    expected: { lastGood: { kimi: "kimi:backup" } },
    codes: ["state/provider-alias"],
  },
  {
    name: "colliding keys are left as written",
    input: { order: { kimi: ["kimi:default"], "kimi-coding": ["kimi:backup"] } },
    expected: { order: { kimi: ["kimi:default"], "kimi-coding": ["kimi:backup"] } },
    codes: ["state/provider-collision"],
  },
  {
    name: "duplicates are removed, first position kept",
    input: { order: { kimi: ["kimi:backup", "kimi:default", "kimi:backup"] } },
    expected: { order: { kimi: ["kimi:backup", "kimi:default"] } },
    codes: ["state/duplicate-profile"],
  },
  {
    name: "unknown profile stripped",
    input: { order: { kimi: ["kimi:default", "kimi:gone"] } },
    expected: { order: { kimi: ["kimi:default"] } },
    codes: ["state/unknown-profile"],
  },
  {
    name: "override of only unknown profiles is removed",
    input: { order: { kimi: ["kimi:gone"], zai: ["zai:default"] } },
    expected: { order: { zai: ["zai:default"] } },
    codes: ["state/unknown-profile"],
  },
  {
    name: "without known profiles nothing is stripped",
    input: { order: { kimi: ["kimi:gone"] } },
    expected: { order: { kimi: ["kimi:gone"] } },
    codes: [],
    known: undefined,
  },
  { name: "an empty override stays (it is the user's)", input: { order: { kimi: [] } }, expected: { order: { kimi: [] } }, codes: [] },
  {
    name: "expired cooldown cleared with its reason and model; counters reset",
    input: {
      usageStats: {
        "kimi:backup": {
          cooldownUntil: PAST,
          cooldownReason: "rate_limit",
          cooldownModel: "kimi-code",
          errorCount: 2,
          failureCounts: { rate_limit: 2 },
          lastFailureAt: PAST - 1,
        },
      },
    },
    expected: { usageStats: { "kimi:backup": { errorCount: 0, lastFailureAt: PAST - 1 } } },
    codes: ["state/expired-cooldown"],
  },
  {
    name: "cooldown ending exactly now is expired",
    input: { usageStats: { "kimi:backup": { cooldownUntil: NOW, cooldownReason: "overloaded" } } },
    expected: { usageStats: { "kimi:backup": {} } },
    codes: ["state/expired-cooldown"],
  },
  {
    name: "an active cooldown is kept untouched",
    input: { usageStats: { "kimi:backup": { cooldownUntil: FUTURE, cooldownReason: "rate_limit", errorCount: 1, failureCounts: { rate_limit: 1 } } } },
    expected: { usageStats: { "kimi:backup": { cooldownUntil: FUTURE, cooldownReason: "rate_limit", errorCount: 1, failureCounts: { rate_limit: 1 } } } },
    codes: [],
  },
  {
    name: "expired disable cleared; counters kept while a cooldown is still active",
    input: {
      usageStats: { "kimi:default": { disabledUntil: PAST, disabledReason: "billing", cooldownUntil: FUTURE, errorCount: 3, failureCounts: { billing: 1 } } },
    },
    expected: { usageStats: { "kimi:default": { cooldownUntil: FUTURE, errorCount: 3, failureCounts: { billing: 1 } } } },
    codes: ["state/expired-cooldown"],
  },
  {
    name: "both expired: two reports, counters reset",
    input: { usageStats: { "kimi:default": { disabledUntil: PAST, disabledReason: "billing", cooldownUntil: PAST, errorCount: 3 } } },
    expected: { usageStats: { "kimi:default": { errorCount: 0 } } },
    codes: ["state/expired-cooldown", "state/expired-cooldown"],
  },
  {
    name: "usage of profiles agentcfg does not know is kept",
    input: { usageStats: { "ghost:x": { lastUsed: 5 } } },
    expected: { usageStats: { "ghost:x": { lastUsed: 5 } } },
    codes: [],
  },
  {
    name: "all at once, keeping key order",
    input: {
      version: 1,
      order: { "kimi-coding": ["kimi:backup", "kimi:backup", "kimi:old"], anthropic: ["anthropic:default"] },
      lastGood: { "z-ai": "zai:default" },
    },
    expected: { version: 1, order: { kimi: ["kimi:backup"], anthropic: ["anthropic:default"] }, lastGood: { zai: "zai:default" } },
    codes: ["state/provider-alias", "state/provider-alias", "state/duplicate-profile", "state/unknown-profile"],
  },
];

describe("normalizeAuthState", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const known = "known" in c ? c.known : KNOWN;
    const before = structuredClone(c.input);
    const result = normalizeAuthState(c.input, { now: NOW, file: "auth-state.json", knownProfileIds: known });
    expect(result.state).toEqual(c.expected);
    expect(JSON.stringify(Object.keys(result.state.order ?? {}))).toBe(JSON.stringify(Object.keys(c.expected.order ?? {})));
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([...c.codes].sort());
    expect(result.changed).toBe(JSON.stringify(c.input) !== JSON.stringify(c.expected));
    expect(c.input).toEqual(before); // pure
  });

  it("keeps every field it does not understand, byte for value, through read → normalize → serialize", () => {
    const text = JSON.stringify({
      version: 1,
      futureTopLevel: { nested: [1, "two", { three: null }], big: 12345678901234 },
      order: { kimi: ["kimi:default"] },
      usageStats: {
        "kimi:default": {
          lastUsed: 1,
          blockedUntil: FUTURE,
          blockedReason: "subscription_limit",
          blockedSource: "wham",
          lastProbeAt: 42,
          cooldownReason: "empty_response",
          cooldownUntil: FUTURE,
          failureCounts: { unclassified: 2 },
        },
      },
      lastGood: { kimi: "kimi:default" },
    });
    const read = parseAuthStateText(text, "auth-state.json");
    expect(read.usable).toBe(true);
    const { state } = normalizeAuthState(read.value!, { now: NOW, file: "auth-state.json", knownProfileIds: KNOWN });
    const written = JSON.parse(serializeAuthState(state)!);
    expect(written).toEqual(JSON.parse(text));
    expect(Object.keys(written)).toEqual(Object.keys(JSON.parse(text)));
  });

  it("points each report at the entry in the file", () => {
    const text = '{\n  "version": 1,\n  "order": {\n    "kimi-coding": ["kimi:default", "kimi:gone"]\n  }\n}\n';
    const read = parseAuthStateText(text, "auth-state.json");
    const { diagnostics } = normalizeAuthState(read.value!, { now: NOW, file: "auth-state.json", doc: read.doc, knownProfileIds: KNOWN });
    const at = Object.fromEntries(diagnostics.map((d) => [d.code, [d.range.start.line, d.range.start.column]]));
    expect(at["state/provider-alias"]).toEqual([4, 5]);
    expect(at["state/unknown-profile"]).toEqual([4, 37]);
  });

  it("knownProfileIds joins the config's profiles and the store's", () => {
    expect([...knownProfileIds({ "a:1": {} }, { "b:2": {} })].sort()).toEqual(["a:1", "b:2"]);
  });
});

describe("writing rules", () => {
  it("writes version 1 first and drops empty sections", () => {
    expect(serializeAuthState({ order: {}, usageStats: { "a:1": { lastUsed: 1 } }, version: 1 })).toBe(
      `${JSON.stringify({ version: 1, usageStats: { "a:1": { lastUsed: 1 } } }, null, 2)}\n`,
    );
  });
  it("deletes the file when every section is empty", () => {
    expect(serializeAuthState({ version: 1, order: {}, lastGood: {}, usageStats: {} })).toBeUndefined();
    expect(compactAuthState({})).toBeUndefined();
  });
  it("keeps a file that holds only fields the runtime added", () => {
    expect(compactAuthState({ version: 1, order: {}, runtimeField: true } as AuthStateFile)).toEqual({ version: 1, runtimeField: true });
  });
});

describe("legacy inline state in auth-profiles.json", () => {
  it("merges per key, auth-state.json winning", () => {
    const merged = mergeInlineState(
      { version: 1, profiles: {}, order: { kimi: ["kimi:default"], zai: ["zai:default"] }, usageStats: { "kimi:default": { lastUsed: 1 } } },
      { version: 1, order: { kimi: ["kimi:backup"] }, usageStats: { "kimi:backup": { lastUsed: 2 } } },
    );
    expect(merged.order).toEqual({ zai: ["zai:default"], kimi: ["kimi:backup"] });
    expect(merged.usageStats).toEqual({ "kimi:default": { lastUsed: 1 }, "kimi:backup": { lastUsed: 2 } });
  });
  it("is reported where it sits", () => {
    const read = parseAuthProfilesText('{"version":1,"profiles":{},\n"order":{"kimi":["kimi:default"]}}', "auth-profiles.json");
    const note = read.diagnostics.find((d) => d.code === "state/legacy-inline-state");
    expect(note?.range.start).toMatchObject({ line: 2, column: 1 });
  });
});

describe("credentials are read leniently, as OpenClaw does", () => {
  it.each([
    ["mode stands for type", { mode: "api_key", provider: "kimi", key: "k" }, { type: "api_key", provider: "kimi", key: "k" }],
    ["apiKey stands for key", { type: "api_key", provider: "kimi", apiKey: "k" }, { type: "api_key", provider: "kimi", key: "k" }],
    [
      "an object key is a reference",
      { type: "api_key", provider: "kimi", key: { source: "env", id: "KIMI_API_KEY" } },
      { type: "api_key", provider: "kimi", keyRef: { source: "env", id: "KIMI_API_KEY" } },
    ],
    [
      "an object token is a reference",
      { type: "token", provider: "kimi", token: { source: "env", id: "T" } },
      { type: "token", provider: "kimi", tokenRef: { source: "env", id: "T" } },
    ],
    ["unknown fields survive", { type: "token", provider: "kimi", token: "t", extra: 1 }, { type: "token", provider: "kimi", token: "t", extra: 1 }],
  ])("%s", (_name, raw, expected) => {
    expect(readCredential(raw)).toEqual({ ok: true, credential: expected });
  });
  it.each([
    ["non_object", "a string"],
    ["invalid_type", { type: "password", provider: "kimi" }],
    ["missing_provider", { type: "api_key", key: "k" }],
    ["invalid_fields", { type: "oauth", provider: "kimi", access: "a" }],
  ])("drops %s", (reason, raw) => {
    expect(readCredential(raw)).toEqual({ ok: false, reason });
  });

  it("reports a dropped entry without quoting any secret, and keeps the others", () => {
    const secret = "sk-live-SEEDED-SECRET-0001";
    const text = JSON.stringify(
      { version: 1, profiles: { "kimi:default": { type: "api_key", provider: "kimi", key: secret }, "kimi:bad": { type: "weird", key: secret } } },
      null,
      2,
    );
    const read = parseAuthProfilesText(text, "auth-profiles.json");
    expect(Object.keys(read.credentials)).toEqual(["kimi:default"]);
    const dropped = read.diagnostics.filter((d) => d.code === "state/credential-dropped");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.range.start.line).toBe(9);
    expect(JSON.stringify(read.diagnostics)).not.toContain(secret);
  });
});

describe("reading", () => {
  it("a syntax error is reported at its line and column, and the file is unusable", () => {
    const read = parseAuthStateText('{\n  "version": 1,\n  "order": { "kimi": ["a" "b"] }\n}', "auth-state.json");
    expect(read.usable).toBe(false);
    expect(read.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([
      ["parse/syntax-error", 3, 27],
      ["state/invalid-file", 1, 1],
    ]);
  });
  it("a wrong shape is a schema diagnostic at the value", () => {
    const read = parseAuthStateText('{\n  "usageStats": { "a:1": { "cooldownUntil": "soon" } }\n}', "auth-state.json");
    expect(read.usable).toBe(false);
    expect(read.diagnostics[0]).toMatchObject({ code: "schema/invalid-type", range: { start: { line: 2, column: 45 } } });
  });
  it("an unknown version is refused rather than rewritten", () => {
    const read = parseAuthStateText('{"version": 2}', "auth-state.json");
    expect(read.usable).toBe(false);
    expect(read.diagnostics.map((d) => d.code)).toContain("state/invalid-file");
  });
  it("accepts JSON5 (comments, trailing commas)", () => {
    const read = parseAuthStateText('// hand-edited\n{ version: 1, order: { kimi: ["kimi:default",], }, }', "auth-state.json");
    expect(read.usable).toBe(true);
    expect(read.value).toEqual({ version: 1, order: { kimi: ["kimi:default"] } });
  });
});

describe("readAgentAuth", () => {
  it("reads both files of an agent and merges the legacy inline state under auth-state.json", () => {
    const stateDir = mkdtempSync(join(tmpdir(), "agentcfg-agent-"));
    try {
      mkdirSync(join(authStatePath(stateDir, "Main"), ".."), { recursive: true });
      writeFileSync(authStatePath(stateDir, "main"), JSON.stringify({ version: 1, order: { kimi: ["kimi:backup"] } }));
      writeFileSync(
        authProfilesPath(stateDir, "main"),
        JSON.stringify({
          version: 1,
          profiles: { "kimi:backup": { type: "api_key", provider: "kimi", key: "k" } },
          order: { kimi: ["kimi:default"], zai: ["zai:default"] },
        }),
      );
      const agent = readAgentAuth(stateDir, "Main");
      expect(agent.agentId).toBe("main");
      expect(agent.effectiveState.order).toEqual({ kimi: ["kimi:backup"], zai: ["zai:default"] });
      expect(Object.keys(agent.profiles.credentials)).toEqual(["kimi:backup"]);
      expect(agent.diagnostics.map((d) => d.code)).toEqual(["state/legacy-inline-state"]);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it("normalizes agent ids as OpenClaw does, so an id cannot leave the state folder", () => {
    expect(normalizeAgentId("Work")).toBe("work");
    expect(normalizeAgentId("../../etc")).toBe("etc");
    expect(normalizeAgentId("  ")).toBe("main");
    expect(authStatePath("/s", "../x")).toBe("/s/agents/x/agent/auth-state.json");
  });
});
