/**
 * @fileoverview The per-agent `auth-state.json` (OpenClaw's runtime routing
 * state: order overrides, last good profile, per-profile usage and cooldowns).
 * Every object is loose: the runtime adds fields over time (`blockedUntil`,
 * `lastProbeAt`, …) and a rewrite by agentcfg must keep them.
 */
import { z } from "zod";

/** Failure reasons OpenClaw records at the targeted release; newer runtimes add more, so any string is kept. */
export const KNOWN_FAILURE_REASONS = [
  "auth",
  "auth_permanent",
  "format",
  "overloaded",
  "rate_limit",
  "billing",
  "timeout",
  "model_not_found",
  "session_expired",
  "unknown",
] as const;

const reasonText = `Failure reason (${KNOWN_FAILURE_REASONS.join(", ")}; newer runtimes add others, which are kept).`;

function epochMs(title: string, description: string) {
  return z
    .number()
    .meta({ title, description: `${description} Milliseconds since the Unix epoch.` })
    .optional();
}

export const ProfileUsageStatsSchema = z
  .looseObject({
    lastUsed: epochMs("Last used", "When the profile last served a request successfully."),
    cooldownUntil: epochMs("Cooling down until", "The profile is skipped (moved to the back) until this time."),
    cooldownReason: z.string().meta({ title: "Cooldown reason", description: reasonText }).optional(),
    cooldownModel: z
      .string()
      .meta({
        title: "Cooldown model",
        description: "When set, the cooldown applies to this model only; other models may still use the profile.",
      })
      .optional(),
    disabledUntil: epochMs("Disabled until", "The profile is disabled (billing or permanent auth failure) until this time."),
    disabledReason: z.string().meta({ title: "Disabled reason", description: reasonText }).optional(),
    errorCount: z.number().int().nonnegative().meta({ title: "Error count", description: "Failures since the last success." }).optional(),
    failureCounts: z
      .record(z.string(), z.number().int().nonnegative())
      .meta({ title: "Failure counts", description: "Failures per reason within the failure window." })
      .optional(),
    lastFailureAt: epochMs("Last failure", "When the profile last failed."),
  })
  .meta({ title: "Profile usage", description: "Usage, cooldown and failure bookkeeping of one auth profile." });

export const AuthStateFileSchema = z
  .looseObject({
    version: z.literal(1).meta({ title: "Version", description: "Format version; OpenClaw writes 1." }).optional(),
    order: z
      .record(z.string(), z.array(z.string()))
      .meta({
        title: "Order override",
        description: "Per provider, the profile ids to try in order (set by `models auth order set`). Wins over the config's auth.order.",
      })
      .optional(),
    lastGood: z
      .record(z.string(), z.string())
      .meta({ title: "Last good profile", description: "Per provider, the profile that last succeeded (display and repair only)." })
      .optional(),
    usageStats: z
      .record(z.string(), ProfileUsageStatsSchema)
      .meta({ title: "Usage stats", description: "Per profile id, usage and cooldown bookkeeping." })
      .optional(),
  })
  .meta({ title: "Auth state", description: "Runtime auth routing state of one agent (auth-state.json)." });

// The types, written out apart from Zod (test/auth-store-types.test.ts holds them to the schemas).
export type { AuthStateFile, ProfileUsageStats } from "./auth-store-types.js";
