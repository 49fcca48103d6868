/**
 * @fileoverview Codes of `${VAR}` references: OpenClaw substitutes them from
 * the environment when it loads the config. Messages name the variable,
 * never its value.
 */
import { defineCode, q } from "../define.js";

export const envCodes = {
  "env/unset-variable": defineCode<{ name: string; empty: boolean }>({
    severity: "warning",
    doc: "With `--env-check`: a `${VAR}` names a variable that is unset or empty here and not set in the config's `env`; OpenClaw refuses to load such a config.",
    message: (d) =>
      `\${${d.name}} refers to ${d.empty ? "an empty" : "an unset"} environment variable ${q(d.name)}; OpenClaw refuses to load a config with a missing variable.`,
    hint: (d) => `Export ${d.name} where OpenClaw runs, or set it under \`env\` in the config; write $\${${d.name}} for a literal "\${${d.name}}".`,
  }),
  "env/invalid-reference": defineCode<{ raw: string; suggestion: string | undefined }>({
    severity: "warning",
    doc: "A `${…}` that OpenClaw leaves as literal text, because only names of the form `[A-Z_][A-Z0-9_]*` are substituted.",
    message: (d) => `${q(d.raw)} is not substituted: OpenClaw only replaces \${NAME} with NAME in upper case, digits and underscores.`,
    hint: (d) =>
      d.suggestion
        ? `Write \${${d.suggestion}} to use the environment variable ${d.suggestion}; defaults such as \${VAR:-x} are not supported.`
        : "OpenClaw keeps this text as written; if you meant an environment variable, name it in upper case, digits and underscores.",
  }),
} as const;
