/**
 * @fileoverview (2026.9) The implicit model allowlist becomes explicit. In 2026.4
 * the keys of `agents.defaults.models` are the only models `/model` and
 * session overrides may pick; since 2026.8 that restriction is
 * `agents.defaults.modelPolicy.allow`, and the `models` map only holds aliases
 * and settings. `openclaw doctor --fix` copies every key into `allow`, in
 * order, and records `meta.migrations.modelPolicyAllowlist: true`; so does
 * this. The `models` map stays as it is.
 *
 * Only when every key is a policy ref 2026.9 accepts: an exact
 * `provider/model`, a trailing prefix wildcard (`openai/*`,
 * `openrouter/anthropic/*`), an alias of the map, `openrouter:auto` or
 * `openrouter:free`. Otherwise 2026.9 keeps the legacy restriction and asks for
 * the policy by hand, and so does this (a manual step, nothing written).
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { arrayText, getAt, objectText, stringText, stuck } from "../helpers.js";
import type { ConfigMigration } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";
const DEFAULTS: JsonPath = ["agents", "defaults"];
const MODELS: JsonPath = [...DEFAULTS, "models"];
const NEW_HOME = "agents.defaults.modelPolicy.allow";
const COMPAT_SELECTORS = new Set(["openrouter:auto", "openrouter:free"]);

/** A path segment of a policy ref: not empty, no `*`, no white space or control characters. */
function plainSegment(segment: string): boolean {
  return segment.length > 0 && !segment.includes("*") && !/[\s\x00-\x1f\x7f]/.test(segment);
}

/** True when OpenClaw 2026.9 accepts `raw` in `modelPolicy.allow` (given the aliases of the map). */
export function isPolicyRef(raw: string, aliases: ReadonlySet<string>): boolean {
  const ref = raw.trim();
  if (aliases.has(ref.toLowerCase()) || COMPAT_SELECTORS.has(ref.toLowerCase())) return true;
  const segments = ref.split("/").map((s) => s.trim());
  if (segments.at(-1) === "*") return segments.length >= 2 && segments.slice(0, -1).every(plainSegment);
  return segments.length >= 2 && segments.every(plainSegment);
}

/** The keys that make the restriction, or undefined when there is nothing to migrate. */
function restriction(config: unknown): string[] | undefined {
  if (getAt(config, ["meta", "migrations", "modelPolicyAllowlist"]) === true) return undefined;
  if (isJsonObject(getAt(config, [...DEFAULTS, "modelPolicy"]))) return undefined;
  const models = getAt(config, MODELS);
  if (!isJsonObject(models)) return undefined;
  const refs = Object.keys(models).filter((key) => key.trim().length > 0);
  return refs.length > 0 ? refs : undefined;
}

export const modelPolicyAllow: ConfigMigration = {
  target: "config",
  id: "model-policy-allow",
  retiredIn: RETIRED_IN,
  description: "The keys of agents.defaults.models (an implicit allowlist) → agents.defaults.modelPolicy.allow (2026.9)",
  legacyPaths: [],
  detect(config) {
    if (!restriction(config)) return [];
    return [
      { code: "legacy/model-policy-allow", path: MODELS, skipSubtree: false, data: { key: formatPath(MODELS), newHome: NEW_HOME, retiredIn: RETIRED_IN } },
    ];
  },
  apply(editor) {
    const refs = restriction(editor.value)!;
    const models = getAt(editor.value, MODELS) as Record<string, unknown>;
    const aliases = new Set(
      Object.values(models).flatMap((entry) => (isJsonObject(entry) && typeof entry["alias"] === "string" ? [entry["alias"].trim().toLowerCase()] : [])),
    );
    const bad = refs.filter((ref) => !isPolicyRef(ref, aliases));
    if (bad.length > 0) {
      return stuck(
        editor,
        MODELS,
        NEW_HOME,
        `its keys restrict model overrides, but ${bad.map((r) => JSON.stringify(r)).join(", ")} ${bad.length === 1 ? "is" : "are"} not a provider/model ref, so OpenClaw 2026.9 keeps the legacy restriction. Set agents.defaults.modelPolicy.allow to the models overrides may use (provider/model refs, "provider/*"), or {} for any.`,
      );
    }
    const meta = getAt(editor.value, ["meta"]);
    const migrations = getAt(editor.value, ["meta", "migrations"]);
    if ((meta !== undefined && !isJsonObject(meta)) || (migrations !== undefined && !isJsonObject(migrations))) {
      return stuck(
        editor,
        ["meta"],
        "meta.migrations.modelPolicyAllowlist",
        "meta (or meta.migrations) is not an object, so the migration marker has nowhere to go.",
      );
    }
    editor.insertMember(
      DEFAULTS,
      "modelPolicy",
      objectText(editor, [
        [
          "allow",
          arrayText(
            editor,
            refs.map((ref) => stringText(editor, ref)),
          ),
        ],
      ]),
    );
    editor.insertMember(["meta", "migrations"], "modelPolicyAllowlist", "true");
    return {
      kind: "changed",
      change: { kind: "copied", count: refs.length, of: formatPath(MODELS), to: NEW_HOME, notes: ["and set meta.migrations.modelPolicyAllowlist"] },
    };
  },
};
