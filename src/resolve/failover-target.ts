/**
 * @fileoverview The OpenClaw releases whose failover behaviour agentcfg models, and the
 * reasons their classifiers give an error. One small type on purpose: when the shared
 * target concept (check --target) lands, this union is replaced by it.
 */

/** An OpenClaw release line: 2026.4 (auth-state.json era) or 2026.9 (SQLite state). */
export type FailoverTarget = "2026.4" | "2026.9";

export const FAILOVER_TARGETS: readonly FailoverTarget[] = ["2026.4", "2026.9"];

/** The newest release is the default, as everywhere in agentcfg. */
export const DEFAULT_FAILOVER_TARGET: FailoverTarget = "2026.9";

/** The exact version each target's facts were recorded from. */
export const FAILOVER_TARGET_VERSIONS: Readonly<Record<FailoverTarget, string>> = { "2026.4": "2026.4.12", "2026.9": "2026.9.6" };

export function isFailoverTarget(value: unknown): value is FailoverTarget {
  return value === "2026.4" || value === "2026.9";
}

/**
 * What OpenClaw's `classifyFailoverReason` returns for an error text. `context_overflow`
 * is returned by 2026.9 only (2026.4 sees the overflow but reports no failover reason);
 * `server_error` and `no_error_details` are 2026.9's.
 */
export type FailoverReason =
  | "rate_limit"
  | "overloaded"
  | "billing"
  | "auth"
  | "auth_permanent"
  | "timeout"
  | "server_error"
  | "format"
  | "model_not_found"
  | "session_expired"
  | "context_overflow"
  | "no_error_details";
