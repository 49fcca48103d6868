/**
 * @fileoverview The sentences of the failover simulator: for each profile, one plain
 * sentence on why it sits where it does and what OpenClaw will do with it; for each left-out
 * profile, why it is left out and what to do. The facts come from auth-order.ts; only the
 * wording lives here, so the data and the printers stay in step.
 */
import { confusableProviders, getProvider } from "../providers/index.js";
import type { ExclusionCode, ExclusionDetail, IgnoredWindow, UnusableWindow } from "./profile-status.js";
import { credentialKindWords, formatInstant, joinWords, ordinal, reasonErrorWords, reasonWords } from "./time-words.js";

/** Where the base list of profiles came from. */
export type AuthOrderSource = "state-override" | "config-order" | "config-profiles" | "store" | "none";

/** What every sentence about one provider's order needs to know. */
export interface OrderContext {
  provider: string;
  /** The key the list was found under (`auth.order.<key>`), as written. */
  sourceKey?: string;
  source: AuthOrderSource;
  now: number;
  /** `provider/model` of the model asked about, for the `/model …@profile` hint. */
  modelRef?: string;
}

/** "the order stored in auth-state.json", "auth.order.kimi in the config", … */
export function sourceWords(context: Pick<OrderContext, "source" | "sourceKey" | "provider">): string {
  const key = context.sourceKey ?? context.provider;
  switch (context.source) {
    case "state-override":
      return `the order stored in auth-state.json for ${key} (set with "models auth order set")`;
    case "config-order":
      return `auth.order.${key} in the config`;
    case "config-profiles":
      return `the config's auth.profiles for ${context.provider}`;
    case "store":
      return `the ${context.provider} profiles of the credential store (auth-profiles.json)`;
    case "none":
      return "nowhere: no profile is configured for this provider";
  }
}

/** How a profile came to sit where it sits. */
export type Placement =
  | { kind: "pin"; source: "user" | "auto" }
  | { kind: "explicit-order"; listedAt: number }
  | { kind: "moved-back"; listedAt?: number }
  | { kind: "round-robin"; type?: string; lastUsed: number };

/** The facts of one placed profile, for its sentence. */
export interface ProfileFacts {
  id: string;
  placement: Placement;
  blocking?: UnusableWindow;
  ignored?: IgnoredWindow;
  /** A user pin locks the session to another profile: this one is not tried. */
  lockedToOther?: string;
}

function positionClause(facts: ProfileFacts, context: OrderContext): string {
  const { id, placement } = facts;
  switch (placement.kind) {
    case "pin": {
      if (placement.source === "user") {
        const ref = context.modelRef ?? "…";
        return `${id} goes first because this session is pinned to it (/model ${ref}@${id})`;
      }
      return `${id} goes first because this session already picked it, and a session sticks to its profile`;
    }
    case "explicit-order":
      return `${id} is ${ordinal(placement.listedAt)} in ${sourceWords(context)}`;
    case "moved-back": {
      const listed = placement.listedAt !== undefined ? `${id} is ${ordinal(placement.listedAt)} in ${sourceWords(context)} but` : id;
      return `${listed} goes to the back, where profiles that cannot be used yet wait, the soonest free first`;
    }
    case "round-robin": {
      const used = placement.lastUsed > 0 ? `last used ${formatInstant(placement.lastUsed, context.now)}` : "never used";
      return (
        `${id} is ${credentialKindWords(placement.type)}, ${used}; with no explicit order OpenClaw tries ` +
        `OAuth logins, then tokens, then API keys, the least recently used first`
      );
    }
  }
}

function windowWords(window: UnusableWindow, context: OrderContext): string {
  const scope = window.model !== undefined ? ` on ${window.model} only` : "";
  const verb = window.kind === "disabled" ? "disabled" : "cooling down";
  return `${verb} until ${formatInstant(window.until, context.now)} after ${reasonWords(window.reason)}${scope}`;
}

