/**
 * @fileoverview The plain types of OpenClaw's per-agent stores
 * (src/schema/auth-store-types.ts) are exactly what Zod infers from their
 * schemas. These are type assertions: `npm run typecheck` fails when a schema
 * and its written-out type drift apart; the test run only confirms they ran.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { AuthProfilesFileSchema, StoredCredentialSchema } from "../src/schema/auth-profiles.js";
import type { AuthStateFileSchema, ProfileUsageStatsSchema } from "../src/schema/auth-state.js";
import type { AuthProfilesFile, AuthStateFile, ProfileUsageStats, StoredCredential } from "../src/schema/auth-store-types.js";

describe("the auth store types", () => {
  it("equal the types inferred from the schemas", () => {
    expectTypeOf<ProfileUsageStats>().toEqualTypeOf<z.infer<typeof ProfileUsageStatsSchema>>();
    expectTypeOf<AuthStateFile>().toEqualTypeOf<z.infer<typeof AuthStateFileSchema>>();
    expectTypeOf<StoredCredential>().toEqualTypeOf<z.infer<typeof StoredCredentialSchema>>();
    expectTypeOf<AuthProfilesFile>().toEqualTypeOf<z.infer<typeof AuthProfilesFileSchema>>();
    // The check can fail: a field of the wrong type is not equal.
    expectTypeOf<AuthStateFile>().not.toEqualTypeOf<Omit<AuthStateFile, "version"> & { version?: 2 }>();
  });
});
