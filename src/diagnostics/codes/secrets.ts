/**
 * @fileoverview Codes about secrets written where they should not be.
 */
import { defineCode, q } from "../define.js";

export const secretsCodes = {
  "secrets/inline-key": defineCode<{ where: string }>({
    severity: "warning",
    doc: "A literal secret in `apiKey`, `headers` or `env` rather than a `${VAR}` reference or a SecretRef; the value is never printed.",
    message: (d) => `A literal secret is written at ${d.where}; anyone who can read this file can use it.`,
    hint: () => 'Move it to the environment and write "${VARIABLE_NAME}", or use a SecretRef ({ source: "env", provider: "default", id: "VARIABLE_NAME" }).',
  }),
  "secrets/exec-command-relative": defineCode<{ provider: string; command: string }>({
    severity: "error",
    doc: "An `exec` secrets provider whose `command` is not an absolute path; both releases refuse the file.",
    message: (d) =>
      `The command of the exec secrets provider ${q(d.provider)} is ${q(d.command)}, not an absolute path; OpenClaw refuses the file (a program looked up on PATH could be any that comes first).`,
    hint: (d) => `Write its absolute path (\`command -v ${d.command}\` prints it).`,
  }),
  "secrets/web-search-key-moved": defineCode<{ release: string }>({
    severity: "error",
    doc: "`tools.web.search.apiKey` in a file judged by a release that moved web search into its plugins (2026.9 refuses the key there).",
    message: (d) => `tools.web.search.apiKey is the legacy web search config; OpenClaw ${d.release} refuses it (the key belongs to the search plugin).`,
    hint: () => "Move the key to plugins.entries.<plugin>.config.webSearch (the plugin of your search provider), and remove tools.web.search.apiKey.",
  }),
} as const;
