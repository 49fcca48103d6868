/**
 * @fileoverview The failover plan of one agent, offline: the models it tries in order (the
 * requested model or the primary, then the fallbacks), and for each its provider, where the
 * profile order comes from, the profiles in the order they will be tried with their status
 * and why, and what a rate limit does (OpenClaw rotates to a limited number of other
 * profiles of the same provider, then moves to the next model). Data only; explain-format.ts
 * prints it.
 */
import { OPENCLAW_DEFAULT_MODEL, OPENCLAW_DEFAULT_PROVIDER, formatModelRef, resolveModelRefString, splitTrailingAuthProfile } from "../providers/index.js";
import type { AuthConfigHolder, AuthStateLike, AuthStoreLike, SessionPinLike } from "./auth-inputs.js";
import { resolveAuthOrder, type AuthOrder } from "./auth-order.js";
import { firstAttemptOf, planNotes, rateLimitSentence, readRotationLimits, summarySentence, type FirstAttempt, type RotationLimits } from "./explain-why.js";
import { chainOfKind, resolveModelChains, type ChainEntry } from "./model-chains.js";
import { readConfigView } from "./config-view.js";
import type { TargetId } from "../schema/targets/ids.js";
import { asJsonObject } from "../json-object.js";

export type { FirstAttempt, RotationLimits } from "./explain-why.js";

/** The config as `explain` reads it: `auth`, plus `agents` and `models` for the model chain. */
export type ExplainConfigLike = AuthConfigHolder & { agents?: unknown; models?: unknown };

export interface ExplainInput {
  config: ExplainConfigLike | undefined;
  /** The release the config is read as (where its agents are); default 2026.4. */
  target?: TargetId | undefined;
  /** Agent id; default: the default agent (first with `default: true`, else the first, else `main`). */
  agentId?: string | undefined;
  /** A model the session asked for (`/model ref[@profile]`); it is tried first, the primary last. */
  model?: string | undefined;
  state?: AuthStateLike | undefined;
  store?: AuthStoreLike | undefined;
  /** The instant to simulate, ms epoch; default: now. */
  now?: number | undefined;
  /** Session pin; wins over a `@profile` on `model`. */
  pin?: string | SessionPinLike | undefined;
}

export type ModelRole = "requested" | "primary" | "fallback";

export interface PlannedModel {
  /** 1-based place in the chain. */
  position: number;
  role: ModelRole;
  /** Canonical `provider/model`. */
  ref: string;
  /** As written in the config (or on the command line). */
  written: string;
  provider: string;
  model: string;
  /** The profile order for this model, with the reason for each position. */
  auth: AuthOrder;
  /** What a rate limit on this model leads to. */
  onRateLimit: string;
}

export interface PlanPin {
  profile: string;
  source: "user" | "auto";
  /** Given as an option, or as the `@profile` of the requested model. */
  from: "option" | "model-ref";
}

export interface ExplainPlan {
  agentId: string;
  /** False when the agent is not in `agents.list` and the defaults were used. */
  agentFound: boolean;
  now: number;
  pin?: PlanPin;
  rotations: RotationLimits;
  models: PlannedModel[];
  /** Refs in the chain that are not refs at all (empty, or an empty side of `/`). */
  invalidRefs: string[];
  /** Which model and profile the next request goes to, if it can be known offline. */
  firstAttempt?: FirstAttempt;
  /** One sentence: what happens on the next request. */
  summary: string;
  notes: string[];
}

interface ChainItem {
  role: ModelRole;
  written: string;
  ref: { provider: string; model: string } | null;
}

function normalizeAgentId(id: string): string {
  return id.trim().toLowerCase();
}

