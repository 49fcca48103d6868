/**
 * @fileoverview (2026.9) Variables written directly in `env`
 * (`env: { OPENAI_API_KEY: "…" }`, which 2026.4 accepts beside `vars` and
 * `shellEnv`) move into `env.vars`, where both releases read them. 2026.9
 * refuses them (`Unrecognized key: "OPENAI_API_KEY"` at `env`). One variable
 * per step, its comments with it; the same name already in `env.vars` with
 * another value is a conflict.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { getAt, moveTo, stuck } from "../helpers.js";
import type { ConfigMigration, LegacyFinding } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";
/** The members `env` keeps in 2026.9. */
const ENV_SECTIONS = new Set(["vars", "shellEnv"]);

function inlineKeys(config: unknown): string[] {
  const env = getAt(config, ["env"]);
  return isJsonObject(env) ? Object.keys(env).filter((key) => !ENV_SECTIONS.has(key)) : [];
}

export const envInlineVars: ConfigMigration = {
  target: "config",
  id: "env-inline-vars",
  retiredIn: RETIRED_IN,
  description: "env.<NAME> (a variable written directly in env) → env.vars.<NAME> (2026.9)",
  legacyPaths: [],
  detect(config) {
    return inlineKeys(config).map((key): LegacyFinding => {
      const path: JsonPath = ["env", key];
      return {
        code: "legacy/env-inline-vars",
        path,
        skipSubtree: false,
        data: { key: formatPath(path), newHome: formatPath(["env", "vars", key]), retiredIn: RETIRED_IN },
      };
    });
  },
  apply(editor) {
    const keys = inlineKeys(editor.value);
    const movable = keys.find((key) => typeof getAt(editor.value, ["env", key]) === "string");
    if (movable !== undefined) return moveTo(editor, ["env", movable], ["env", "vars"], movable);
    // What is left is not a string: env.vars holds only strings, so a person decides.
    const reason = "its value is not a string, and env.vars holds only strings. Write the value as a string in env.vars, or remove it.";
    return {
      kind: "stuck",
      manual: keys.flatMap((key) => {
        const r = stuck(editor, ["env", key], formatPath(["env", "vars", key]), reason);
        return r.kind === "stuck" ? r.manual : [];
      }),
    };
  },
};
