/**
 * @fileoverview Model refs: `provider/model[@profile]`, parsed and written as OpenClaw
 * 2026.4.12 does (its `parseModelRef`, `splitTrailingAuthProfile`, `modelKey`).
 */

import { OPENCLAW_DEFAULT_PROVIDER } from "./catalog/defaults.js";
import { normalizeStaticModelId } from "./model-id.js";
import { normalizeProviderId } from "./normalize.js";
import type { ModelRef } from "./types.js";

/** A model string with its trailing `@profile` split off. */
export interface ModelWithProfile {
  model: string;
  profile?: string;
}

/** `@YYYYMMDD`: a dated model version (`claude-…@20251001`), not a profile. */
const DATE_VERSION_SUFFIX = /^\d{8}$/;

/**
 * Quantization tags (`@q8_0`, `@q4_K_M`, `@4bit`) that local runtimes such as LM Studio put
 * in model ids. Matched case-insensitively, unlike the reference's lower-case `q`, because
 * tags such as `Q4_K_M` are common and no one names an auth profile like that.
 */
const QUANTIZATION_SUFFIX = /^(?:q\d+(?:_\w+)*|\d+bit)$/i;

/**
 * Splits a trailing `@profile` off `raw` (trimmed). Only the text after the last `/` is
 * searched, so `@` inside a vendor prefix stays put. `@` segments that are part of the model
 * id are kept in it: a date version as the first segment, then any quantization tags
 * (`foo@20251001@work`, `foo@q8_0@work`). Everything after the first other `@` is the
 * profile, which may itself contain `@` (`anthropic:me@example.com`). An empty model or
 * profile (`@work`, `foo@`) leaves the whole string as the model.
 */
export function splitTrailingAuthProfile(raw: string): ModelWithProfile {
  const text = raw.trim();
  let delimiter = text.indexOf("@", text.lastIndexOf("/") + 1);
  for (let segmentIndex = 0; delimiter !== -1; segmentIndex++) {
    const nextDelimiter = text.indexOf("@", delimiter + 1);
    const segment = text.slice(delimiter + 1, nextDelimiter === -1 ? undefined : nextDelimiter);
    const isDateVersion = segmentIndex === 0 && DATE_VERSION_SUFFIX.test(segment);
    if (!isDateVersion && !QUANTIZATION_SUFFIX.test(segment)) break;
    delimiter = nextDelimiter;
  }
  if (delimiter === -1) return { model: text };
  const model = text.slice(0, delimiter).trim();
  const profile = text.slice(delimiter + 1).trim();
  if (model.length === 0 || profile.length === 0) return { model: text };
  return { model, profile };
}

export interface ParseModelRefOptions {
  /** Provider of a ref without `/`; OpenClaw's default (`openai`) when not given. */
  defaultProvider?: string;
}

/**
 * Parses `provider/model[@profile]`. The provider is the text before the first `/` (so
 * `openrouter/moonshotai/kimi-k2` is model `moonshotai/kimi-k2` on openrouter), normalized;
 * a ref without `/` belongs to the default provider. The model id gets OpenClaw's static
 * per-provider normalization (`anthropic/opus-4.6` → `claude-opus-4-6`). Returns null when
 * the provider or the model is empty.
 */
export function parseModelRef(raw: string, options: ParseModelRefOptions = {}): ModelRef | null {
  const { model: body, profile } = splitTrailingAuthProfile(raw);
  if (body.length === 0) return null;
  const slash = body.indexOf("/");
  const providerText = slash === -1 ? (options.defaultProvider ?? OPENCLAW_DEFAULT_PROVIDER) : body.slice(0, slash);
  const modelText = (slash === -1 ? body : body.slice(slash + 1)).trim();
  const provider = normalizeProviderId(providerText);
  if (provider.length === 0 || modelText.length === 0) return null;
  const model = normalizeStaticModelId(provider, modelText);
  return profile === undefined ? { provider, model } : { provider, model, profile };
}

/**
 * Writes a ref back as `provider/model[@profile]`. Always the plain join, never `modelKey`:
 * `nvidia/nvidia/nemotron-…` must keep its doubled prefix to parse back to the same model.
 */
export function formatModelRef(ref: ModelRef): string {
  const base = `${ref.provider}/${ref.model}`;
  return ref.profile === undefined ? base : `${base}@${ref.profile}`;
}

/**
 * OpenClaw's catalog key for a model: `provider/model`, unless the model id already starts
 * with `provider/` (OpenRouter's `openrouter/auto` is keyed `openrouter/auto`). Use it to
 * match `agents.defaults.models` keys the way OpenClaw does, not to write refs.
 */
export function modelKey(provider: string, model: string): string {
  return model.startsWith(`${provider}/`) ? model : `${provider}/${model}`;
}
