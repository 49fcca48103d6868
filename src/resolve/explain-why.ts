/**
 * @fileoverview The sentences of the failover plan: what a rate limit on a model leads to
 * (OpenClaw rotates to `rateLimitedProfileRotations` other profiles of the same provider,
 * default 1, then moves to the next model; with no fallback model it tries them all), which
 * model and profile the next request goes to, and the notes on the plan as a whole.
 */
import { asFiniteNumber } from "./auth-inputs.js";
import type { AuthOrder } from "./auth-order.js";
import { envFallbackWords } from "./auth-order-why.js";
import { formatInstant, joinWords, reasonErrorWords, reasonWords } from "./time-words.js";

/** OpenClaw's default for both `rateLimitedProfileRotations` and `overloadedProfileRotations`. */
export const DEFAULT_PROFILE_ROTATIONS = 1;

export interface RotationLimits {
  /** Other profiles of the same provider tried after a rate limit, before the next model. */
  rateLimited: number;
  /** The same after an overload error. */
  overloaded: number;
  /** Whether each value was set in `auth.cooldowns` (else it is OpenClaw's default). */
  rateLimitedFromConfig: boolean;
  overloadedFromConfig: boolean;
}

/** The plan's view of a model, as far as these sentences need it. */
interface ModelFacts {
  ref: string;
  provider: string;
  auth: AuthOrder;
}

/** Reads `auth.cooldowns.*ProfileRotations`; OpenClaw takes any value that is set (`??`), 0 included. */
export function readRotationLimits(cooldowns: Record<string, unknown> | undefined): RotationLimits {
  const read = (key: string): number | undefined => {
    const value = asFiniteNumber(cooldowns?.[key]);
    return value !== undefined && value >= 0 ? Math.floor(value) : undefined;
  };
  const rateLimited = read("rateLimitedProfileRotations");
  const overloaded = read("overloadedProfileRotations");
  return {
    rateLimited: rateLimited ?? DEFAULT_PROFILE_ROTATIONS,
    overloaded: overloaded ?? DEFAULT_PROFILE_ROTATIONS,
    rateLimitedFromConfig: rateLimited !== undefined,
    overloadedFromConfig: overloaded !== undefined,
  };
}

const profiles = (n: number): string => (n === 1 ? "1 other profile" : `${n} other profiles`);

/** What a rate limit on this model leads to, in one sentence. */
export function rateLimitSentence(options: {
  auth: AuthOrder;
  ref: string;
  next: string | undefined;
  hasFallbacks: boolean;
  rotations: RotationLimits;
  now: number;
}): string {
  const { auth, ref, next, hasFallbacks, rotations, now } = options;
  const thenWhat =
    next !== undefined
      ? `moves to the next model, ${next}`
      : hasFallbacks
        ? "gives up with the rate-limit error, since no model is left"
        : "reports the rate-limit error";
  if (auth.profiles.length === 0) return `No auth profile is used for ${ref}, so on a rate limit OpenClaw ${thenWhat}.`;
  if (auth.lockedTo !== undefined) {
    return `This session is pinned to ${auth.lockedTo}, so OpenClaw uses only that profile for ${auth.provider}: on a rate limit it does not try another key and ${thenWhat}.`;
  }
  const ready = auth.profiles.filter((p) => p.until === undefined).map((p) => p.id);
  const [first, ...others] = ready;
  if (first === undefined) {
    const soonest = Math.min(...auth.profiles.map((p) => p.until ?? Infinity));
    return `Every ${auth.provider} profile is cooling down or disabled until at least ${formatInstant(soonest, now)}, so OpenClaw skips ${ref} and ${next !== undefined ? `goes on to ${next}` : "has no model left to try"}.`;
  }
  if (!hasFallbacks) {
    return others.length === 0
      ? `On a rate limit with ${first}, there is no other ready ${auth.provider} profile and no fallback model, so OpenClaw reports the error.`
      : `On a rate limit with ${first}, OpenClaw tries the other ready profiles (${others.join(", ")}) one after another, because there is no fallback model to move to, and then reports the error.`;
  }
  if (others.length === 0) return `On a rate limit with ${first}, there is no other ready ${auth.provider} profile, so OpenClaw ${thenWhat}.`;
  if (rotations.rateLimited === 0) return `On a rate limit with ${first}, OpenClaw ${thenWhat} straight away: auth.cooldowns.rateLimitedProfileRotations is 0.`;
  const tried = others.slice(0, rotations.rateLimited);
  const untried = others.slice(rotations.rateLimited);
  const limit = `rateLimitedProfileRotations is ${rotations.rateLimited}${rotations.rateLimitedFromConfig ? "" : " by default"}`;
  return (
    `On a rate limit with ${first}, OpenClaw tries ${profiles(tried.length)} (${tried.join(", ")}) and then ${thenWhat}` +
    (untried.length > 0 ? `; ${joinWords(untried)} ${untried.length === 1 ? "is" : "are"} not tried, because ${limit}.` : ` (${limit}).`)
  );
}

