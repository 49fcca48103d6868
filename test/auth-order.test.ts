/**
 * @fileoverview Table-driven tests for `resolveAuthOrder`: every precedence level, cooldowns,
 * disabled profiles, model-scoped cooldowns, pins, provider aliases, empty orders, missing
 * and mismatched profiles, drift repair, round-robin and the providers exempt from
 * cooldowns. Each case states the exact order OpenClaw would try.
 */
import { describe, expect, it } from "vitest";
import { resolveAuthOrder, type ResolveAuthOrderInput } from "../src/resolve/index.js";
import type { AuthStateLike, AuthStoreLike, CredentialLike } from "../src/resolve/index.js";
import { AuthProfilesFileSchema, StoredCredentialSchema, type AuthProfilesFile, type StoredCredential } from "../src/schema/auth-profiles.js";
import { AuthStateFileSchema, type AuthStateFile } from "../src/schema/auth-state.js";

const NOW = Date.UTC(2026, 3, 13, 14, 1, 0);
const MIN = 60_000;

const apiKey = (provider: string): CredentialLike => ({ type: "api_key", provider, key: "sk-test-not-a-real-key" });
const token = (provider: string, expires?: unknown): CredentialLike => ({
  type: "token",
  provider,
  token: "tok-test-value",
  ...(expires !== undefined ? { expires } : {}),
});
const oauth = (provider: string): CredentialLike => ({ type: "oauth", provider, access: "acc-test", refresh: "ref-test", expires: NOW + 3_600_000 });
const store = (profiles: Record<string, CredentialLike>): AuthStoreLike => ({ profiles });
const kimiStore = store({ "kimi:default": apiKey("kimi"), "kimi:backup": apiKey("kimi") });
const kimiConfig = {
  auth: {
    profiles: { "kimi:default": { provider: "kimi", mode: "api_key" }, "kimi:backup": { provider: "kimi", mode: "api_key" } },
    order: { kimi: ["kimi:default", "kimi:backup"] },
  },
};
const cooling = (until: number, reason = "rate_limit", model?: string) => ({
  cooldownUntil: until,
  cooldownReason: reason,
  ...(model ? { cooldownModel: model } : {}),
});

interface Case {
  name: string;
  input: Omit<ResolveAuthOrderInput, "now">;
  order: string[];
  source?: string;
  statuses?: string[];
  excluded?: Record<string, string>;
  lockedTo?: string;
  note?: RegExp;
  why?: Record<string, RegExp>;
}

