/**
 * @fileoverview What OpenClaw does after an error, in words: the reason (from the recorded
 * classifier facts), rotation, cooldown, fallback, and advice where OpenClaw does not fail
 * over on a text that reads like a rate limit.
 */
import { describe, expect, it } from "vitest";
import { describeFailoverOutcome } from "../src/resolve/failover-outcome.js";
import { readRotationLimits } from "../src/resolve/explain-why.js";

const MOONSHOT_RPM = "Your account org-3f9a1c2d request reached organization max RPM: 3, please try again after 1 seconds";

describe("describeFailoverOutcome", () => {
  it.each(["2026.4", "2026.9"] as const)("%s: Moonshot's RPM text without 429 gets no reason, and the advice says a fallback does not help", (target) => {
    const outcome = describeFailoverOutcome(MOONSHOT_RPM, { provider: "moonshot", target });
    expect(outcome).toMatchObject({ reason: null, unclassifiedRateLimit: true, profilesTried: 0, fallsBack: false });
    expect(outcome.steps.join(" ")).toContain("does not recognise it as one");
    expect(outcome.advice[0]).toContain("A model fallback does not help");
  });
  it("the same text with a leading 429 rotates one other profile by default, then falls back", () => {
    const outcome = describeFailoverOutcome(`429 ${MOONSHOT_RPM}`, { provider: "moonshot", target: "2026.4" });
    expect(outcome).toMatchObject({ reason: "rate_limit", profilesTried: 1, fallsBack: true });
    expect(outcome.mark).toContain("for this model only");
    expect(outcome.steps.join(" ")).toContain("rateLimitedProfileRotations, default 1");
  });
  it("takes the rotation limit from auth.cooldowns", () => {
    const outcome = describeFailoverOutcome("429 Too Many Requests", { target: "2026.4", rotations: readRotationLimits({ rateLimitedProfileRotations: 3 }) });
    expect(outcome.profilesTried).toBe(3);
    expect(outcome.steps.join(" ")).toContain("auth.cooldowns.rateLimitedProfileRotations 3");
  });
  it("a bare 500 is a timeout in 2026.4 (no cooldown) and a server error in 2026.9", () => {
    expect(describeFailoverOutcome("500 Internal Server Error", { target: "2026.4" })).toMatchObject({ reason: "timeout", profilesTried: "all" });
    expect(describeFailoverOutcome("500 Internal Server Error", { target: "2026.4" }).mark).toBeUndefined();
    expect(describeFailoverOutcome("500 Internal Server Error", { target: "2026.9" }).reason).toBe("server_error");
  });
  it("billing disables the profile, for hours in 2026.4 and ten minutes in 2026.9", () => {
    expect(describeFailoverOutcome("402 Payment Required", { target: "2026.4" }).mark).toContain("5 h");
    expect(describeFailoverOutcome("402 Payment Required", { target: "2026.9" }).mark).toContain("10 min");
  });
  it("a context overflow compacts instead of failing over, in both releases", () => {
    const text = "400 This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.";
    expect(describeFailoverOutcome(text, { target: "2026.4" })).toMatchObject({ reason: null, contextOverflow: true, fallsBack: false });
    expect(describeFailoverOutcome(text, { target: "2026.9" })).toMatchObject({ reason: "context_overflow", contextOverflow: true });
  });
  it("an unclassified text that does not read like a rate limit gets no rate-limit advice", () => {
    const outcome = describeFailoverOutcome('{"error":"llama runner process has terminated: signal: killed"}', { provider: "ollama" });
    expect(outcome).toMatchObject({ reason: null, unclassifiedRateLimit: false });
    expect(outcome.advice.join(" ")).not.toContain("fallback");
  });
});
