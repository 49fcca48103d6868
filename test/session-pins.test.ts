/**
 * @fileoverview The review of session pins: what OpenClaw of each release does with a pin on
 * a profile that is cooling down, disabled, missing or of another provider, and what to do.
 * Built on the seed store (fixtures/sessions/seed-user-pin) and variations of it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { reviewSessionPins, sessionModelRef, type SessionLike } from "../src/resolve/session-pins.js";
import { ROOT } from "./fixture-files.js";

const SEED = join(ROOT, "fixtures", "sessions", "seed-user-pin");
const config = JSON5.parse(readFileSync(join(SEED, "openclaw.json5"), "utf8"));
const state = JSON.parse(readFileSync(join(SEED, "state/agents/main/agent/auth-state.json"), "utf8"));
const store = JSON.parse(readFileSync(join(SEED, "state/agents/main/agent/auth-profiles.json"), "utf8"));
const NOW = Date.parse("2026-04-13T14:02:00Z");

const userPinned: SessionLike = { key: "agent:main:telegram:direct:4242", pin: { profile: "kimi:backup", source: "user" } };
const review = (sessions: SessionLike[], target: "2026.4" | "2026.9", overrides: { state?: object; store?: object } = {}) =>
  reviewSessionPins({ config, sessions, state: overrides.state ?? state, store: overrides.store ?? store, now: NOW, target });

describe("a user pin on a profile cooling down after a rate limit", () => {
  it("2026.4: the session stays on it and fails; /new or pinning the ready key fixes it", () => {
    const [r] = review([userPinned], "2026.4");
    expect(r).toMatchObject({ problem: "cooldown", reason: "rate_limit", provider: "kimi", model: "kimi/kimi-code", ready: ["kimi:default"] });
    expect(r!.openclaw).toContain("never rotates a user pin");
    expect(r!.fixes[0]).toContain("/new");
    expect(r!.fixes[1]).toContain("/model kimi/kimi-code@kimi:default");
  });
  it("2026.9: the pin stays but the ready key serves meanwhile; nothing is needed", () => {
    const [r] = review([userPinned], "2026.9");
    expect(r!.problem).toBe("cooldown");
    expect(r!.openclaw).toContain("uses the next ready profile, kimi:default");
    expect(r!.fixes[0]).toMatch(/^Nothing is needed/);
  });
  it("says so when no other profile is ready", () => {
    const bothCooling = { ...state, usageStats: { ...state.usageStats, "kimi:default": { cooldownUntil: 4102444800000, cooldownReason: "rate_limit" } } };
    const [r] = review([userPinned], "2026.9", { state: bothCooling });
    expect(r!.ready).toEqual([]);
    expect(r!.fixes[0]).toContain("add another kimi key");
  });
});

describe("other pins", () => {
  it("an auto pin on a cooling profile moves by itself", () => {
    const [r] = review([{ key: "k", pin: { profile: "kimi:backup", source: "auto" } }], "2026.4");
    expect(r!.problem).toBe("cooldown");
    expect(r!.openclaw).toContain("only a preference");
    expect(r!.fixes).toEqual(["Nothing is needed."]);
  });
  it("a pin on a usable profile has no problem", () => {
    expect(review([{ key: "k", pin: { profile: "kimi:default", source: "auto" } }], "2026.4")[0]!.problem).toBeUndefined();
  });
  it("a disabled profile", () => {
    const disabled = { ...state, usageStats: { "kimi:backup": { disabledUntil: 4102444800000, disabledReason: "billing" } } };
    expect(review([userPinned], "2026.4", { state: disabled })[0]).toMatchObject({ problem: "disabled", reason: "billing" });
  });
  it("a profile missing from the credential store is cleared by OpenClaw", () => {
    const [r] = review([{ key: "k", pin: { profile: "kimi:gone", source: "user" } }], "2026.4");
    expect(r!.problem).toBe("missing");
    expect(r!.openclaw).toContain("clears the pin");
  });
  it("a profile of another provider (Moonshot is not Kimi Coding)", () => {
    const withMoonshot = {
      ...store,
      profiles: { ...store.profiles, "moonshot:default": { type: "api_key", provider: "moonshot", key: "sk-moonshot-FAKE22222" } },
    };
    const [r] = review([{ key: "k", pin: { profile: "moonshot:default", source: "user" } }], "2026.4", { store: withMoonshot });
    expect(r).toMatchObject({ problem: "other-provider", reason: "moonshot" });
  });
  it("the session's model override decides which provider the pin is checked against", () => {
    const session: SessionLike = { key: "k", pin: { profile: "kimi:backup", source: "user" }, providerOverride: "moonshot", modelOverride: "kimi-k2.5" };
    expect(sessionModelRef(session)).toBe("moonshot/kimi-k2.5");
    expect(review([session], "2026.4")[0]).toMatchObject({ provider: "moonshot", problem: "other-provider" });
  });
  it("sessions without a pin are left out", () => {
    expect(review([{ key: "k" }], "2026.4")).toEqual([]);
  });
});