const cases: Case[] = [
  {
    name: "state override wins over config auth.order",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore, state: { order: { kimi: ["kimi:backup", "kimi:default"] } } },
    order: ["kimi:backup", "kimi:default"],
    source: "state-override",
    note: /auth-state\.json for kimi \(kimi:backup, kimi:default\) wins over auth\.order\.kimi in the config \(kimi:default, kimi:backup\)/,
  },
  {
    name: "config auth.order when there is no override",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore },
    order: ["kimi:default", "kimi:backup"],
    source: "config-order",
    statuses: ["ready", "ready"],
  },
  {
    name: "config auth.profiles of the provider, round-robin by kind (oauth, token, api_key)",
    input: {
      config: {
        auth: {
          profiles: {
            "anthropic:key": { provider: "anthropic", mode: "api_key" },
            "anthropic:tok": { provider: "anthropic", mode: "token" },
            "anthropic:me": { provider: "anthropic", mode: "oauth" },
            "openai:x": { provider: "openai", mode: "api_key" },
          },
        },
      },
      provider: "anthropic",
      store: store({
        "anthropic:key": apiKey("anthropic"),
        "anthropic:tok": token("anthropic"),
        "anthropic:me": oauth("anthropic"),
        "openai:x": apiKey("openai"),
      }),
    },
    order: ["anthropic:me", "anthropic:tok", "anthropic:key"],
    source: "config-profiles",
  },
  {
    name: "store profiles when the config names none",
    input: {
      config: {},
      provider: "kimi",
      store: store({ "kimi:b": apiKey("kimi"), "kimi:a": apiKey("kimi"), "moonshot:a": apiKey("moonshot") }),
      state: { usageStats: { "kimi:a": { lastUsed: NOW - 10 * MIN }, "kimi:b": { lastUsed: NOW - 60 * MIN } } },
    },
    order: ["kimi:b", "kimi:a"],
    source: "store",
  },
  { name: "nothing configured anywhere", input: { config: {}, provider: "kimi", store: store({}) }, order: [], source: "none", note: /KIMI_API_KEY/ },
  {
    name: "an authored empty auth.order selects no profiles",
    input: { config: { auth: { order: { kimi: [] } } }, provider: "kimi", store: kimiStore },
    order: [],
    source: "config-order",
    note: /empty list, which selects no profiles/,
  },
  {
    name: "an empty stored override beats a non-empty config order",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore, state: { order: { kimi: [] } } },
    order: [],
    source: "state-override",
  },
  {
    name: "explicit order keeps its place but a cooling-down profile goes to the back",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore, state: { usageStats: { "kimi:default": cooling(NOW + 4 * MIN) } } },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["ready", "cooldown"],
    why: {
      "kimi:default":
        /1st in auth\.order\.kimi in the config but goes to the back.*cooling down until 2026-04-13T14:05:00Z \(in 4 min\) after a rate limit, so OpenClaw skips it/,
    },
  },
  {
    name: "unusable profiles sort by the later of cooldown and disabled end, soonest first",
    input: {
      config: { auth: { order: { kimi: ["kimi:a", "kimi:b", "kimi:c"] } } },
      provider: "kimi",
      store: store({ "kimi:a": apiKey("kimi"), "kimi:b": apiKey("kimi"), "kimi:c": apiKey("kimi") }),
      state: {
        usageStats: { "kimi:a": { cooldownUntil: NOW + MIN, disabledUntil: NOW + 90 * MIN, disabledReason: "billing" }, "kimi:b": cooling(NOW + 5 * MIN) },
      },
    },
    order: ["kimi:c", "kimi:b", "kimi:a"],
    statuses: ["ready", "cooldown", "disabled"],
  },
  {
    name: "a disabled profile is reported with its reason",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      state: { usageStats: { "kimi:default": { disabledUntil: NOW + 5 * 3_600_000, disabledReason: "billing" } } },
    },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["ready", "disabled"],
    why: { "kimi:default": /disabled until 2026-04-13T19:01:00Z \(in 5 h\) after a billing failure/ },
  },
  {
    name: "expired cooldowns are cleared first",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      state: { usageStats: { "kimi:default": cooling(NOW - MIN), "kimi:backup": { disabledUntil: NOW, disabledReason: "billing" } } },
    },
    order: ["kimi:default", "kimi:backup"],
    statuses: ["ready", "ready"],
  },
  {
    name: "a rate-limit cooldown scoped to another model does not block this model",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      model: "kimi-code",
      state: { usageStats: { "kimi:default": cooling(NOW + 4 * MIN, "rate_limit", "k2p5") } },
    },
    order: ["kimi:default", "kimi:backup"],
    statuses: ["ready", "ready"],
    why: { "kimi:default": /ready for this model: its cooldown until .* applies to k2p5 only/ },
  },
  {
    name: "a rate-limit cooldown scoped to this model blocks it",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      model: "kimi-code",
      state: { usageStats: { "kimi:default": cooling(NOW + 4 * MIN, "rate_limit", "kimi-code") } },
    },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["ready", "cooldown"],
  },
  {
    name: "a model-scoped cooldown blocks every model while the profile is also disabled",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      model: "kimi-code",
      state: {
        usageStats: { "kimi:default": { ...cooling(NOW + 4 * MIN, "rate_limit", "k2p5"), disabledUntil: NOW + 2 * MIN, disabledReason: "auth_permanent" } },
      },
    },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["ready", "disabled"],
  },
  {
    name: "only rate_limit cooldowns are model-scoped: an overload cooldown blocks other models",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      model: "kimi-code",
      state: { usageStats: { "kimi:default": cooling(NOW + 4 * MIN, "overloaded", "k2p5") } },
    },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["ready", "cooldown"],
  },
  {
    name: "without a model, a model-scoped cooldown blocks the profile",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore, state: { usageStats: { "kimi:default": cooling(NOW + 4 * MIN, "rate_limit", "k2p5") } } },
    order: ["kimi:backup", "kimi:default"],
  },
  {
    name: "a user pin goes first even while cooling down, and locks the session",
    input: {
      config: kimiConfig,
      provider: "kimi",
      store: kimiStore,
      model: "kimi-code",
      pin: "kimi:backup",
      state: { usageStats: { "kimi:backup": cooling(NOW + 4 * MIN) } },
    },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["cooldown", "ready"],
    lockedTo: "kimi:backup",
    why: {
      "kimi:backup":
        /goes first because this session is pinned to it \(\/model kimi\/kimi-code@kimi:backup\); it is cooling down until 2026-04-13T14:05:00Z \(in 4 min\)/,
      "kimi:default": /it is ready, but this session is pinned to kimi:backup/,
    },
  },
  {
    name: "an automatic pin goes first but does not lock",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore, pin: { profile: "kimi:backup", source: "auto" } },
    order: ["kimi:backup", "kimi:default"],
    statuses: ["pinned", "ready"],
  },
  {
    name: "a pin on an excluded profile has no effect",
    input: { config: kimiConfig, provider: "kimi", store: store({ "kimi:default": apiKey("kimi") }), pin: { profile: "kimi:backup", source: "auto" } },
    order: ["kimi:default"],
    excluded: { "kimi:backup": "profile_missing" },
    note: /pinned to kimi:backup, but it is left out \(profile_missing\)/,
  },
  {
    name: "provider aliases: kimi-coding asks for kimi, and a kimi-code order key matches",
    input: { config: { auth: { order: { "kimi-code": ["kimi:backup", "kimi:default"] } } }, provider: "kimi-coding", store: kimiStore },
    order: ["kimi:backup", "kimi:default"],
    source: "config-order",
  },
  {
    name: "provider aliases: store credentials written for kimi-coding belong to kimi",
    input: { config: {}, provider: "kimi", store: store({ "kimi-coding:default": apiKey("kimi-coding") }) },
    order: ["kimi-coding:default"],
    source: "store",
  },
  {
    name: "auth aliases: volcengine-plan uses volcengine's profiles",
    input: { config: {}, provider: "volcengine-plan", store: store({ "volcengine:default": apiKey("volcengine") }) },
    order: ["volcengine:default"],
  },
  {
    name: "a listed profile without a credential is excluded",
    input: { config: { auth: { order: { kimi: ["kimi:gone", "kimi:default"] } } }, provider: "kimi", store: kimiStore },
    order: ["kimi:default"],
    excluded: { "kimi:gone": "profile_missing" },
  },
  {
    name: "a moonshot profile in the kimi order is a provider mismatch",
    input: {
      config: { auth: { order: { kimi: ["moonshot:default", "kimi:default"] } } },
      provider: "kimi",
      store: store({ "moonshot:default": apiKey("moonshot"), "kimi:default": apiKey("kimi") }),
    },
    order: ["kimi:default"],
    excluded: { "moonshot:default": "provider_mismatch" },
    why: { "moonshot:default": /moonshot and kimi are different providers/ },
  },
  {
    name: "mode mismatch is excluded, but a token satisfies a profile configured as oauth",
    input: {
      config: {
        auth: {
          profiles: { "anthropic:a": { provider: "anthropic", mode: "api_key" }, "anthropic:b": { provider: "anthropic", mode: "oauth" } },
          order: { anthropic: ["anthropic:a", "anthropic:b"] },
        },
      },
      provider: "anthropic",
      store: store({ "anthropic:a": token("anthropic"), "anthropic:b": token("anthropic") }),
    },
    order: ["anthropic:b"],
    excluded: { "anthropic:a": "mode_mismatch" },
  },
  {
    name: "credential problems: empty key, expired token, invalid expiry",
    input: {
      config: { auth: { order: { kimi: ["kimi:empty", "kimi:old", "kimi:bad", "kimi:ok"] } } },
      provider: "kimi",
      store: store({
        "kimi:empty": { type: "api_key", provider: "kimi", key: "  " },
        "kimi:old": token("kimi", NOW - MIN),
        "kimi:bad": token("kimi", "soon"),
        "kimi:ok": token("kimi", NOW + MIN),
      }),
    },
    order: ["kimi:ok"],
    excluded: { "kimi:empty": "missing_credential", "kimi:old": "expired", "kimi:bad": "invalid_expires" },
  },
  {
    name: "drift repair: every stored-override id is gone, so the store's profiles are used round-robin",
    input: {
      config: {},
      provider: "kimi",
      store: kimiStore,
      state: {
        order: { kimi: ["kimi:old1", "kimi:old2"] },
        usageStats: { "kimi:default": { lastUsed: NOW - MIN }, "kimi:backup": { lastUsed: NOW - 9 * MIN } },
      },
    },
    order: ["kimi:backup", "kimi:default"],
    source: "state-override",
    note: /repairs the drift/,
  },
  {
    name: "no drift repair for a config auth.order without config profiles",
    input: { config: { auth: { order: { kimi: ["kimi:old1"] } } }, provider: "kimi", store: kimiStore },
    order: [],
    excluded: { "kimi:old1": "profile_missing" },
  },
  {
    name: "round-robin puts cooling-down profiles last, soonest first",
    input: {
      config: {},
      provider: "kimi",
      store: store({ "kimi:a": apiKey("kimi"), "kimi:b": apiKey("kimi"), "kimi:c": apiKey("kimi") }),
      state: { usageStats: { "kimi:a": cooling(NOW + 9 * MIN), "kimi:b": cooling(NOW + 2 * MIN), "kimi:c": { lastUsed: NOW - MIN } } },
    },
    order: ["kimi:c", "kimi:b", "kimi:a"],
    statuses: ["ready", "cooldown", "cooldown"],
  },
  {
    name: "openrouter is exempt from cooldowns: the explicit order stays as written",
    input: {
      config: { auth: { order: { openrouter: ["openrouter:a", "openrouter:b"] } } },
      provider: "openrouter",
      store: store({ "openrouter:a": apiKey("openrouter"), "openrouter:b": apiKey("openrouter") }),
      state: { usageStats: { "openrouter:a": cooling(NOW + 4 * MIN) } },
    },
    order: ["openrouter:a", "openrouter:b"],
    statuses: ["ready", "ready"],
    note: /openrouter manages rate limits itself/,
  },
  {
    name: "kilocode is exempt from disabled windows too",
    input: {
      config: {},
      provider: "kilocode",
      store: store({ "kilocode:a": apiKey("kilocode") }),
      state: { usageStats: { "kilocode:a": { disabledUntil: NOW + 60 * MIN, disabledReason: "billing" } } },
    },
    order: ["kilocode:a"],
    statuses: ["ready"],
  },
  {
    name: "duplicates in an order are tried once",
    input: { config: { auth: { order: { kimi: ["kimi:default", "kimi:backup", "kimi:default"] } } }, provider: "kimi", store: kimiStore },
    order: ["kimi:default", "kimi:backup"],
    note: /more than once/,
  },
  {
    name: "without a store, credentials are assumed but the config's provider is still checked",
    input: {
      config: {
        auth: {
          profiles: { "kimi:default": { provider: "kimi", mode: "api_key" }, "kimi:odd": { provider: "moonshot", mode: "api_key" } },
          order: { kimi: ["kimi:odd", "kimi:default"] },
        },
      },
      provider: "kimi",
    },
    order: ["kimi:default"],
    excluded: { "kimi:odd": "provider_mismatch" },
    note: /credentials were not checked/,
  },
  {
    name: "stored override keys are matched after normalization",
    input: { config: kimiConfig, provider: "kimi", store: kimiStore, state: { order: { " Kimi-Coding ": ["kimi:backup"] } } },
    order: ["kimi:backup"],
    source: "state-override",
  },
];

