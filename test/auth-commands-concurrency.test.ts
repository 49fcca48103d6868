/**
 * @fileoverview Concurrency of `agentcfg auth order set` (acceptance): 8
 * processes started at once, each setting the order of a different provider
 * in the same auth-state.json, never lose an update — every round ends with
 * all 8 orders (and the runtime fields already in the file) present. The
 * read-modify-write happens under the state file's lock.
 */
import { afterAll, describe, expect, it } from "vitest";
import { makeWorkspace, spawnCli, type Workspace } from "./compile-setup.js";

const PROVIDERS = ["kimi", "moonshot", "anthropic", "openai", "google", "zai", "mistral", "openrouter"];
const ROUNDS = 3;
const workspaces: Workspace[] = [];
afterAll(() => workspaces.forEach((ws) => ws.remove()));

describe("8 concurrent auth order set processes", () => {
  it(`never lose an update (${ROUNDS} rounds)`, { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = makeWorkspace("agentcfg-auth-race-");
      workspaces.push(ws);
      const profiles: Record<string, unknown> = {};
      for (const provider of PROVIDERS) {
        profiles[`${provider}:a`] = { type: "api_key", provider, key: `sk-test-${provider}-a-000` };
        profiles[`${provider}:b`] = { type: "api_key", provider, key: `sk-test-${provider}-b-000` };
      }
      ws.write(ws.storePath("main"), JSON.stringify({ version: 1, profiles }));
      ws.write(ws.statePath("main"), JSON.stringify({ version: 1, usageStats: { "kimi:a": { lastUsed: 7, runtimeOnly: "kept" } } }));
      // Alternate the order per round so that each round really rewrites every key.
      const ids = (provider: string) => (round % 2 === 0 ? [`${provider}:b`, `${provider}:a`] : [`${provider}:a`, `${provider}:b`]);
      const results = await Promise.all(
        PROVIDERS.map((provider) =>
          spawnCli(["auth", "order", "set", "--provider", provider, ...ids(provider), "--state-dir", ws.stateDir], {
            // No config at OpenClaw's default location: the store alone says which profiles exist.
            env: { OPENCLAW_CONFIG_PATH: `${ws.root}/absent.json5` },
          }),
        ),
      );
      for (const result of results) expect(result.status, result.stderr).toBe(0);
      const state = ws.readJson(ws.statePath("main")) as { order: Record<string, string[]>; usageStats: unknown };
      expect(Object.keys(state.order).sort()).toEqual([...PROVIDERS].sort());
      for (const provider of PROVIDERS) expect(state.order[provider]).toEqual(ids(provider));
      expect(state.usageStats).toEqual({ "kimi:a": { lastUsed: 7, runtimeOnly: "kept" } });
    }
  });
});
