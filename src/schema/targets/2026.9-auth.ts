/**
 * @fileoverview `auth` and `meta` as OpenClaw 2026.9 reads them: auth loses
 * `cooldowns` (backoff is built in) and gains the `aws-sdk` credential kind;
 * meta loses `lastTouchedAt` and gains `migrations`, the one-shot rewrites
 * 2026.9 has applied to the file.
 */
import { z } from "zod";
import { AuthProfileSchema, AuthSchema } from "../auth.js";
import { ConfigMetaSchema } from "../config.js";
import { describedEnum } from "../described-enum.js";

export const AuthProfileModeSchema9 = describedEnum(
  {
    api_key: "A static API key.",
    "aws-sdk": "Credentials from the AWS SDK chain (environment, profile, instance role).",
    oauth: "OAuth credentials that OpenClaw refreshes.",
    token: "A static bearer token (not refreshed).",
  },
  { title: "Credential kind", description: "Kind of credential the auth store must hold for this profile." },
);

export const AuthSchema9 = AuthSchema.omit({ cooldowns: true })
  .extend({
    profiles: z
      .record(z.string(), AuthProfileSchema.extend({ mode: AuthProfileModeSchema9 }))
      .meta({ title: "Auth profiles", description: 'Auth profiles keyed by profile id ("<provider>:<name>"), each naming its provider and credential kind.' })
      .optional(),
  })
  .meta({
    title: "Auth",
    description:
      "Auth profile metadata and the order profiles are tried in per provider. Credentials live in the agent's credential store, never in this file.",
  });

const migrationDone = (title: string) => z.literal(true).meta({ title, description: "Set by OpenClaw once it has applied this rewrite." }).optional();

export const ConfigMetaSchema9 = ConfigMetaSchema.omit({ lastTouchedAt: true })
  .extend({
    migrations: z
      .strictObject({
        modelPolicyAllowlist: migrationDone("Model policy allowlist migrated"),
        utilityModelSeparation: migrationDone("Utility model separated"),
      })
      .meta({ title: "Applied migrations", description: "One-shot rewrites OpenClaw 2026.9 has applied to this file (set automatically)." })
      .optional(),
  })
  .meta({
    title: "Write bookkeeping",
    description: "Written by OpenClaw about this file (the version that last wrote it, the rewrites applied); not for manual edits.",
  });
