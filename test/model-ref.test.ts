/**
 * @fileoverview Tests for provider id normalization, `@profile` splitting, model-ref
 * parsing and formatting, and bare-name resolution, against the rules in
 * shared/reference/openclaw-format.md §3.
 */

import { describe, expect, it } from "vitest";
import {
  formatModelRef,
  modelKey,
  normalizeProviderId,
  normalizeProviderIdForAuth,
  parseModelRef,
  resolveModelRefString,
  splitTrailingAuthProfile,
  type ModelRef,
  type ModelRefResolutionContext,
} from "../src/providers/index.js";

describe("normalizeProviderId", () => {
  it.each([
    // OpenClaw's static alias table.
    ["z.ai", "zai"],
    ["z-ai", "zai"],
    ["opencode-zen", "opencode"],
    ["opencode-go-auth", "opencode-go"],
    ["kimi", "kimi"],
    ["kimi-code", "kimi"],
    ["kimi-coding", "kimi"],
    ["bedrock", "amazon-bedrock"],
    ["aws-bedrock", "amazon-bedrock"],
    ["bytedance", "volcengine"],
    ["doubao", "volcengine"],
    ["modelstudio", "qwen"],
    ["qwencloud", "qwen"],
    // Plugin registration aliases.
    ["x-ai", "xai"],
    ["gemini-cli", "google-gemini-cli"],
    ["fireworks-ai", "fireworks"],
    // Case and whitespace.
    ["  Anthropic ", "anthropic"],
    ["KIMI-CODING", "kimi"],
    ["Z.AI", "zai"],
    ["\tOpenRouter\n", "openrouter"],
    // Not aliased: moonshot is its own provider, moonshotai only appears inside model ids.
    ["moonshot", "moonshot"],
    ["Moonshot", "moonshot"],
    ["moonshotai", "moonshotai"],
    // Unknown ids pass through, lower-cased.
    ["My-Proxy", "my-proxy"],
    ["", ""],
    // Auth aliases are not provider aliases.
    ["volcengine-plan", "volcengine-plan"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeProviderId(raw)).toBe(expected);
  });
});

describe("normalizeProviderIdForAuth", () => {
  it.each([
    ["volcengine-plan", "volcengine"],
    ["byteplus-plan", "byteplus"],
    ["Volcengine-Plan", "volcengine"],
    ["doubao", "volcengine"],
    ["kimi-code", "kimi"],
    ["moonshot", "moonshot"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeProviderIdForAuth(raw)).toBe(expected);
  });
});

describe("splitTrailingAuthProfile", () => {
  it.each([
    ["openai/gpt-5.4", { model: "openai/gpt-5.4" }],
    ["openai/gpt-5.4@work", { model: "openai/gpt-5.4", profile: "work" }],
    ["  kimi/kimi-code@kimi:backup  ", { model: "kimi/kimi-code", profile: "kimi:backup" }],
    ["anthropic/claude-x@20251001", { model: "anthropic/claude-x@20251001" }],
    ["anthropic/claude-x@20251001@work", { model: "anthropic/claude-x@20251001", profile: "work" }],
    ["lmstudio/foo@q8_0@work", { model: "lmstudio/foo@q8_0", profile: "work" }],
    ["lmstudio/foo@q4_K_M", { model: "lmstudio/foo@q4_K_M" }],
    ["mlx/foo@4bit@home", { model: "mlx/foo@4bit", profile: "home" }],
    ["a@b/model", { model: "a@b/model" }],
    ["openai/gpt@", { model: "openai/gpt@" }],
    ["@work", { model: "@work" }],
    ["anthropic/claude-opus-4-6@anthropic:me@example.com", { model: "anthropic/claude-opus-4-6", profile: "anthropic:me@example.com" }],
    ["", { model: "" }],
  ])("%j", (raw, expected) => {
    expect(splitTrailingAuthProfile(raw)).toEqual(expected);
  });
});

