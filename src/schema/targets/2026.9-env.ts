/**
 * @fileoverview `env` as OpenClaw 2026.9 reads it: only `shellEnv` and `vars`.
 * The inline variables 2026.4 took from any other key (`env: {FOO: "1"}`) are
 * refused ("Unrecognized key"); they belong in `env.vars`.
 */
import { z } from "zod";
import { ShellEnvSchema } from "../env.js";

export const EnvSchema9 = z
  .strictObject({
    shellEnv: ShellEnvSchema.optional(),
    vars: z
      .record(z.string(), z.string())
      .meta({ title: "Environment variables", description: "Variables injected into the runtime environment, as name → value." })
      .optional(),
  })
  .meta({
    title: "Environment",
    description: "Environment variables for the gateway process: import from your login shell (shellEnv), or an explicit map (vars).",
  });
