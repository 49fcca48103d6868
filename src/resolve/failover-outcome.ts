/**
 * @fileoverview What OpenClaw does after an error of a given failover reason, in words: does
 * it try another auth profile of the provider (and how many), what cooldown or disable it
 * records on the failing profile, does it fall back to the next model, or does it stop with
 * the raw error. The facts per release are a table (BEHAVIOUR); the sentences are built
 * from it. Used by `agentcfg explain --error` and for the failures found in transcripts.
 */
import { classifyFailoverDetail } from "./failover-classify.js";
import { DEFAULT_FAILOVER_TARGET, FAILOVER_TARGET_VERSIONS, type FailoverReason, type FailoverTarget } from "./failover-target.js";
import { DEFAULT_PROFILE_ROTATIONS, type RotationLimits } from "./explain-why.js";

/** What the failing profile gets. */
type Mark = "cooldown" | "disabled" | "none";
/** How many other profiles are tried: a limit from `auth.cooldowns`, all of them, or none. */
type Rotation = "rate-limited" | "overloaded" | "all" | "none";

interface Behaviour {
  rotation: Rotation;
  mark: Mark;
  fallsBack: boolean;
}

const COOLDOWN_LADDER = "a cooldown of 30 s, then 1 min, then 5 min on repeated failures";
const DISABLE_WORDS: Readonly<Record<FailoverTarget, Partial<Record<FailoverReason, string>>>> = {
  "2026.4": {
    billing: "a disable of 5 h, doubling per billing failure up to 24 h (auth.cooldowns.billingBackoffHours, billingMaxHours)",
    auth_permanent: "a disable of 10 min, doubling up to 60 min (auth.cooldowns.authPermanentBackoffMinutes)",
  },
  "2026.9": { billing: "a disable of 10 min", auth_permanent: "a disable of 10 min" },
};

const GENERIC: Behaviour = { rotation: "all", mark: "cooldown", fallsBack: true };

/** Per release and reason. A reason not listed behaves as GENERIC. */
const BEHAVIOUR: Readonly<Record<FailoverTarget, Partial<Record<FailoverReason, Behaviour>>>> = {
  "2026.4": {
    rate_limit: { rotation: "rate-limited", mark: "cooldown", fallsBack: true },
    overloaded: { rotation: "overloaded", mark: "cooldown", fallsBack: true },
    // 2026.4 records no cooldown for a timeout (the profile is not to blame).
    timeout: { rotation: "all", mark: "none", fallsBack: true },
    billing: { rotation: "all", mark: "disabled", fallsBack: true },
    auth_permanent: { rotation: "all", mark: "disabled", fallsBack: true },
  },
  "2026.9": {
    rate_limit: { rotation: "rate-limited", mark: "cooldown", fallsBack: true },
    overloaded: { rotation: "overloaded", mark: "cooldown", fallsBack: true },
    timeout: { rotation: "all", mark: "none", fallsBack: true },
    billing: { rotation: "all", mark: "disabled", fallsBack: true },
    auth_permanent: { rotation: "all", mark: "disabled", fallsBack: true },
    // 2026.9 surfaces request-format errors: retrying the same payload fails the same way.
    format: { rotation: "none", mark: "none", fallsBack: false },
  },
};

/** Words of a text that make people read it as a rate limit. */
const LOOKS_LIKE_RATE_LIMIT =
  /\brpm\b|\btpm\b|rate|limit|quota|too many|throttl|concurren|try again after|retry after|\u8bf7\u6c42\u8fc7\u4e8e\u9891\u7e41|\u9891\u7387/i;

export interface FailoverOutcome {
  target: FailoverTarget;
  version: string;
  reason: FailoverReason | null;
  contextOverflow: boolean;
  /** The text reads like a rate limit, but OpenClaw gives it no reason. */
  unclassifiedRateLimit: boolean;
  /** How many other profiles of the provider are tried; "all" when not limited; 0 when none. */
  profilesTried: number | "all";
  /** What the failing profile gets, in words; undefined when nothing is recorded. */
  mark?: string;
  fallsBack: boolean;
  /** The sentences: what OpenClaw does, in order. */
  steps: string[];
  /** What to do about it. */
  advice: string[];
}

export interface DescribeOutcomeOptions {
  provider?: string | undefined;
  target?: FailoverTarget | undefined;
  /** From `auth.cooldowns`; OpenClaw's defaults when absent. */
  rotations?: RotationLimits | undefined;
}

function rotationCount(rotation: Rotation, limits: RotationLimits | undefined): number | "all" {
  if (rotation === "none") return 0;
  if (rotation === "all") return "all";
  return (rotation === "rate-limited" ? limits?.rateLimited : limits?.overloaded) ?? DEFAULT_PROFILE_ROTATIONS;
}