describe("parseModelRef", () => {
  it.each<[string, ModelRef | null]>([
    ["openai/gpt-5.4", { provider: "openai", model: "gpt-5.4" }],
    ["  anthropic/claude-opus-4-6  ", { provider: "anthropic", model: "claude-opus-4-6" }],
    ["Kimi-Coding/kimi-code", { provider: "kimi", model: "kimi-code" }],
    ["kimi-code/kimi-code", { provider: "kimi", model: "kimi-code" }],
    ["moonshot/kimi-k2.5", { provider: "moonshot", model: "kimi-k2.5" }],
    ["Z.AI/glm-5.1", { provider: "zai", model: "glm-5.1" }],
    ["bedrock/anthropic.claude-x", { provider: "amazon-bedrock", model: "anthropic.claude-x" }],
    ["modelstudio/qwen3.5-plus", { provider: "qwen", model: "qwen3.5-plus" }],
    // The first slash splits; the rest is the model id, vendor prefix included.
    ["openrouter/moonshotai/kimi-k2", { provider: "openrouter", model: "moonshotai/kimi-k2" }],
    ["together/moonshotai/Kimi-K2.5", { provider: "together", model: "moonshotai/Kimi-K2.5" }],
    ["nvidia/nvidia/nemotron-3-super-120b-a12b", { provider: "nvidia", model: "nvidia/nemotron-3-super-120b-a12b" }],
    // A bare name belongs to the default provider.
    ["gpt-5.4", { provider: "openai", model: "gpt-5.4" }],
    // Profiles.
    ["kimi/kimi-code@kimi:default", { provider: "kimi", model: "kimi-code", profile: "kimi:default" }],
    ["openrouter/moonshotai/kimi-k2@or", { provider: "openrouter", model: "moonshotai/kimi-k2", profile: "or" }],
    ["gpt-5.4@work", { provider: "openai", model: "gpt-5.4", profile: "work" }],
    // Dates and quantization stay in the model id.
    ["anthropic/claude-x@20251001", { provider: "anthropic", model: "claude-x@20251001" }],
    ["anthropic/claude-x@20251001@work", { provider: "anthropic", model: "claude-x@20251001", profile: "work" }],
    ["lmstudio/foo@q8_0@work", { provider: "lmstudio", model: "foo@q8_0", profile: "work" }],
    ["ollama/qwen3@q4_K_M", { provider: "ollama", model: "qwen3@q4_K_M" }],
    ["mlx/foo@8bit", { provider: "mlx", model: "foo@8bit" }],
    ["anthropic/claude-x@2025", { provider: "anthropic", model: "claude-x", profile: "2025" }],
    // An empty profile leaves the text in the model.
    ["openai/gpt-5.4@", { provider: "openai", model: "gpt-5.4@" }],
    // Empty parts.
    ["", null],
    ["   ", null],
    ["/gpt-5.4", null],
    ["openai/", null],
    [" / ", null],
    ["openai/@work", null],
    // Static model-id normalization.
    ["anthropic/opus-4.6", { provider: "anthropic", model: "claude-opus-4-6" }],
    ["anthropic/Sonnet-4.5", { provider: "anthropic", model: "claude-sonnet-4-5" }],
    ["anthropic/opus-4.6@work", { provider: "anthropic", model: "claude-opus-4-6", profile: "work" }],
    ["google/gemini-3-pro", { provider: "google", model: "gemini-3-pro-preview" }],
    ["google/gemini-3.1-flash", { provider: "google", model: "gemini-3-flash-preview" }],
    ["google-vertex/gemini-3.1-flash-lite", { provider: "google-vertex", model: "gemini-3.1-flash-lite-preview" }],
    ["xai/grok-4-fast-reasoning", { provider: "xai", model: "grok-4-fast" }],
    ["xai/grok-4-fast-non-reasoning", { provider: "xai", model: "grok-4-fast-non-reasoning" }],
    ["x-ai/grok-4.20-experimental-beta-0304-non-reasoning", { provider: "xai", model: "grok-4.20-beta-latest-non-reasoning" }],
    ["openrouter/auto", { provider: "openrouter", model: "openrouter/auto" }],
    ["openrouter/openrouter/auto", { provider: "openrouter", model: "openrouter/auto" }],
    ["vercel-ai-gateway/claude-opus-4-6", { provider: "vercel-ai-gateway", model: "anthropic/claude-opus-4-6" }],
    ["vercel-ai-gateway/opus-4.6", { provider: "vercel-ai-gateway", model: "anthropic/claude-opus-4-6" }],
    ["vercel-ai-gateway/gpt-5.4", { provider: "vercel-ai-gateway", model: "gpt-5.4" }],
    ["huggingface/huggingface/deepseek-ai/DeepSeek-R1", { provider: "huggingface", model: "deepseek-ai/DeepSeek-R1" }],
    // Normalization is per provider: the same shorthand elsewhere is left alone.
    ["openai/opus-4.6", { provider: "openai", model: "opus-4.6" }],
  ])("%j", (raw, expected) => {
    expect(parseModelRef(raw)).toEqual(expected);
  });

  it.each<[string, string, ModelRef | null]>([
    ["kimi-code", "kimi-coding", { provider: "kimi", model: "kimi-code" }],
    ["opus-4.6", "anthropic", { provider: "anthropic", model: "claude-opus-4-6" }],
    ["auto@or", "openrouter", { provider: "openrouter", model: "openrouter/auto", profile: "or" }],
    ["gpt-5.4", "", null],
  ])("%j with default provider %j", (raw, defaultProvider, expected) => {
    expect(parseModelRef(raw, { defaultProvider })).toEqual(expected);
  });

  it.each([
    "openai/gpt-5.4",
    "kimi/kimi-code@kimi:backup",
    "openrouter/auto",
    "nvidia/nvidia/nemotron-3-super-120b-a12b",
    "anthropic/claude-x@20251001@work",
    "huggingface/huggingface/deepseek-ai/DeepSeek-R1",
  ])("%j survives format → parse", (raw) => {
    const ref = parseModelRef(raw);
    expect(ref).not.toBeNull();
    expect(parseModelRef(formatModelRef(ref as ModelRef))).toEqual(ref);
  });
});

