/**
 * @fileoverview OpenClaw's built-in defaults for model selection (release 2026.4.12).
 * Data only.
 */

/** Provider a model ref without `/` falls back to when nothing else resolves it. */
export const OPENCLAW_DEFAULT_PROVIDER = "openai";

/** Model used when nothing is configured at all. */
export const OPENCLAW_DEFAULT_MODEL = "gpt-5.4";

/**
 * Aliases OpenClaw adds to `agents.defaults.models[<target>].alias`, but only when that
 * key already exists and has no alias of its own: they are not global shortcuts.
 */
export const BUILT_IN_MODEL_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  opus: "anthropic/claude-opus-4-6",
  sonnet: "anthropic/claude-sonnet-4-6",
  gpt: "openai/gpt-5.4",
  "gpt-mini": "openai/gpt-5.4-mini",
  "gpt-nano": "openai/gpt-5.4-nano",
  gemini: "google/gemini-3.1-pro-preview",
  "gemini-flash": "google/gemini-3-flash-preview",
  "gemini-flash-lite": "google/gemini-3.1-flash-lite-preview",
});
