/**
 * @fileoverview Codes about secrets written where they should not be.
 */
import { defineCode } from "../define.js";

export const secretsCodes = {
  "secrets/inline-key": defineCode<{ where: string }>({
    severity: "warning",
    doc: "A literal secret in `apiKey`, `headers` or `env` rather than a `${VAR}` reference or a SecretRef; the value is never printed.",
    message: (d) => `A literal secret is written at ${d.where}; anyone who can read this file can use it.`,
    hint: () => 'Move it to the environment and write "${VARIABLE_NAME}", or use a SecretRef ({ source: "env", provider: "default", id: "VARIABLE_NAME" }).',
  }),
} as const;