/** The model and profile the next request goes to. */
export interface FirstAttempt {
  model: string;
  /** Absent when the provider has no auth profile and OpenClaw uses an env or config key. */
  profile?: string;
  /** Set when a user pin forces a profile that is cooling down or disabled. */
  blockedUntil?: number;
  reason?: string;
}

/** Walks the chain as OpenClaw does: a model whose profiles are all unusable is skipped. */
export function firstAttemptOf(models: readonly ModelFacts[]): FirstAttempt | undefined {
  for (const model of models) {
    const { auth } = model;
    if (auth.lockedTo !== undefined) {
      const locked = auth.profiles.find((p) => p.id === auth.lockedTo);
      return {
        model: model.ref,
        profile: auth.lockedTo,
        ...(locked?.until !== undefined ? { blockedUntil: locked.until } : {}),
        ...(locked?.reason !== undefined ? { reason: locked.reason } : {}),
      };
    }
    if (auth.profiles.length === 0) return { model: model.ref };
    const ready = auth.profiles.find((p) => p.until === undefined);
    if (ready) return { model: model.ref, profile: ready.id };
  }
  return undefined;
}

/** One sentence on what the next request does. */
export function summarySentence(first: FirstAttempt | undefined, models: readonly ModelFacts[], now: number): string {
  if (models.length === 0) return "No model is configured, so there is nothing to try.";
  if (first === undefined) {
    const soonest = Math.min(...models.flatMap((m) => m.auth.profiles.map((p) => p.until ?? Infinity)));
    return `Every profile of every model in the chain is cooling down or disabled, so requests fail until ${formatInstant(soonest, now)}.`;
  }
  const model = models.find((m) => m.ref === first.model);
  const skipped = models.slice(0, model ? models.indexOf(model) : 0).map((m) => m.ref);
  const skippedPart =
    skipped.length > 0 ? ` (${joinWords(skipped)} ${skipped.length === 1 ? "is" : "are"} skipped: every profile is cooling down or disabled)` : "";
  if (first.profile === undefined) {
    return `The next request goes to ${first.model} without an auth profile, using ${envFallbackWords(model?.provider ?? "")}${skippedPart}.`;
  }
  if (first.blockedUntil !== undefined) {
    const ready = model?.auth.profiles.filter((p) => p.until === undefined).map((p) => p.id) ?? [];
    const alternative =
      ready.length > 0
        ? `, although ${joinWords(ready)} ${ready.length === 1 ? "is" : "are"} ready; start a new session (/new) to use ${ready.length === 1 ? "it" : "them"}`
        : "";
    return (
      `The next request goes to ${first.model} with ${first.profile}, because this session is pinned to it, even though it is ` +
      `unusable until ${formatInstant(first.blockedUntil, now)} after ${reasonWords(first.reason)}: expect ${reasonErrorWords(first.reason)}${alternative}.`
    );
  }
  return `The next request goes to ${first.model} with ${first.profile}${skippedPart}.`;
}

/** Notes on the plan as a whole: the rotation limits (users are surprised by them), the pin, bad refs. */
export function planNotes(options: {
  models: readonly ModelFacts[];
  rotations: RotationLimits;
  pin: { profile: string; from: string } | undefined;
  invalidRefs: readonly string[];
}): string[] {
  const { models, rotations, pin, invalidRefs } = options;
  const notes: string[] = [];
  const rl = `auth.cooldowns.rateLimitedProfileRotations${rotations.rateLimitedFromConfig ? "" : ", default"} ${rotations.rateLimited}`;
  const ov = `overloadedProfileRotations${rotations.overloadedFromConfig ? "" : ", default"} ${rotations.overloaded}`;
  notes.push(
    `On a rate limit OpenClaw tries ${profiles(rotations.rateLimited)} of the same provider and then moves to the next model (${rl}); ` +
      `on an overload, ${profiles(rotations.overloaded)} (${ov}). Raise them to try more keys before falling back.`,
  );
  if (pin !== undefined) {
    const applies = models.some((m) => m.auth.profiles.some((p) => p.id === pin.profile) || m.auth.excluded.some((e) => e.id === pin.profile));
    if (!applies) notes.push(`The session pin ${pin.profile} does not belong to the provider of any model in the chain, so it has no effect.`);
  }
  for (const ref of invalidRefs) notes.push(`"${ref}" is not a model ref (provider/model), so OpenClaw cannot try it.`);
  return notes;
}