describe("formatModelRef and modelKey", () => {
  it.each<[ModelRef, string]>([
    [{ provider: "openai", model: "gpt-5.4" }, "openai/gpt-5.4"],
    [{ provider: "kimi", model: "kimi-code", profile: "kimi:backup" }, "kimi/kimi-code@kimi:backup"],
    [{ provider: "openrouter", model: "openrouter/auto" }, "openrouter/openrouter/auto"],
  ])("formatModelRef(%j) → %j", (ref, expected) => {
    expect(formatModelRef(ref)).toBe(expected);
  });

  it.each([
    ["openai", "gpt-5.4", "openai/gpt-5.4"],
    ["openrouter", "openrouter/auto", "openrouter/auto"],
    ["openrouter", "moonshotai/kimi-k2", "openrouter/moonshotai/kimi-k2"],
    ["together", "moonshotai/Kimi-K2.5", "together/moonshotai/Kimi-K2.5"],
  ])("modelKey(%j, %j) → %j", (provider, model, expected) => {
    expect(modelKey(provider, model)).toBe(expected);
  });
});

describe("resolveModelRefString", () => {
  const context: ModelRefResolutionContext = {
    aliases: new Map([
      ["kimi", "kimi/kimi-code"],
      ["opus", "anthropic/claude-opus-4-6"],
      ["pinned", "moonshot/kimi-k2.5@moonshot:default"],
    ]),
    configuredModels: [
      { provider: "moonshot", model: "kimi-k2.5" },
      { provider: "kimi-coding", model: "kimi-code" },
      { provider: "openrouter", model: "openrouter/auto" },
      { provider: "zai", model: "glm-5" },
      { provider: "qwen", model: "glm-5" },
    ],
    defaultProvider: "anthropic",
  };

  it.each<[string, ModelRef, string]>([
    ["moonshot/kimi-k2.5", { provider: "moonshot", model: "kimi-k2.5" }, "explicit"],
    ["kimi-code/kimi-code@kimi:backup", { provider: "kimi", model: "kimi-code", profile: "kimi:backup" }, "explicit"],
    ["kimi", { provider: "kimi", model: "kimi-code" }, "alias"],
    ["KIMI", { provider: "kimi", model: "kimi-code" }, "alias"],
    ["Opus@work", { provider: "anthropic", model: "claude-opus-4-6", profile: "work" }, "alias"],
    ["pinned", { provider: "moonshot", model: "kimi-k2.5", profile: "moonshot:default" }, "alias"],
    ["pinned@mine", { provider: "moonshot", model: "kimi-k2.5", profile: "mine" }, "alias"],
    ["kimi-k2.5", { provider: "moonshot", model: "kimi-k2.5" }, "unique-match"],
    ["kimi-code@kimi:backup", { provider: "kimi", model: "kimi-code", profile: "kimi:backup" }, "unique-match"],
    ["auto", { provider: "openrouter", model: "openrouter/auto" }, "unique-match"],
    // Two providers have glm-5: ambiguous, so the default provider is used.
    ["glm-5", { provider: "anthropic", model: "glm-5" }, "default-provider"],
    ["opus-4.6", { provider: "anthropic", model: "claude-opus-4-6" }, "default-provider"],
  ])("%j", (raw, ref, via) => {
    expect(resolveModelRefString(raw, context)).toEqual({ ref, via });
  });

  it("uses openai when no default provider is given", () => {
    const bare = { aliases: new Map<string, string>(), configuredModels: [] };
    expect(resolveModelRefString("gpt-5.4", bare)).toEqual({
      ref: { provider: "openai", model: "gpt-5.4" },
      via: "default-provider",
    });
  });

  it.each(["", "  ", "openai/", "/x"])("%j does not resolve", (raw) => {
    expect(resolveModelRefString(raw, context)).toBeNull();
  });
});
