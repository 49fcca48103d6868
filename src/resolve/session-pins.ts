/**
 * @fileoverview Reviews the sessions of an agent for pins that cause "my agent answers
 * *rate limited* although another key is fine": a session pinned (by `/model …@profile`, or
 * automatically) to a profile that is cooling down, disabled, missing from the credential
 * store, or of another provider than the session's model. For each it says what OpenClaw of
 * the target release will do with the pin and what to do. The releases differ: 2026.4 keeps
 * a user pin on a cooling profile for the whole session (requests keep failing) and moves it
 * only on /new; 2026.9 keeps the pin but uses another ready profile of the provider while the
 * pinned one cools down.
 */
import { normalizeProviderIdForAuth } from "../providers/index.js";
import type { AuthStateLike, AuthStoreLike } from "./auth-inputs.js";
import { explain, type ExplainConfigLike, type PlannedModel } from "./explain.js";
import type { FailoverTarget } from "./failover-target.js";
import { checkEligibility, profileHealth } from "./profile-status.js";
import { formatInstant, reasonWords } from "./time-words.js";

/** One session as the review reads it (structural: the state stage's records fit). */
export interface SessionLike {
  key: string;
  pin?: { profile: string; source: "user" | "auto" };
  providerOverride?: string;
  modelOverride?: string;
}

export type PinProblem = "cooldown" | "disabled" | "missing" | "other-provider";

export interface SessionPinReview {
  key: string;
  pin: { profile: string; source: "user" | "auto" };
  /** The model the session's next request goes to first (its override, else the primary). */
  model: string;
  provider: string;
  /** Undefined when the pin is usable. */
  problem?: PinProblem;
  until?: number;
  reason?: string;
  /** Profiles of the provider ready now, in the order OpenClaw tries them (the pin left out). */
  ready: string[];
  /** What OpenClaw will do with the pin, in one or two sentences. */
  openclaw: string;
  /** What to do, shortest first. */
  fixes: string[];
}

export interface ReviewSessionPinsInput {
  config: ExplainConfigLike | undefined;
  agentId?: string | undefined;
  sessions: readonly SessionLike[];
  state?: AuthStateLike | undefined;
  store?: AuthStoreLike | undefined;
  now: number;
  target: FailoverTarget;
}

/** The session's `/model` override as a ref, when it has one. */
export function sessionModelRef(session: SessionLike): string | undefined {
  if (session.modelOverride === undefined) return undefined;
  return session.providerOverride !== undefined && !session.modelOverride.includes("/")
    ? `${session.providerOverride}/${session.modelOverride}`
    : session.modelOverride;
}

function problemOf(session: SessionLike & { pin: { profile: string } }, first: PlannedModel, input: ReviewSessionPinsInput) {
  const profileId = session.pin.profile;
  const store = input.store?.profiles as Parameters<typeof checkEligibility>[0]["store"];
  const eligibility = checkEligibility({ profileId, authProvider: normalizeProviderIdForAuth(first.provider), config: input.config, store, now: input.now });
  if (!eligibility.eligible) {
    if (eligibility.code === "provider_mismatch") return { problem: "other-provider" as const, reason: eligibility.detail.actualProvider };
    if (eligibility.code === "profile_missing") return { problem: "missing" as const };
  }
  const health = profileHealth(input.state?.usageStats?.[profileId], { now: input.now, provider: first.provider, model: first.model });
  if (health.blocking) {
    return {
      problem: health.blocking.kind === "disabled" ? ("disabled" as const) : ("cooldown" as const),
      until: health.blocking.until,
      ...(health.blocking.reason !== undefined ? { reason: health.blocking.reason } : {}),
    };
  }
  return {};
}

function words(review: Omit<SessionPinReview, "openclaw" | "fixes">, target: FailoverTarget, now: number): { openclaw: string; fixes: string[] } {
  const { pin, model, ready, problem } = review;
  const [next] = ready;
  const useReady = next !== undefined ? `/model ${model}@${next}${target === "2026.9" ? " -s" : ""}` : undefined;
  const when = review.until !== undefined ? formatInstant(review.until, now) : "";
  const why = review.reason !== undefined ? ` after ${reasonWords(review.reason)}` : "";
  if (problem === "missing" || problem === "other-provider") {
    const what =
      problem === "missing" ? "is not in the credential store" : `belongs to provider ${review.reason ?? "another provider"}, not ${review.provider}`;
    return {
      openclaw: `${pin.profile} ${what}, so OpenClaw clears the pin on the next request and picks ${next ?? "another profile"} by the normal order.`,
      fixes:
        problem === "missing"
          ? [
              `Nothing is needed; to keep using ${pin.profile}, add it back (agentcfg auth add --provider ${review.provider} --profile-id ${pin.profile} --token-stdin).`,
            ]
          : ["Nothing is needed: the pin is dropped by itself."],
    };
  }
  const state = problem === "disabled" ? "disabled" : "cooling down";
  if (pin.source === "auto") {
    return {
      openclaw: `The pin was picked automatically, so it is only a preference: OpenClaw moves it to ${next ?? "the first profile that is ready"} on the next request${target === "2026.4" ? " (and on /new or after a compaction)" : ""}.`,
      fixes:
        next !== undefined
          ? ["Nothing is needed."]
          : [`No other ${review.provider} profile is ready: wait until ${when}, add another key, or add a fallback model of another provider.`],
    };
  }
  if (target === "2026.4") {
    const fixes = [`In that chat, send /new: OpenClaw 2026.4 then moves the pin to the next ready profile${next !== undefined ? ` (${next})` : ""}.`];
    if (useReady !== undefined) fixes.push(`Or pin the ready key for this session: ${useReady}`);
    fixes.push(`Or wait until ${when}.`);
    return {
      openclaw: `It was set with /model …@${pin.profile}, and OpenClaw 2026.4 never rotates a user pin within a session: every request of this session goes to ${pin.profile}, which is ${state} until ${when}${why}, and fails${next !== undefined ? ` although ${next} is ready` : ""}.`,
      fixes,
    };
  }
  return {
    openclaw: `OpenClaw 2026.9 keeps the user pin but, while ${pin.profile} is ${state} (until ${when}${why}), uses ${next !== undefined ? `the next ready profile, ${next}` : "no other profile: none is ready"}; new runs go back to ${pin.profile} once it is ready.`,
    fixes:
      next !== undefined
        ? [`Nothing is needed.${useReady !== undefined ? ` To stay on ${next}, pin it: ${useReady}` : ""}`]
        : [`Wait until ${when}, or add another ${review.provider} key.`],
  };
}

/** Every pinned session of the agent with what its pin leads to; sessions without a pin are left out. */
export function reviewSessionPins(input: ReviewSessionPinsInput): SessionPinReview[] {
  const reviews: SessionPinReview[] = [];
  for (const session of input.sessions) {
    if (session.pin === undefined) continue;
    const pinned = session as SessionLike & { pin: { profile: string; source: "user" | "auto" } };
    const plan = explain({
      config: input.config,
      agentId: input.agentId,
      model: sessionModelRef(session),
      state: input.state,
      store: input.store,
      now: input.now,
    });
    const first = plan.models[0];
    if (first === undefined) continue;
    const found = problemOf(pinned, first, input);
    const ready = first.auth.profiles.filter((p) => p.until === undefined && p.id !== pinned.pin.profile).map((p) => p.id);
    const base = { key: session.key, pin: pinned.pin, model: first.ref, provider: first.provider, ready, ...found };
    reviews.push({ ...base, ...words(base, input.target, input.now) });
  }
  return reviews;
}