/** Classifies `text` and says what OpenClaw of the target release does next. */
export function describeFailoverOutcome(text: string, options: DescribeOutcomeOptions = {}): FailoverOutcome {
  const target = options.target ?? DEFAULT_FAILOVER_TARGET;
  const provider = options.provider;
  const { reason, contextOverflow } = classifyFailoverDetail(text, { provider, target });
  const version = FAILOVER_TARGET_VERSIONS[target];
  const who = `OpenClaw ${version}`;
  const steps: string[] = [];
  const advice: string[] = [];
  const base = { target, version, reason, contextOverflow, unclassifiedRateLimit: false };

  if (contextOverflow) {
    steps.push(
      `${who} reads this as a context overflow${reason === null ? " (it reports no failover reason for it)" : ""}: it compacts the session and retries; it does not try another key or fall back to another model.`,
    );
    advice.push("Start a new session (/new), or use a model with a larger context window.");
    return { ...base, profilesTried: 0, fallsBack: false, steps, advice };
  }
  if (reason === null) {
    const looksLikeRateLimit = LOOKS_LIKE_RATE_LIMIT.test(text);
    steps.push(
      `${who} gives this error no failover reason: it does not try another ${provider ?? "provider"} profile, records no cooldown, and does not fall back to another model. The error goes to the chat as it is.`,
    );
    if (looksLikeRateLimit) {
      steps.push(`It reads like a rate limit, but ${who} does not recognise it as one (no leading 429, no "rate limit" or "too many requests" in it).`);
      advice.push(
        "A model fallback does not help here: OpenClaw never reaches it for an unclassified error.",
        "What helps: switch the session to another key by hand (/model <provider/model>@<profile>), lower the request rate (fewer parallel agents or subagents), or raise the provider's limit on its side (Moonshot's RPM grows with the account's recharge tier).",
        "If a proxy sits in front of the provider, have it return the error with status 429: OpenClaw then rotates to the next key.",
      );
    } else {
      advice.push("Nothing in the config changes this: fix the cause the provider names, or report the wording to OpenClaw if it should fail over.");
    }
    return { ...base, unclassifiedRateLimit: looksLikeRateLimit, profilesTried: 0, fallsBack: false, steps, advice };
  }

  const behaviour = BEHAVIOUR[target][reason] ?? GENERIC;
  const tried = rotationCount(behaviour.rotation, options.rotations);
  const mark =
    behaviour.mark === "none"
      ? undefined
      : behaviour.mark === "disabled"
        ? (DISABLE_WORDS[target][reason] ?? "a disable")
        : reason === "rate_limit"
          ? `${COOLDOWN_LADDER}, for this model only`
          : COOLDOWN_LADDER;
  steps.push(`${who} classifies this as ${reason}.`);
  steps.push(mark !== undefined ? `The profile that failed gets ${mark}.` : "No cooldown is recorded on the profile.");
  if (tried === 0) steps.push(`It does not try another profile.`);
  else if (tried === "all") steps.push(`It tries the other ready profiles of the provider, one after another.`);
  else {
    const setting = behaviour.rotation === "rate-limited" ? "rateLimitedProfileRotations" : "overloadedProfileRotations";
    const fromConfig = behaviour.rotation === "rate-limited" ? options.rotations?.rateLimitedFromConfig : options.rotations?.overloadedFromConfig;
    const where = target === "2026.4" ? `auth.cooldowns.${setting}${fromConfig ? "" : ", default"} ${tried}` : "a fixed limit in 2026.9";
    steps.push(`It tries ${tried === 1 ? "1 other profile" : `${tried} other profiles`} of the provider (${where}).`);
  }
  steps.push(
    behaviour.fallsBack
      ? "Then it falls back to the next model of the chain; with none left, the error goes to the chat."
      : "The error goes to the chat; it does not fall back to another model.",
  );
  if (reason === "rate_limit" || reason === "overloaded")
    advice.push("Add a second key of the provider (agentcfg auth add) and a fallback model of another provider, so a limit on one key has somewhere to go.");
  if (reason === "billing") advice.push("Top up the account or switch the session to a profile of another account.");
  if (reason === "auth" || reason === "auth_permanent") advice.push("Replace the key (agentcfg auth add --profile-id <id> --token-stdin).");
  if (reason === "model_not_found") advice.push("Check the model id (agentcfg check flags unknown models).");
  return { ...base, profilesTried: tried, ...(mark !== undefined ? { mark } : {}), fallsBack: behaviour.fallsBack, steps, advice };
}
