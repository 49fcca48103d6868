/**
 * @fileoverview The static, per-provider model-id normalization OpenClaw 2026.4.12 applies
 * while parsing a model ref (its `model-ref-shared.ts`): shorthands and retired names that
 * map to the id the provider actually serves. The tables are data; the rules are keyed by
 * canonical provider id.
 *
 * Left out on purpose: the plugin runtime normalization OpenClaw runs afterwards. It lives in
 * each provider plugin's code, can depend on the live model list and credentials, and the
 * reference does not document it, so an offline validator cannot reproduce it.
 */

/** Anthropic shorthands (matched case-insensitively) → Anthropic's dash ids. */
const ANTHROPIC_SHORTHANDS: Readonly<Record<string, string>> = {
  "opus-4.6": "claude-opus-4-6",
  "opus-4.5": "claude-opus-4-5",
  "sonnet-4.6": "claude-sonnet-4-6",
  "sonnet-4.5": "claude-sonnet-4-5",
};

/** Gemini ids written without their `-preview` suffix → the preview id Google serves. */
const GOOGLE_PREVIEW_IDS: Readonly<Record<string, string>> = {
  "gemini-3-pro": "gemini-3-pro-preview",
  "gemini-3-flash": "gemini-3-flash-preview",
  "gemini-3.1-pro": "gemini-3.1-pro-preview",
  "gemini-3.1-flash-lite": "gemini-3.1-flash-lite-preview",
  // There is no 3.1 flash: OpenClaw sends both spellings to the 3 flash preview.
  "gemini-3.1-flash": "gemini-3-flash-preview",
  "gemini-3.1-flash-preview": "gemini-3-flash-preview",
};

/**
 * Retired or variant xAI ids → the id xAI serves. Only the grok-4.20 names have a
 * `-non-reasoning` twin in this table: `grok-4-fast-non-reasoning` is a model of its own.
 */
const XAI_IDS: Readonly<Record<string, string>> = {
  "grok-4-fast-reasoning": "grok-4-fast",
  "grok-4-1-fast-reasoning": "grok-4-1-fast",
  "grok-4.20-reasoning": "grok-4.20-beta-latest-reasoning",
  "grok-4.20-experimental-beta-0304-reasoning": "grok-4.20-beta-latest-reasoning",
  "grok-4.20-non-reasoning": "grok-4.20-beta-latest-non-reasoning",
  "grok-4.20-experimental-beta-0304-non-reasoning": "grok-4.20-beta-latest-non-reasoning",
};

const HUGGINGFACE_PREFIX = "huggingface/";

function lookUp(table: Readonly<Record<string, string>>, model: string): string {
  return table[model.toLowerCase()] ?? model;
}

function normalizeAnthropicModelId(model: string): string {
  return lookUp(ANTHROPIC_SHORTHANDS, model);
}

function normalizeGoogleModelId(model: string): string {
  return lookUp(GOOGLE_PREVIEW_IDS, model);
}

/** OpenRouter's own models (`auto`, `hunter-alpha`) are addressed upstream as `openrouter/<id>`. */
function normalizeOpenRouterModelId(model: string): string {
  return model.includes("/") ? model : `openrouter/${model}`;
}

/** The gateway names Claude models `anthropic/claude-…`; a bare Claude id gets that vendor prefix. */
function normalizeVercelModelId(model: string): string {
  if (model.includes("/")) return model;
  const anthropicId = normalizeAnthropicModelId(model);
  return anthropicId.startsWith("claude-") ? `anthropic/${anthropicId}` : model;
}

/** `huggingface/huggingface/x` repeats the provider inside the model id; drop the repetition. */
function normalizeHuggingFaceModelId(model: string): string {
  if (!model.toLowerCase().startsWith(HUGGINGFACE_PREFIX)) return model;
  const rest = model.slice(HUGGINGFACE_PREFIX.length);
  // Nothing left would be an empty model id; keep what the user wrote so it gets reported as is.
  return rest.length > 0 ? rest : model;
}

const MODEL_ID_RULES: Readonly<Record<string, (model: string) => string>> = {
  anthropic: normalizeAnthropicModelId,
  google: normalizeGoogleModelId,
  "google-vertex": normalizeGoogleModelId,
  xai: (model) => lookUp(XAI_IDS, model),
  openrouter: normalizeOpenRouterModelId,
  "vercel-ai-gateway": normalizeVercelModelId,
  huggingface: normalizeHuggingFaceModelId,
};

/** `model` as OpenClaw normalizes it for the canonical provider id `provider`; unchanged when no rule applies. */
export function normalizeStaticModelId(provider: string, model: string): string {
  const rule = MODEL_ID_RULES[provider];
  return rule === undefined ? model : rule(model);
}