function statusClause(facts: ProfileFacts, context: OrderContext): string {
  const { blocking, ignored } = facts;
  if (blocking) {
    const state = `it is ${windowWords(blocking, context)}`;
    if (facts.placement.kind === "pin" && facts.placement.source === "user") {
      return (
        `${state}, so OpenClaw still sends every request of this session with it (a pin set with /model is not ` +
        `rotated) and you get ${reasonErrorWords(blocking.reason)} until then; start a new session (/new) or pin a ready profile`
      );
    }
    if (facts.placement.kind === "pin") return `${state}, so OpenClaw drops this automatic pin and the session moves on to the next ready profile`;
    return `${state}, so OpenClaw skips it until then`;
  }
  let state = "it is ready";
  if (ignored?.because === "other-model") {
    state = `it is ready for this model: its cooldown until ${formatInstant(ignored.until, context.now)} after ${reasonWords(ignored.reason)} applies to ${ignored.model ?? "another model"} only`;
  } else if (ignored?.because === "exempt-provider") {
    state = `it is ready: ${context.provider} manages its own rate limits, so OpenClaw ignores that it is recorded as ${windowWords(ignored, context)}`;
  }
  if (facts.lockedToOther !== undefined) {
    return `${state}, but this session is pinned to ${facts.lockedToOther}, so OpenClaw does not try it until that pin is gone (/new)`;
  }
  return state;
}

/** One sentence: where the profile sits and why; its state; what OpenClaw will do. */
export function profileWhy(facts: ProfileFacts, context: OrderContext): string {
  return `${positionClause(facts, context)}; ${statusClause(facts, context)}.`;
}

/** One sentence on why a listed profile is left out, and what to do about it. */
export function exclusionWhy(id: string, code: ExclusionCode, detail: ExclusionDetail, context: OrderContext): string {
  const listed = `${id} is listed in ${sourceWords(context)}`;
  switch (code) {
    case "profile_missing":
      return detail.droppedOnLoad
        ? `${listed}, but its entry in auth-profiles.json has no valid type or no provider, so OpenClaw drops it when loading; re-add the credential.`
        : `${listed}, but auth-profiles.json has no credential for it, so OpenClaw skips it; add one with "agentcfg auth add --profile-id ${id}" or remove it from the list.`;
    case "provider_mismatch": {
      const where = detail.providerFrom === "config" ? "the config's auth.profiles" : "auth-profiles.json";
      const actual = detail.actualProvider ?? "another provider";
      const confusion = detail.actualProvider !== undefined ? confusableProviders(detail.actualProvider, context.provider) : undefined;
      return (
        `${listed}, but ${where} says it is a ${actual} profile, not ${context.provider}, so OpenClaw never uses it for ${context.provider}.` +
        (confusion !== undefined ? ` ${confusion}` : "")
      );
    }
    case "mode_mismatch":
      return (
        `${listed}, but the config declares it as ${detail.configuredMode ?? "?"} while auth-profiles.json holds ` +
        `${credentialKindWords(detail.storedType)}, so OpenClaw skips it; make auth.profiles["${id}"].mode match the stored credential.`
      );
    case "missing_credential":
      return `${listed}, but its ${detail.storedType ?? "credential"} entry in auth-profiles.json is empty, so OpenClaw skips it; store the credential again.`;
    case "invalid_expires":
      return `${listed}, but its token has an invalid "expires" (it must be a positive millisecond timestamp), so OpenClaw skips it.`;
    case "expired":
      return `${listed}, but its token expired ${detail.expires !== undefined ? formatInstant(detail.expires, context.now) : "already"}, so OpenClaw skips it; paste a new token.`;
  }
}

/** The env vars OpenClaw reads a provider's key from, for the "no profiles" note. */
export function envFallbackWords(provider: string): string {
  const vars = getProvider(provider)?.envVars ?? [];
  const envPart = vars.length > 0 ? `an API key from ${joinWords(vars.map((v) => `$${v}`))}` : "an API key from the environment";
  return `${envPart} or models.providers.${provider}.apiKey`;
}
