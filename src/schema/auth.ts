/**
 * @fileoverview The `auth` section: which provider and credential kind each
 * auth profile is, the per-provider order profiles are tried in, and cooldown
 * tuning. Only metadata: the credentials themselves live in each agent's
 * auth-profiles.json, so a profile entry with a `key` is an unknown key here.
 */
import { z } from "zod";
import { describedEnum } from "./described-enum.js";

export const AuthProfileModeSchema = describedEnum(
  {
    api_key: "A static API key.",
    oauth: "OAuth credentials that OpenClaw refreshes.",
    token: "A static bearer token (not refreshed).",
  },
  {
    title: "Credential kind",
    description:
      "Kind of credential the auth store must hold for this profile. Spelt api_key with an underscore " + "(models.providers.*.auth spells it api-key).",
  },
);

export const AuthProfileSchema = z
  .strictObject({
    provider: z.string().meta({
      title: "Provider",
      description: "Provider id this profile authenticates, e.g. anthropic, openai-codex, kimi.",
    }),
    mode: AuthProfileModeSchema,
    email: z.string().meta({ title: "Email", description: "Account email shown for the profile." }).optional(),
    displayName: z.string().meta({ title: "Display name", description: "Human-readable label for the profile." }).optional(),
  })
  .meta({
    title: "Auth profile",
    description: "Which provider a profile id belongs to and what kind of credential it uses. No secrets here.",
  });

/** "number > 0" in the reference: zero or a negative value is an error. */
function positiveNumber(title: string, description: string) {
  return z.number().positive().meta({ title, description }).optional();
}

/** "int >= 0" in the reference. */
function nonNegativeInteger(title: string, description: string) {
  return z.number().int().nonnegative().meta({ title, description }).optional();
}

export const AuthCooldownsSchema = z
  .strictObject({
    billingBackoffHours: positiveNumber("Billing backoff (hours)", "Base backoff after a billing or insufficient-credit failure, in hours. Default: 5."),
    billingBackoffHoursByProvider: z
      .record(z.string(), z.number().positive().meta({ title: "Billing backoff (hours)", description: "Billing backoff for this provider, in hours." }))
      .meta({
        title: "Billing backoff per provider (hours)",
        description: "Billing backoff in hours for particular providers (provider id → hours), overriding the base.",
      })
      .optional(),
    billingMaxHours: positiveNumber("Billing backoff cap (hours)", "Upper bound of the growing billing backoff, in hours. Default: 24."),
    authPermanentBackoffMinutes: positiveNumber(
      "Auth failure backoff (minutes)",
      "Base backoff after a permanent authentication failure, in minutes. Default: 10.",
    ),
    authPermanentMaxMinutes: positiveNumber("Auth failure backoff cap (minutes)", "Upper bound of the permanent-auth backoff, in minutes. Default: 60."),
    failureWindowHours: positiveNumber(
      "Failure window (hours)",
      "Rolling window for failure counters, in hours; counters reset when no failure happens within it. Default: 24.",
    ),
    overloadedProfileRotations: nonNegativeInteger(
      "Profile rotations on overload",
      "How many other profiles of the same provider to try on an overload error before falling back to the " + "next model. Default: 1.",
    ),
    overloadedBackoffMs: nonNegativeInteger("Overload retry wait (ms)", "Fixed wait before retrying after an overload rotation, in milliseconds. Default: 0."),
    rateLimitedProfileRotations: nonNegativeInteger(
      "Profile rotations on rate limit",
      "How many other profiles of the same provider to try on a rate-limit error before falling back to the " + "next model. Default: 1.",
    ),
  })
  .meta({
    title: "Cooldowns",
    description: "Backoff after billing, auth, overload and rate-limit failures. Absent values use the defaults shown.",
  });

export const AuthSchema = z
  .strictObject({
    profiles: z
      .record(z.string(), AuthProfileSchema)
      .meta({
        title: "Auth profiles",
        description:
          'Auth profiles keyed by profile id (by convention "<provider>:<name>", e.g. anthropic:default), ' + "each naming its provider and credential kind.",
      })
      .optional(),
    order: z
      .record(
        z.string(),
        z
          .array(z.string().meta({ title: "Auth profile id", description: "A profile id from auth.profiles, e.g. kimi:default." }))
          .meta({ title: "Profile order", description: "This provider's profile ids, in the order they are tried." }),
      )
      .meta({
        title: "Auth profile order",
        description:
          "Per provider, the profile ids to try in order for failover and rotation. An empty list selects no " +
          "profiles. An order stored in the agent's auth-state.json takes precedence over this one.",
      })
      .optional(),
    cooldowns: AuthCooldownsSchema.optional(),
  })
  .meta({
    title: "Auth",
    description:
      "Auth profile metadata, the order profiles are tried in per provider, and cooldown tuning. Credentials " +
      "live in each agent's auth-profiles.json, never in this file.",
  });

export type AuthProfile = z.input<typeof AuthProfileSchema>;
export type AuthConfig = z.input<typeof AuthSchema>;
