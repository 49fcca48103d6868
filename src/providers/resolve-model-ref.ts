/**
 * @fileoverview Resolving a model string the way OpenClaw resolves a configured primary
 * (`resolveConfiguredModelRef`): a ref with `/` is explicit; a bare name is looked up as an
 * alias, then as a model id exactly one configured provider has, and only then falls back to
 * the default provider (which OpenClaw logs as a deprecation warning; the caller reports it).
 */

import { OPENCLAW_DEFAULT_PROVIDER } from "./catalog/defaults.js";
import { normalizeStaticModelId } from "./model-id.js";
import { parseModelRef, splitTrailingAuthProfile } from "./model-ref.js";
import { normalizeProviderId } from "./normalize.js";
import type { ModelRef } from "./types.js";

/** What a bare model name is resolved against. */
export interface ModelRefResolutionContext {
  /** Lower-cased alias (from `agents.defaults.models[*].alias`) → the ref it stands for. */
  aliases: ReadonlyMap<string, string>;
  /** Every configured model: `agents.defaults.models` keys and `models.providers.*.models[].id`. */
  configuredModels: readonly { provider: string; model: string }[];
  /** Provider of last resort; OpenClaw's default (`openai`) when not given. */
  defaultProvider?: string;
}

/** How a model string was resolved; `default-provider` deserves a warning. */
export type ModelRefResolution = "explicit" | "alias" | "unique-match" | "default-provider";

export interface ResolvedModelRef {
  ref: ModelRef;
  via: ModelRefResolution;
}

function withProfile(ref: ModelRef, profile: string | undefined): ModelRef {
  return profile === undefined ? ref : { ...ref, profile };
}

/**
 * The one provider that has `modelName` among the configured models, or undefined when none
 * or several do. The name is normalized per provider first, so `auto` matches the configured
 * `openrouter/auto` (model id `openrouter/auto`) as OpenClaw would. Ids compare exactly:
 * providers treat model ids as case-sensitive (`MiniMax-M2.7`).
 */
function findUniqueConfiguredModel(modelName: string, configuredModels: ModelRefResolutionContext["configuredModels"]): ModelRef | undefined {
  const matches = new Map<string, string>();
  for (const configured of configuredModels) {
    const provider = normalizeProviderId(configured.provider);
    const configuredModel = normalizeStaticModelId(provider, configured.model.trim());
    if (normalizeStaticModelId(provider, modelName) === configuredModel) matches.set(provider, configuredModel);
  }
  const [only, ...others] = [...matches];
  if (only === undefined || others.length > 0) return undefined;
  const [provider, model] = only;
  return { provider, model };
}

/**
 * Resolves `raw` (`provider/model[@profile]`, or a bare name or alias with an optional
 * `@profile`) to a ref and says how. The profile is split off before the alias look-up and
 * put back afterwards; a profile written by the user wins over one inside the alias target.
 * Returns null when `raw` is not a ref at all (empty, or an empty side of `/`).
 */
export function resolveModelRefString(raw: string, context: ModelRefResolutionContext): ResolvedModelRef | null {
  const defaultProvider = context.defaultProvider ?? OPENCLAW_DEFAULT_PROVIDER;
  const { model: body, profile } = splitTrailingAuthProfile(raw);
  if (body.length === 0) return null;

  if (body.includes("/")) {
    const ref = parseModelRef(raw, { defaultProvider });
    return ref === null ? null : { ref, via: "explicit" };
  }

  const aliasTarget = context.aliases.get(body.toLowerCase());
  if (aliasTarget !== undefined) {
    const target = parseModelRef(aliasTarget, { defaultProvider });
    // An alias whose target does not parse resolves like any other bare name.
    if (target !== null) return { ref: withProfile(target, profile ?? target.profile), via: "alias" };
  }

  const unique = findUniqueConfiguredModel(body, context.configuredModels);
  if (unique !== undefined) return { ref: withProfile(unique, profile), via: "unique-match" };

  const ref = parseModelRef(raw, { defaultProvider });
  return ref === null ? null : { ref, via: "default-provider" };
}
