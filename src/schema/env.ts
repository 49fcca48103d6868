/**
 * @fileoverview The `env` section: environment variables for the gateway
 * process. Two keys are structured (`shellEnv`, `vars`); every other key is an
 * inline variable whose value must be a string, which is why this one object is
 * not strict but has a string catchall.
 */
import { z } from "zod";

export const ShellEnvSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .meta({
        title: "Import login-shell environment",
        description:
          "Read missing expected variables (API keys and the like) from your login shell at startup. " +
          "Default: off, unless the process environment sets OPENCLAW_LOAD_SHELL_ENV.",
      })
      .optional(),
    timeoutMs: z
      .number()
      .int()
      .nonnegative()
      .meta({
        title: "Shell probe timeout (ms)",
        description: "How long the login-shell probe may take, in milliseconds. Default: 15000.",
      })
      .optional(),
  })
  .meta({
    title: "Login-shell environment",
    description: "Import missing expected variables from your login shell when the gateway starts.",
  });

export const EnvSchema = z
  .object({
    shellEnv: ShellEnvSchema.optional(),
    vars: z
      .record(z.string(), z.string())
      .meta({
        title: "Environment variables",
        description: "Variables injected into the runtime environment, as name → value.",
      })
      .optional(),
  })
  .catchall(
    z.string().meta({
      title: "Inline environment variable",
      description:
        "Any other key is an environment variable (name → string value), e.g. MOONSHOT_API_KEY. " +
        "Used only when the process environment lacks it; values containing ${VAR} are skipped.",
    }),
  )
  .meta({
    title: "Environment",
    description:
      "Environment variables for the gateway process: import from your login shell (shellEnv), an explicit " +
      "map (vars), or any other key as an inline variable.",
  });

export type EnvConfig = z.input<typeof EnvSchema>;
