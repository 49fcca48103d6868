/**
 * @fileoverview Tests for the provider registry: every catalog provider is present, ids and
 * aliases are unique and consistent, look-ups normalize, and moonshot and kimi stay apart.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CONFUSABLE_PROVIDER_PAIRS,
  PROVIDERS,
  confusableProviders,
  getProvider,
  isKnownProvider,
  knownModelRefs,
  knownProviderIds,
  normalizeProviderId,
  parseModelRef,
  providerIdAliases,
  providersKnowingModel,
} from "../src/providers/index.js";

/** The reference catalog, read only for its provider ids; skipped when the file is absent. */
function referenceProviderIds(): string[] | undefined {
  const path = new URL("../../shared/reference/openclaw-model-catalog.json", import.meta.url);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const catalog = JSON.parse(text) as { providers: object; otherProviders: Record<string, unknown> };
  return [...Object.keys(catalog.providers), ...Object.keys(catalog.otherProviders).filter((id) => id !== "note")];
}

describe("registry consistency", () => {
  const ids = PROVIDERS.map((provider) => provider.id);

  it("has no duplicate ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has no alias that is shared or that shadows a canonical id", () => {
    const seen = new Set(ids);
    for (const provider of PROVIDERS) {
      for (const alias of provider.aliases) {
        expect(seen.has(alias), `alias ${alias} of ${provider.id}`).toBe(false);
        seen.add(alias);
      }
    }
  });

  it.each([...providerIdAliases()])("alias %j maps to existing provider %j", (alias, id) => {
    expect(ids).toContain(id);
    expect(normalizeProviderId(alias)).toBe(id);
  });

  it.each(PROVIDERS.map((provider) => [provider.id, provider] as const))("%s is well-formed", (id, provider) => {
    expect(id).toBe(id.trim().toLowerCase());
    expect(normalizeProviderId(id)).toBe(id);
    expect(provider.label.length).toBeGreaterThan(0);
    for (const alias of provider.aliases) expect(alias).toBe(alias.toLowerCase());
    for (const envVar of provider.envVars) expect(envVar).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(new Set(provider.knownModels).size).toBe(provider.knownModels.length);
    if (provider.defaultModel !== undefined) expect(provider.knownModels).toContain(provider.defaultModel);
    if (provider.authAliasOf !== undefined) expect(ids).toContain(provider.authAliasOf);
  });

  const reference = referenceProviderIds();
  it.skipIf(reference === undefined)("lists every provider of the reference catalog", () => {
    if (reference === undefined) return;
    expect(reference.length).toBeGreaterThan(40);
    for (const id of reference) expect(ids, id).toContain(id);
  });

  it("has exactly OpenClaw's alias table", () => {
    expect(Object.fromEntries(providerIdAliases())).toEqual({
      "z.ai": "zai",
      "z-ai": "zai",
      "opencode-zen": "opencode",
      "opencode-go-auth": "opencode-go",
      "kimi-code": "kimi",
      "kimi-coding": "kimi",
      bedrock: "amazon-bedrock",
      "aws-bedrock": "amazon-bedrock",
      bytedance: "volcengine",
      doubao: "volcengine",
      modelstudio: "qwen",
      qwencloud: "qwen",
      "x-ai": "xai",
      "gemini-cli": "google-gemini-cli",
      "fireworks-ai": "fireworks",
    });
  });
});

describe("look-ups", () => {
  it.each([
    ["anthropic", "anthropic"],
    [" Kimi-Coding ", "kimi"],
    ["kimi-code", "kimi"],
    ["moonshot", "moonshot"],
    ["AWS-Bedrock", "amazon-bedrock"],
    ["doubao", "volcengine"],
    ["volcengine-plan", "volcengine-plan"],
  ])("getProvider(%j) is %j", (raw, id) => {
    expect(getProvider(raw)?.id).toBe(id);
    expect(isKnownProvider(raw)).toBe(true);
  });

  it.each(["moonshotai", "my-proxy", "", "kimi-k2.5"])("%j is not a known provider", (raw) => {
    expect(getProvider(raw)).toBeUndefined();
    expect(isKnownProvider(raw)).toBe(false);
  });

  it("knownProviderIds is sorted, canonical and complete", () => {
    const ids = knownProviderIds();
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(PROVIDERS.length);
    expect(ids).not.toContain("kimi-coding");
  });

  it("knownModelRefs parse back to their provider", () => {
    const refs = knownModelRefs();
    expect(refs).toContain("moonshot/kimi-k2.5");
    expect(refs).toContain("kimi/kimi-code");
    expect(refs).toContain("openai/gpt-5.4");
    expect(refs).toContain("together/moonshotai/Kimi-K2.5");
    for (const ref of refs) {
      const parsed = parseModelRef(ref);
      expect(parsed, ref).not.toBeNull();
      expect(ref.startsWith(`${parsed?.provider}/`), ref).toBe(true);
    }
  });

  it("says which providers know a model id", () => {
    expect(providersKnowingModel("kimi-code")).toEqual(["kimi"]);
    expect(providersKnowingModel("kimi-k2.5")).toContain("moonshot");
    expect(providersKnowingModel("kimi-k2.5")).not.toContain("kimi");
  });
});

describe("moonshot and kimi", () => {
  const moonshot = getProvider("moonshot");
  const kimi = getProvider("kimi");

  it("are distinct providers with their own keys, endpoints and models", () => {
    expect(moonshot?.id).toBe("moonshot");
    expect(kimi?.id).toBe("kimi");
    expect(moonshot?.envVars).toEqual(["MOONSHOT_API_KEY"]);
    expect(kimi?.envVars).toEqual(["KIMI_API_KEY", "KIMICODE_API_KEY"]);
    expect(moonshot?.defaultBaseUrl).toContain("api.moonshot.ai");
    expect(kimi?.defaultBaseUrl).toContain("api.kimi.com/coding");
    expect(moonshot?.defaultModel).toBe("kimi-k2.5");
    expect(kimi?.defaultModel).toBe("kimi-code");
    expect(moonshot?.aliases).not.toContain("kimi");
  });

  it.each([
    ["moonshot", moonshot],
    ["kimi", kimi],
  ])("%s has a note naming the other", (id, provider) => {
    const other = id === "moonshot" ? "kimi" : "moonshot";
    expect(provider?.note).toContain(`\`${other}\``);
  });

  it.each([
    ["moonshot", "kimi"],
    ["kimi", "moonshot"],
    ["Moonshot", "kimi-coding"],
    ["kimi-code", " MOONSHOT "],
  ])("confusableProviders(%j, %j) explains the difference", (a, b) => {
    const explanation = confusableProviders(a, b);
    for (const fact of [
      "moonshot/kimi-k2.5",
      "MOONSHOT_API_KEY",
      "api.moonshot.ai",
      "kimi/kimi-code",
      "KIMI_API_KEY",
      "KIMICODE_API_KEY",
      "api.kimi.com/coding",
    ]) {
      expect(explanation).toContain(fact);
    }
  });

  it.each([
    ["moonshot", "moonshot"],
    ["kimi", "kimi-coding"],
    ["moonshot", "openai"],
    ["moonshotai", "kimi"],
    ["anthropic", "openai"],
  ])("confusableProviders(%j, %j) is undefined", (a, b) => {
    expect(confusableProviders(a, b)).toBeUndefined();
  });

  it("confusable pairs name known, distinct providers", () => {
    for (const {
      providers: [a, b],
    } of CONFUSABLE_PROVIDER_PAIRS) {
      expect(a).not.toBe(b);
      expect(isKnownProvider(a) && isKnownProvider(b)).toBe(true);
    }
  });
});
