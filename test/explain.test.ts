/**
 * @fileoverview Tests for the failover plan (`explain`) and its printer: the seed scenario
 * (two Kimi keys, backup rate limited, session pinned to backup) as data and as text, the
 * model chain (agent over defaults, explicit empty fallbacks, a requested model), the
 * rotation limit sentences, model-scoped cooldowns across the chain, and that no secret
 * ever reaches the plan.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  explain,
  formatExplainPlan,
  formatInstant,
  formatRelative,
  formatUtc,
  type AuthStateLike,
  type AuthStoreLike,
  type ExplainConfigLike,
} from "../src/resolve/index.js";
import type { OpenClawConfigSchema } from "../src/schema/config.js";
import { runCli } from "./run-cli.js";

const NOW = Date.UTC(2026, 3, 13, 14, 1, 0);
const T = NOW + 4 * 60_000;
const SECRETS = ["sk-kimi-default-SECRET-1", "sk-kimi-backup-SECRET-2", "sk-openai-SECRET-3"];

const seedConfig = {
  agents: { defaults: { model: { primary: "kimi/kimi-code" }, models: { "kimi/kimi-code": { alias: "Kimi Code" } } } },
  auth: {
    profiles: { "kimi:default": { provider: "kimi", mode: "api_key" as const }, "kimi:backup": { provider: "kimi", mode: "api_key" as const } },
    order: { kimi: ["kimi:default", "kimi:backup"] },
  },
} satisfies z.input<typeof OpenClawConfigSchema>;
const seedStore: AuthStoreLike = {
  profiles: {
    "kimi:default": { type: "api_key", provider: "kimi", key: SECRETS[0] },
    "kimi:backup": { type: "api_key", provider: "kimi", key: SECRETS[1] },
    "openai:default": { type: "api_key", provider: "openai", key: SECRETS[2] },
  },
};
const seedState: AuthStateLike = { usageStats: { "kimi:backup": { cooldownUntil: T, cooldownReason: "rate_limit", errorCount: 1 } } };

function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

describe("explain: the seed scenario (kimi:backup rate limited, session pinned to it)", () => {
  const plan = explain({ config: seedConfig, state: seedState, store: seedStore, pin: "kimi:backup", now: NOW });
  const kimi = plan.models[0];

  it("puts the pinned kimi:backup first, cooling down until T, and kimi:default ready", () => {
    expect(plan.agentId).toBe("main");
    expect(plan.models.map((m) => m.ref)).toEqual(["kimi/kimi-code"]);
    expect(kimi?.provider).toBe("kimi");
    expect(kimi?.auth.source).toBe("config-order");
    expect(kimi?.auth.profiles.map((p) => [p.id, p.status, p.pinned, p.until, p.reason])).toEqual([
      ["kimi:backup", "cooldown", true, T, "rate_limit"],
      ["kimi:default", "ready", false, undefined, undefined],
    ]);
    expect(kimi?.auth.lockedTo).toBe("kimi:backup");
  });

  it("says why in words a user understands", () => {
    const [backup, fallback] = kimi?.auth.profiles ?? [];
    expect(backup?.why).toContain("kimi:backup goes first because this session is pinned to it (/model kimi/kimi-code@kimi:backup)");
    expect(backup?.why).toContain("it is cooling down until 2026-04-13T14:05:00Z (in 4 min) after a rate limit");
    expect(backup?.why).toContain("you get rate-limit errors until then; start a new session (/new)");
    expect(fallback?.why).toContain("kimi:default is 1st in auth.order.kimi in the config; it is ready");
    expect(plan.summary).toBe(
      "The next request goes to kimi/kimi-code with kimi:backup, because this session is pinned to it, even though it is unusable " +
        "until 2026-04-13T14:05:00Z (in 4 min) after a rate limit: expect rate-limit errors, although kimi:default is ready; start a new session (/new) to use it.",
    );
    expect(kimi?.onRateLimit).toContain("This session is pinned to kimi:backup, so OpenClaw uses only that profile for kimi");
  });

  it("prints the same facts as text", () => {
    const text = formatExplainPlan(plan, { color: false });
    expect(text).toContain("Failover plan for agent main at 2026-04-13T14:01:00Z");
    expect(text).toContain("Session pin: kimi:backup (set with /model …@profile)");
    expect(text).toContain("1. kimi/kimi-code · primary · provider kimi");
    expect(text).toContain("Profile order from: config auth.order.kimi");
    expect(text).toMatch(/1\. kimi:backup {3}cooling down until 2026-04-13T14:05:00Z \(in 4 min\) · rate_limit · pinned by the session · api_key/);
    expect(text).toMatch(/2\. kimi:default {2}ready · api_key/);
    expect(text).toContain("kimi:backup goes first because this session is pinned to it");
    expect(text).toContain("On a rate limit OpenClaw tries 1 other profile of the same provider and then moves to the next model");
    expect(text).not.toMatch(/\u001b\[/);
    const colored = formatExplainPlan(plan, { color: true });
    expect(colored).toMatch(/\u001b\[/);
    expect(plain(colored)).toBe(text);
  });

  it("gives the same facts as JSON", () => {
    const json = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect(json).toEqual(plan);
    expect(json.models[0]?.auth.profiles[0]).toMatchObject({ id: "kimi:backup", status: "cooldown", pinned: true, until: T, reason: "rate_limit" });
  });

  it("says that a stored override wins over the config's auth.order", () => {
    const state: AuthStateLike = { ...seedState, order: { kimi: ["kimi:backup", "kimi:default"] } };
    const withOverride = explain({ config: seedConfig, state, store: seedStore, now: NOW });
    const auth = withOverride.models[0]?.auth;
    expect(auth?.source).toBe("state-override");
    expect(auth?.notes[0]).toBe(
      "The order stored in auth-state.json for kimi (kimi:backup, kimi:default) wins over auth.order.kimi in the config (kimi:default, kimi:backup): " +
        'editing the config does not change it; clear it with "agentcfg auth order clear --provider kimi" (or "openclaw models auth order clear --provider kimi").',
    );
    // Without the pin, kimi:backup cools down at the back, and the session starts on kimi:default.
    expect(auth?.profiles.map((p) => p.id)).toEqual(["kimi:default", "kimi:backup"]);
    expect(withOverride.summary).toBe("The next request goes to kimi/kimi-code with kimi:default.");
    expect(formatExplainPlan(withOverride, { color: false })).toContain(
      "Profile order from: auth-state.json order override (wins over the config's auth.order)",
    );
  });

  it("never lets a secret into the plan or its text", () => {
    const everything = JSON.stringify(plan) + formatExplainPlan(plan, { color: true });
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });
});

describe("explain: the model chain", () => {
  const config: ExplainConfigLike = {
    agents: {
      defaults: { model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5", "openai/gpt-5.4"] } },
      list: [
        { id: "main", default: true },
        { id: "coder", model: "openai/gpt-5.4-mini" },
        { id: "solo", model: { primary: "kimi/kimi-code", fallbacks: [] } },
      ],
    },
  };
  const refs = (agentId?: string, model?: string) => explain({ config, agentId, model, now: NOW }).models.map((m) => `${m.role}:${m.ref}`);

  it("uses the default agent's primary, then the fallbacks", () => {
    expect(refs()).toEqual(["primary:kimi/kimi-code", "fallback:moonshot/kimi-k2.5", "fallback:openai/gpt-5.4"]);
  });
  it("lets an agent's string model replace the primary only", () => {
    expect(refs("coder")).toEqual(["primary:openai/gpt-5.4-mini", "fallback:moonshot/kimi-k2.5", "fallback:openai/gpt-5.4"]);
  });
  it("lets an agent's explicit fallbacks: [] switch the defaults' fallbacks off", () => {
    expect(refs("solo")).toEqual(["primary:kimi/kimi-code"]);
  });
  it("tries a requested model first and the primary last, without duplicates", () => {
    expect(refs("main", "openai/gpt-5.4")).toEqual(["requested:openai/gpt-5.4", "fallback:moonshot/kimi-k2.5", "primary:kimi/kimi-code"]);
  });
  it("turns the @profile of a requested model into a user pin", () => {
    const plan = explain({ config, model: "kimi-coding/kimi-code@kimi:backup", now: NOW });
    expect(plan.pin).toEqual({ profile: "kimi:backup", source: "user", from: "model-ref" });
    expect(plan.models[0]?.ref).toBe("kimi/kimi-code");
  });
  it("falls back to the defaults for an unknown agent, and says so", () => {
    const plan = explain({ config, agentId: "ghost", now: NOW });
    expect(plan.agentFound).toBe(false);
    expect(plan.notes[0]).toContain('Agent "ghost" is not among the agents of the config');
  });
  it("uses OpenClaw's built-in default model when no primary is set", () => {
    const plan = explain({ config: {}, now: NOW });
    expect(plan.models.map((m) => m.ref)).toEqual(["openai/gpt-5.4"]);
    expect(plan.notes[0]).toContain("built-in default, openai/gpt-5.4");
    expect(plan.models[0]?.auth.source).toBe("none");
    expect(plan.summary).toContain("without an auth profile, using an API key from $OPENAI_API_KEY");
  });
});

describe("explain: rotations before the next model", () => {
  const threeKeys: AuthStoreLike = {
    profiles: {
      "kimi:a": { type: "api_key", provider: "kimi", key: "k-aaaaaa" },
      "kimi:b": { type: "api_key", provider: "kimi", key: "k-bbbbbb" },
      "kimi:c": { type: "api_key", provider: "kimi", key: "k-cccccc" },
    },
  };
  const configWith = (cooldowns: Record<string, number> | undefined, fallbacks: string[]): ExplainConfigLike => ({
    agents: { defaults: { model: { primary: "kimi/kimi-code", fallbacks } } },
    auth: { order: { kimi: ["kimi:a", "kimi:b", "kimi:c"] }, ...(cooldowns ? { cooldowns } : {}) },
  });
  const sentence = (cooldowns: Record<string, number> | undefined, fallbacks: string[], state?: AuthStateLike) =>
    explain({ config: configWith(cooldowns, fallbacks), store: threeKeys, state, now: NOW }).models[0]?.onRateLimit;

  it("tries 1 other key by default, then moves to the next model, and names the key it leaves out", () => {
    expect(sentence(undefined, ["openai/gpt-5.4"])).toBe(
      "On a rate limit with kimi:a, OpenClaw tries 1 other profile (kimi:b) and then moves to the next model, openai/gpt-5.4; kimi:c is not tried, because rateLimitedProfileRotations is 1 by default.",
    );
  });
  it("follows auth.cooldowns.rateLimitedProfileRotations", () => {
    expect(sentence({ rateLimitedProfileRotations: 2 }, ["openai/gpt-5.4"])).toBe(
      "On a rate limit with kimi:a, OpenClaw tries 2 other profiles (kimi:b, kimi:c) and then moves to the next model, openai/gpt-5.4 (rateLimitedProfileRotations is 2).",
    );
    expect(sentence({ rateLimitedProfileRotations: 0 }, ["openai/gpt-5.4"])).toContain("moves to the next model, openai/gpt-5.4 straight away");
  });
  it("tries every key when there is no fallback model", () => {
    expect(sentence(undefined, [])).toContain("tries the other ready profiles (kimi:b, kimi:c) one after another, because there is no fallback model");
  });
  it("skips a model whose profiles are all cooling down", () => {
    const state: AuthStateLike = {
      usageStats: Object.fromEntries(
        ["kimi:a", "kimi:b", "kimi:c"].map((id, i) => [id, { cooldownUntil: NOW + (i + 1) * 60_000, cooldownReason: "rate_limit" }]),
      ),
    };
    const plan = explain({ config: configWith(undefined, ["openai/gpt-5.4"]), store: threeKeys, state, now: NOW });
    expect(plan.models[0]?.onRateLimit).toContain(
      "Every kimi profile is cooling down or disabled until at least 2026-04-13T14:02:00Z (in 1 min), so OpenClaw skips kimi/kimi-code and goes on to openai/gpt-5.4",
    );
    expect(plan.firstAttempt).toEqual({ model: "openai/gpt-5.4" });
    expect(plan.summary).toContain("(kimi/kimi-code is skipped: every profile is cooling down or disabled)");
  });
  it("reports the rotation limits in the plan notes", () => {
    const notes = explain({ config: configWith({ overloadedProfileRotations: 3 }, []), now: NOW }).notes.join("\n");
    expect(notes).toContain("(auth.cooldowns.rateLimitedProfileRotations, default 1); on an overload, 3 other profiles (overloadedProfileRotations 3)");
  });
});

describe("explain: model-scoped cooldowns across the chain", () => {
  it("blocks a profile for the model it hit the limit on, not for the fallback model", () => {
    const plan = explain({
      config: {
        agents: { defaults: { model: { primary: "kimi/kimi-code", fallbacks: ["kimi/k2p5"] } } },
        auth: { order: { kimi: ["kimi:default", "kimi:backup"] } },
      },
      store: seedStore,
      state: { usageStats: { "kimi:default": { cooldownUntil: T, cooldownReason: "rate_limit", cooldownModel: "kimi-code" } } },
      now: NOW,
    });
    expect(plan.models.map((m) => m.auth.profiles.map((p) => `${p.id}:${p.status}`))).toEqual([
      ["kimi:backup:ready", "kimi:default:cooldown"],
      ["kimi:default:ready", "kimi:backup:ready"],
    ]);
    expect(plan.models[0]?.auth.profiles[1]?.model).toBe("kimi-code");
    expect(plan.models[1]?.auth.profiles[0]?.why).toContain("applies to kimi-code only");
  });

  it("leaves an automatic pin that is cooling down for the next ready profile", () => {
    const plan = explain({ config: seedConfig, state: seedState, store: seedStore, pin: { profile: "kimi:backup", source: "auto" }, now: NOW });
    expect(plan.models[0]?.auth.lockedTo).toBeUndefined();
    expect(plan.firstAttempt).toEqual({ model: "kimi/kimi-code", profile: "kimi:default" });
    expect(plan.models[0]?.auth.profiles[0]?.why).toContain("OpenClaw drops this automatic pin");
  });
});

describe("agentcfg explain (the built CLI)", () => {
  const dir = mkdtempSync(join(tmpdir(), "agentcfg-explain-"));
  const agentDir = join(dir, "state", "agents", "main", "agent");
  mkdirSync(agentDir, { recursive: true });
  writeFileSync(join(dir, "openclaw.json5"), `// two Kimi keys\n${JSON.stringify(seedConfig, null, 2)}\n`);
  writeFileSync(join(agentDir, "auth-state.json"), JSON.stringify({ version: 1, ...seedState }));
  writeFileSync(join(agentDir, "auth-profiles.json"), JSON.stringify({ version: 1, ...seedStore }));
  const base = ["explain", join(dir, "openclaw.json5"), "--state-dir", join(dir, "state"), "--now", "2026-04-13T14:01:00Z"];

  it("prints the seed plan in words, and the same facts as JSON", () => {
    const pretty = runCli([...base, "--pin", "kimi:backup"]);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toContain("kimi:backup goes first because this session is pinned to it");
    expect(pretty.stdout).toMatch(/1\. kimi:backup {3}cooling down until 2026-04-13T14:05:00Z \(in 4 min\) · rate_limit · pinned by the session/);
    expect(pretty.stdout).toMatch(/2\. kimi:default {2}ready/);
    const json = runCli([...base, "--pin", "kimi:backup", "--format", "json"]);
    expect(json.status).toBe(0);
    const plan = JSON.parse(json.stdout) as ReturnType<typeof explain>;
    expect(plan.models[0]?.auth.profiles.map((p) => [p.id, p.status, p.pinned, p.until])).toEqual([
      ["kimi:backup", "cooldown", true, T],
      ["kimi:default", "ready", false, undefined],
    ]);
    expect(plan.models[0]?.auth.profiles[0]?.why).toBe(
      pretty.stdout
        .split("\n")
        .find((line) => line.includes("kimi:backup goes first"))
        ?.trim(),
    );
    for (const output of [pretty.stdout, pretty.stderr, json.stdout, json.stderr]) for (const secret of SECRETS) expect(output).not.toContain(secret);
  });

  it("refuses a --now that is not an ISO date-time", () => {
    const result = runCli([...base.slice(0, -2), "--now", "tomorrow"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--now expects an ISO date-time with a time zone, e.g. 2026-04-13T14:01:00Z; got "tomorrow"');
  });

  it("refuses a --state file that does not exist", () => {
    const result = runCli([...base, "--state", join(dir, "nope.json")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("nope.json: no such file");
  });

  it("reports an unparsable auth-state.json with its place instead of a stack trace", () => {
    const broken = join(dir, "broken-state.json");
    writeFileSync(broken, '{ "version": 1, "order": ');
    const result = runCli([...base, "--state", broken]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken-state\.json:1:\d+/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe("times in the plan", () => {
  it("prints instants in UTC ISO form with a relative part", () => {
    expect(formatUtc(T)).toBe("2026-04-13T14:05:00Z");
    expect(formatUtc(T + 250)).toBe("2026-04-13T14:05:00.250Z");
    expect(formatInstant(T, NOW)).toBe("2026-04-13T14:05:00Z (in 4 min)");
    expect(formatRelative(NOW + 45_000, NOW)).toBe("in 45 s");
    expect(formatRelative(NOW + 125 * 60_000, NOW)).toBe("in 2 h 5 min");
    expect(formatRelative(NOW + 3 * 86_400_000, NOW)).toBe("in 3 days");
    expect(formatRelative(NOW - 10 * 60_000, NOW)).toBe("10 min ago");
    expect(formatRelative(NOW + 400, NOW)).toBe("now");
  });
});