/** The chain of models to try: the requested model, the fallbacks (deduplicated), the primary when it was overridden. */
function modelChain(config: ExplainConfigLike | undefined, agentId: string | undefined, requested: string | undefined, target: TargetId = "2026.4") {
  const chains = resolveModelChains(config, readConfigView(config, target));
  const wanted = agentId !== undefined ? normalizeAgentId(agentId) : undefined;
  const agent = wanted !== undefined ? chains.agents.find((a) => normalizeAgentId(a.agentId) === wanted) : chains.agents.find((a) => a.isDefault);
  const chain = chainOfKind(agent?.chains ?? chains.defaults, "model");
  const notes: string[] = [];
  if (wanted !== undefined && agent === undefined) notes.push(`Agent "${agentId}" is not among the agents of the config, so the plan uses agents.defaults.`);

  const asItem = (role: ModelRole, entry: ChainEntry): ChainItem => ({
    role,
    written: entry.raw,
    ref: entry.ref ? { provider: entry.ref.provider, model: entry.ref.model } : null,
  });
  let primary: ChainItem;
  if (chain?.primary) primary = asItem("primary", chain.primary);
  else {
    primary = {
      role: "primary",
      written: `${OPENCLAW_DEFAULT_PROVIDER}/${OPENCLAW_DEFAULT_MODEL}`,
      ref: { provider: OPENCLAW_DEFAULT_PROVIDER, model: OPENCLAW_DEFAULT_MODEL },
    };
    notes.push(`No primary model is set, so OpenClaw uses its built-in default, ${OPENCLAW_DEFAULT_PROVIDER}/${OPENCLAW_DEFAULT_MODEL}.`);
  }
  const items: ChainItem[] = [];
  let requestedProfile: string | undefined;
  if (requested !== undefined) {
    const resolved = resolveModelRefString(requested, chains.context);
    requestedProfile = resolved?.ref.profile ?? splitTrailingAuthProfile(requested).profile;
    items.push({ role: "requested", written: requested, ref: resolved ? { provider: resolved.ref.provider, model: resolved.ref.model } : null });
  } else {
    items.push(primary);
  }
  for (const fallback of chain?.fallbacks ?? []) items.push(asItem("fallback", fallback));
  if (requested !== undefined) items.push(primary);

  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = item.ref ? `${item.ref.provider}/${item.ref.model}` : `invalid:${item.written}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { agentId: agent?.agentId ?? agentId ?? "main", agentFound: agent !== undefined, items: unique, requestedProfile, notes };
}

function normalizePlanPin(pin: ExplainInput["pin"], requestedProfile: string | undefined): PlanPin | undefined {
  if (pin !== undefined) {
    const profile = (typeof pin === "string" ? pin : pin.profile).trim();
    if (profile.length > 0) return { profile, source: typeof pin === "string" ? "user" : (pin.source ?? "user"), from: "option" };
  }
  return requestedProfile !== undefined ? { profile: requestedProfile, source: "user", from: "model-ref" } : undefined;
}

/** The whole failover plan of an agent: its model chain, and for each model the profile order and what a rate limit does. */
export function explain(input: ExplainInput): ExplainPlan {
  const now = input.now ?? Date.now();
  const chain = modelChain(input.config, input.agentId, input.model, input.target);
  const pin = normalizePlanPin(input.pin, chain.requestedProfile);
  const rotations = readRotationLimits(asJsonObject(asJsonObject(input.config?.auth)?.["cooldowns"]));
  const valid = chain.items.filter((item): item is ChainItem & { ref: { provider: string; model: string } } => item.ref !== null);
  const invalidRefs = chain.items.filter((item) => item.ref === null).map((item) => item.written);

  const orders = valid.map((item) =>
    resolveAuthOrder({
      config: input.config,
      provider: item.ref.provider,
      state: input.state,
      store: input.store,
      now,
      model: item.ref.model,
      ...(pin !== undefined ? { pin: { profile: pin.profile, source: pin.source } } : {}),
    }),
  );
  const models: PlannedModel[] = valid.map((item, index) => {
    const ref = formatModelRef(item.ref);
    const auth = orders[index] as AuthOrder;
    const next = valid[index + 1];
    return {
      position: index + 1,
      role: item.role,
      ref,
      written: item.written,
      provider: item.ref.provider,
      model: item.ref.model,
      auth,
      onRateLimit: rateLimitSentence({ auth, ref, next: next ? formatModelRef(next.ref) : undefined, hasFallbacks: valid.length > 1, rotations, now }),
    };
  });

  const firstAttempt = firstAttemptOf(models);
  return {
    agentId: chain.agentId,
    agentFound: chain.agentFound,
    now,
    ...(pin !== undefined ? { pin } : {}),
    rotations,
    models,
    invalidRefs,
    ...(firstAttempt !== undefined ? { firstAttempt } : {}),
    summary: summarySentence(firstAttempt, models, now),
    notes: [...chain.notes, ...planNotes({ models, rotations, pin, invalidRefs })],
  };
}
