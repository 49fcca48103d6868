/**
 * @fileoverview The normalized config: canonical ids, object forms, aliases
 * resolved, nothing the user wrote lost; normalizing twice equals once.
 */
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../src/emit/normalize-config.js";

const input = {
  gateway: { port: 18789, custom: { anything: [1, 2] } },
  agents: {
    defaults: {
      model: "Kimi Code",
      imageModel: { primary: "z.ai/glm-4.6v", fallbacks: ["bedrock/amazon.nova-pro"] },
      models: { "kimi-coding/kimi-code": { alias: "Kimi Code", params: { temperature: 0.3 } }, "moonshot/kimi-k2.5": {} },
      workspace: "~/w",
    },
    list: [{ id: "main", model: "moonshot/kimi-k2.5", name: "Main" }],
  },
  auth: {
    profiles: { "kimi:default": { provider: "kimi-coding", mode: "api_key" } },
    order: { "kimi-code": ["kimi:default"], kimi: ["kimi:default", "kimi:backup"] },
  },
};

describe("normalizeConfig", () => {
  it("canonical ids, object forms, aliases resolved, the rest kept", () => {
    expect(normalizeConfig(input)).toEqual({
      gateway: { port: 18789, custom: { anything: [1, 2] } },
      agents: {
        defaults: {
          model: { primary: "kimi/kimi-code" },
          imageModel: { primary: "zai/glm-4.6v", fallbacks: ["amazon-bedrock/amazon.nova-pro"] },
          models: { "kimi/kimi-code": { alias: "Kimi Code", params: { temperature: 0.3 } }, "moonshot/kimi-k2.5": {} },
          workspace: "~/w",
        },
        list: [{ id: "main", model: { primary: "moonshot/kimi-k2.5" }, name: "Main" }],
      },
      auth: {
        profiles: { "kimi:default": { provider: "kimi", mode: "api_key" } },
        order: { kimi: ["kimi:default", "kimi:backup"] },
      },
    });
  });

  it("does not change its input", () => {
    const before = JSON.stringify(input);
    normalizeConfig(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("normalizing twice equals normalizing once", () => {
    const once = normalizeConfig(input);
    expect(normalizeConfig(once)).toEqual(once);
  });

  it("keeps __proto__ as data without polluting prototypes", () => {
    const value = JSON.parse('{"gateway":{"__proto__":{"polluted":true}}}');
    const out = normalizeConfig(value) as { gateway: object };
    expect(Object.keys(out.gateway)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
