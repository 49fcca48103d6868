/**
 * @fileoverview The per-agent credential store `auth-profiles.json`:
 * `{version, profiles: {id: credential}}`. The file as a whole is checked here;
 * each credential is read leniently (as OpenClaw does: `mode` for `type`,
 * `apiKey` for `key`, an object `key`/`token` as a reference) and then checked
 * against `StoredCredentialSchema`. Objects are loose so runtime fields survive.
 */
import { z } from "zod";
import { ProfileUsageStatsSchema } from "./auth-state.js";

const secretRef = z.looseObject({}).meta({ title: "Secret reference", description: "Where to read the secret from." });
const text = (title: string, description: string) => z.string().meta({ title, description }).optional();

const common = {
  provider: z.string().min(1).meta({ title: "Provider", description: "Provider id the credential authenticates." }),
  email: text("Email", "Account email shown for the profile."),
  displayName: text("Display name", "Human-readable label for the profile."),
};

export const ApiKeyCredentialSchema = z.looseObject({
  type: z.literal("api_key"),
  ...common,
  key: text("API key", "The key itself (secret)."),
  keyRef: secretRef.optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});

export const TokenCredentialSchema = z.looseObject({
  type: z.literal("token"),
  ...common,
  token: text("Token", "The bearer token itself (secret)."),
  tokenRef: secretRef.optional(),
  expires: z.number().meta({ title: "Expires", description: "Expiry, milliseconds since the Unix epoch." }).optional(),
});

export const OAuthCredentialSchema = z.looseObject({
  type: z.literal("oauth"),
  ...common,
  access: z.string(),
  refresh: z.string(),
  expires: z.number(),
  enterpriseUrl: z.string().optional(),
  projectId: z.string().optional(),
  accountId: z.string().optional(),
  clientId: z.string().optional(),
  managedBy: z.string().optional(),
});

export const StoredCredentialSchema = z.discriminatedUnion("type", [ApiKeyCredentialSchema, TokenCredentialSchema, OAuthCredentialSchema]);

/** Credential kinds, ordered as OpenClaw's round-robin ranks them (oauth first). */
export const CREDENTIAL_TYPES = ["oauth", "token", "api_key"] as const;

/**
 * The file's shape. `profiles` entries are checked one by one (a bad entry is
 * dropped with a warning, not a reason to refuse the file). `order`, `lastGood`
 * and `usageStats` are the legacy inline state of files written before
 * auth-state.json existed.
 */
export const AuthProfilesFileSchema = z.looseObject({
  version: z.number().int().positive().optional(),
  profiles: z.record(z.string(), z.unknown()).optional(),
  order: z.record(z.string(), z.array(z.string())).optional(),
  lastGood: z.record(z.string(), z.string()).optional(),
  usageStats: z.record(z.string(), ProfileUsageStatsSchema).optional(),
});

// The types, written out apart from Zod (test/auth-store-types.test.ts holds them to the schemas).
export type { AuthProfilesFile, StoredCredential } from "./auth-store-types.js";
