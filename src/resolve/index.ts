/**
 * @fileoverview Public surface of the resolve stage: the failover simulator (auth profile
 * order with the reason for each position, and the whole failover plan of an agent).
 * Re-exports only.
 */

export type {
  AuthConfigHolder,
  AuthConfigLike,
  AuthProfileConfigLike,
  AuthStateLike,
  AuthStoreLike,
  CredentialLike,
  SessionPinLike,
  UsageStatsLike,
} from "./auth-inputs.js";
export type { AuthOrder, AuthOrderSource, ExcludedProfile, OrderedProfile, ProfileStatus, ResolveAuthOrderInput } from "./auth-order.js";
export { resolveAuthOrder } from "./auth-order.js";
export type { ExclusionCode, IgnoredWindow, UnusableWindow } from "./profile-status.js";
export { COOLDOWN_EXEMPT_PROVIDERS, isCooldownExemptProvider } from "./profile-status.js";
export { formatInstant, formatRelative, formatUtc } from "./time-words.js";
export type { ExplainConfigLike, ExplainInput, ExplainPlan, FirstAttempt, ModelRole, PlanPin, PlannedModel, RotationLimits } from "./explain.js";
export { explain } from "./explain.js";
export type { ExplainFormatOptions } from "./explain-format.js";
export { formatExplainPlan } from "./explain-format.js";
export { DEFAULT_PROFILE_ROTATIONS } from "./explain-why.js";