describe("resolveAuthOrder", () => {
  it("has at least 25 cases", () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)("$name", (testCase) => {
    const result = resolveAuthOrder({ ...testCase.input, now: NOW });
    expect(result.profiles.map((p) => p.id)).toEqual(testCase.order);
    if (testCase.source !== undefined) expect(result.source).toBe(testCase.source);
    if (testCase.statuses !== undefined) expect(result.profiles.map((p) => p.status)).toEqual(testCase.statuses);
    if (testCase.excluded !== undefined) expect(Object.fromEntries(result.excluded.map((e) => [e.id, e.code]))).toEqual(testCase.excluded);
    expect(result.lockedTo).toBe(testCase.lockedTo);
    if (testCase.note !== undefined) expect(result.notes.join("\n")).toMatch(testCase.note);
    for (const [id, pattern] of Object.entries(testCase.why ?? {})) {
      const sentence = [...result.profiles, ...result.excluded].find((p) => p.id === id)?.why;
      expect(sentence).toMatch(pattern);
    }
    for (const profile of [...result.profiles, ...result.excluded]) {
      expect(profile.why).toMatch(/^\S.*\.$/);
      expect(profile.why).not.toMatch(/sk-test|tok-test|acc-test|ref-test/);
    }
  });

  it("canonicalizes the provider it reports", () => {
    expect(resolveAuthOrder({ config: {}, provider: "Kimi-Code", now: NOW }).provider).toBe("kimi");
  });

  it("does not modify the state it is given", () => {
    const state: AuthStateLike = { usageStats: { "kimi:default": cooling(NOW - MIN) } };
    const before = JSON.stringify(state);
    resolveAuthOrder({ config: kimiConfig, provider: "kimi", store: kimiStore, state, now: NOW });
    expect(JSON.stringify(state)).toBe(before);
  });

  it("survives input of the wrong shape", () => {
    const junk = { auth: { profiles: "x", order: { kimi: "kimi:default" } } } as unknown as ResolveAuthOrderInput["config"];
    const result = resolveAuthOrder({
      config: junk,
      provider: "kimi",
      store: { profiles: { "kimi:default": 3 as unknown as CredentialLike } },
      state: { usageStats: [] as unknown as AuthStateLike["usageStats"] },
      now: NOW,
    });
    expect(result.profiles).toEqual([]);
  });
});

describe("resolveAuthOrder with the state layer's types", () => {
  it("takes parsed auth-state.json and auth-profiles.json values as they are", () => {
    const state: AuthStateFile = AuthStateFileSchema.parse({
      version: 1,
      order: { kimi: ["kimi:backup", "kimi:default"] },
      usageStats: { "kimi:backup": { cooldownUntil: NOW + MIN, cooldownReason: "rate_limit", blockedUntil: 1 } },
    });
    const file: AuthProfilesFile = AuthProfilesFileSchema.parse({ version: 1, profiles: { "kimi:default": apiKey("kimi"), "kimi:backup": apiKey("kimi") } });
    const credentials: Record<string, StoredCredential> = { "kimi:default": StoredCredentialSchema.parse(apiKey("kimi")) };
    expect(resolveAuthOrder({ config: kimiConfig, provider: "kimi", state, store: file, now: NOW }).profiles.map((p) => p.id)).toEqual([
      "kimi:default",
      "kimi:backup",
    ]);
    expect(resolveAuthOrder({ config: kimiConfig, provider: "kimi", state, store: { profiles: credentials }, now: NOW }).excluded.map((e) => e.id)).toEqual([
      "kimi:backup",
    ]);
  });
});
