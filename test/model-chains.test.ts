/**
 * @fileoverview Effective model chains per agent, as OpenClaw resolves them.
 */
import { describe, expect, it } from "vitest";
import { resolveModelChains } from "../src/resolve/model-chains.js";

const defaults = {
  model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5"] },
  models: { "kimi/kimi-code": { alias: "Kimi Code" }, "moonshot/kimi-k2.5": {}, "anthropic/claude-opus-4-6": {} },
};

function chain(config: unknown, agentId: string, kind = "model") {
  const result = resolveModelChains(config);
  const agent = result.agents.find((a) => a.agentId === agentId)!;
  const c = agent.chains.find((x) => x.kind === kind)!;
  return {
    primary: c.primary?.canonical,
    fallbacks: c.fallbacks.map((f) => f.canonical),
    primaryFrom: c.primaryFrom,
    fallbacksFrom: c.fallbacksFrom,
    isDefault: agent.isDefault,
  };
}

describe("resolveModelChains", () => {
  it.each([
    [
      "no agents.list: an implicit main agent with the defaults",
      { agents: { defaults } },
      "main",
      { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5"], primaryFrom: "defaults", fallbacksFrom: "defaults", isDefault: true },
    ],
    [
      "an agent without a model inherits both",
      { agents: { defaults, list: [{ id: "a" }] } },
      "a",
      { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5"], primaryFrom: "defaults", fallbacksFrom: "defaults", isDefault: true },
    ],
    [
      "the string form sets the primary only",
      { agents: { defaults, list: [{ id: "a", model: "openai/gpt-5.4" }] } },
      "a",
      { primary: "openai/gpt-5.4", fallbacks: ["moonshot/kimi-k2.5"], primaryFrom: "agent", fallbacksFrom: "defaults", isDefault: true },
    ],
    [
      "explicit fallbacks: [] switches the defaults' fallbacks off",
      { agents: { defaults, list: [{ id: "a", model: { primary: "openai/gpt-5.4", fallbacks: [] } }] } },
      "a",
      { primary: "openai/gpt-5.4", fallbacks: [], primaryFrom: "agent", fallbacksFrom: "agent", isDefault: true },
    ],
    [
      "object form without primary keeps the inherited primary",
      { agents: { defaults, list: [{ id: "a", model: { fallbacks: ["openai/gpt-5.4"] } }] } },
      "a",
      { primary: "kimi/kimi-code", fallbacks: ["openai/gpt-5.4"], primaryFrom: "defaults", fallbacksFrom: "agent", isDefault: true },
    ],
    [
      "aliases resolve case-insensitively",
      { agents: { defaults: { ...defaults, model: "kimi code" } } },
      "main",
      { primary: "kimi/kimi-code", fallbacks: [], primaryFrom: "defaults", fallbacksFrom: "unset", isDefault: true },
    ],
    [
      "built-in alias only when its target is configured without alias",
      { agents: { defaults: { ...defaults, model: "opus" } } },
      "main",
      { primary: "anthropic/claude-opus-4-6", fallbacks: [], primaryFrom: "defaults", fallbacksFrom: "unset", isDefault: true },
    ],
    [
      "provider aliases become canonical",
      { agents: { defaults: { model: { primary: "Kimi-Coding/k2p5", fallbacks: ["z.ai/glm-4.6"] } } } },
      "main",
      { primary: "kimi/k2p5", fallbacks: ["zai/glm-4.6"], primaryFrom: "defaults", fallbacksFrom: "defaults", isDefault: true },
    ],
    [
      "@profile is kept",
      { agents: { defaults: { model: "kimi/kimi-code@kimi:backup" } } },
      "main",
      { primary: "kimi/kimi-code@kimi:backup", fallbacks: [], primaryFrom: "defaults", fallbacksFrom: "unset", isDefault: true },
    ],
    [
      "a bare name falls back to OpenClaw's default provider",
      { agents: { defaults: { model: "gpt-5.4-mini" } } },
      "main",
      { primary: "openai/gpt-5.4-mini", fallbacks: [], primaryFrom: "defaults", fallbacksFrom: "unset", isDefault: true },
    ],
  ])("%s", (_name, config, agentId, expected) => {
    expect(chain(config, agentId)).toEqual(expected);
  });

  it("the first agent marked default is the default; with none marked, the first entry", () => {
    expect(
      resolveModelChains({ agents: { list: [{ id: "a" }, { id: "b", default: true }, { id: "c", default: true }] } }).agents.map((a) => a.isDefault),
    ).toEqual([false, true, false]);
    expect(resolveModelChains({ agents: { list: [{ id: "a" }, { id: "b" }] } }).agents.map((a) => a.isDefault)).toEqual([true, false]);
  });

  it("image, pdf and generation models and sub-agent models resolve too", () => {
    const config = {
      agents: {
        defaults: { imageModel: "openai/gpt-5.4", pdfModel: { primary: "google/gemini-3.1-pro-preview" }, subagents: { model: "moonshot/kimi-k2.5" } },
        list: [{ id: "a", imageGenerationModel: "openai/gpt-image-1" }],
      },
    };
    expect(chain(config, "a", "imageModel").primary).toBe("openai/gpt-5.4");
    expect(chain(config, "a", "pdfModel").primary).toBe("google/gemini-3.1-pro-preview");
    expect(chain(config, "a", "imageGenerationModel")).toMatchObject({ primary: "openai/gpt-image-1", primaryFrom: "agent" });
    expect(chain(config, "a", "subagents")).toMatchObject({ primary: "moonshot/kimi-k2.5", primaryFrom: "defaults" });
  });

  it("keeps the path each ref was written at", () => {
    const result = resolveModelChains({ agents: { defaults, list: [{ id: "a", model: "openai/gpt-5.4" }] } });
    const c = result.agents[0]!.chains[0]!;
    expect(c.primary!.path).toEqual(["agents", "list", 0, "model"]);
    expect(c.fallbacks[0]!.path).toEqual(["agents", "defaults", "model", "fallbacks", 0]);
  });

  it("never throws on values of the wrong type", () => {
    for (const config of [
      null,
      1,
      "x",
      [],
      { agents: 1 },
      { agents: { list: [1, null, { id: 3, model: 4 }] } },
      { agents: { defaults: { model: { primary: 1, fallbacks: "x" } } } },
    ]) {
      expect(() => resolveModelChains(config)).not.toThrow();
    }
  });
});
