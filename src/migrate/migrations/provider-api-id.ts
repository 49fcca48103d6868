/**
 * @fileoverview (2026.9) The API adapter id `openai-codex-responses` of a custom
 * provider (`models.providers.<id>.api`, and a model's own `api` in its
 * `models[]`) is now `openai-chatgpt-responses`. 2026.9 refuses the old id
 * with exactly that advice ("is a removed api id; use
 * \"openai-chatgpt-responses\""). Only the text inside the quotes changes.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { getAt } from "../helpers.js";
import type { ConfigMigration, LegacyFinding } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";
const OLD = "openai-codex-responses";
const NEW = "openai-chatgpt-responses";

function sites(config: unknown): JsonPath[] {
  const providers = getAt(config, ["models", "providers"]);
  if (!isJsonObject(providers)) return [];
  const out: JsonPath[] = [];
  for (const [id, provider] of Object.entries(providers)) {
    if (!isJsonObject(provider)) continue;
    if (provider["api"] === OLD) out.push(["models", "providers", id, "api"]);
    const models = provider["models"];
    if (Array.isArray(models))
      models.forEach((model, i) => isJsonObject(model) && model["api"] === OLD && out.push(["models", "providers", id, "models", i, "api"]));
  }
  return out;
}

export const providerApiId: ConfigMigration = {
  target: "config",
  id: "provider-api-id",
  retiredIn: RETIRED_IN,
  description: 'models.providers.<id>.api (and a model\'s api) "openai-codex-responses" → "openai-chatgpt-responses" (2026.9)',
  legacyPaths: [],
  detect(config) {
    return sites(config).map(
      (path): LegacyFinding => ({
        code: "legacy/provider-api-id",
        path,
        skipSubtree: false,
        data: { key: formatPath(path), newHome: JSON.stringify(NEW), retiredIn: RETIRED_IN },
      }),
    );
  },
  apply(editor) {
    const path = sites(editor.value)[0]!;
    const raw = editor.raw(path);
    // Written plainly (no escapes): replace the text between the quotes, keeping them; else the whole literal.
    if (raw.slice(1, -1) === OLD) editor.replaceInValue(path, 1, raw.length - 1, NEW);
    else editor.replaceValue(path, `${raw[0] === "'" ? "'" : '"'}${NEW}${raw[0] === "'" ? "'" : '"'}`);
    return { kind: "changed", change: { kind: "value-changed", at: formatPath(path), from: OLD, to: NEW } };
  },
};
