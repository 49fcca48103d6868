/**
 * @fileoverview Completion values that come from the file itself, not the
 * schema: inside `auth.order.<provider>`, the profile ids `auth.profiles`
 * declares for that provider; where a model ref goes (`primary`, an item of
 * `fallbacks`, a model's string form), the models the file configures
 * (`agents.defaults.models`, custom providers' models) and their aliases.
 * Only ids, refs and alias names are offered, never another value of the
 * file, so no secret can surface here.
 */
import type { JsonPath } from "../diagnostics/types.js";
import { normalizeProviderIdForAuth } from "../providers/index.js";
import { readConfigView } from "../resolve/config-view.js";
import { resolutionContext } from "../resolve/model-chains.js";
import { definitionRef } from "../schema/editor-shared-definitions.js";
import type { JsonSchema } from "../schema/json-schema-node.js";
import { looseValue } from "./loose-value.js";

export interface ConfigSuggestion {
  /** The value to insert (a string). */
  value: string;
  /** What it is, in a few words: "auth profile of kimi", "alias of kimi/kimi-code". */
  detail: string;
}

const MODEL_REF = definitionRef("modelRef");

/** Whether the slot whose schema nodes are `nodes` takes a model ref (the editor schema points each such slot at `modelRef`). */
export function takesModelRef(nodes: readonly JsonSchema[]): boolean {
  return nodes.some((node) => node["$ref"] === MODEL_REF);
}

/** The values the file suggests for the slot at `path` (`text` is the whole file, however broken). */
export function configSuggestions(text: string, path: JsonPath, modelSlot: boolean): ConfigSuggestion[] {
  const inOrder = path.length === 4 && path[0] === "auth" && path[1] === "order" && typeof path[2] === "string" && typeof path[3] === "number";
  if (!inOrder && !modelSlot) return [];
  const view = readConfigView(looseValue(text));
  if (inOrder) {
    const provider = normalizeProviderIdForAuth(path[2] as string);
    return view.authProfiles
      .filter((profile) => normalizeProviderIdForAuth(profile.provider?.value ?? profile.id.split(":")[0]!) === provider)
      .map((profile) => ({ value: profile.id, detail: `auth profile of ${profile.provider?.value ?? provider}` }));
  }
  const out = new Map<string, ConfigSuggestion>();
  const add = (value: string, detail: string) => {
    if (value.trim() !== "" && !out.has(value)) out.set(value, { value, detail });
  };
  const context = resolutionContext(view);
  for (const entry of view.catalog) {
    if (entry.key.includes("/")) add(entry.key, entry.alias ? `configured model (alias ${entry.alias.value})` : "configured model");
  }
  for (const provider of view.providers)
    for (const model of provider.models) add(`${provider.id}/${model.value}`, `model of the custom provider ${provider.id}`);
  const written = new Map(view.catalog.flatMap((entry) => (entry.alias ? [[entry.alias.value.trim().toLowerCase(), entry.alias.value.trim()] as const] : [])));
  for (const [alias, target] of context.aliases) add(written.get(alias) ?? alias, `alias of ${target}`);
  return [...out.values()];
}
