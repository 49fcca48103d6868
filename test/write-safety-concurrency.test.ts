/**
 * @fileoverview Write safety under concurrency (issue 9): 8 `agentcfg auth add`
 * processes started at once, each adding a distinct profile id for the same
 * agent, never lose an update — afterwards auth-profiles.json holds all 8
 * credentials, and the config holds all 8 `auth.profiles` entries (its
 * read-edit-write runs under the config file's lock), with its comments kept.
 */
import { readFileSync } from "node:fs";
import JSON5 from "json5";
import { afterAll, describe, expect, it } from "vitest";
import { makeWorkspace, spawnCli, type Workspace } from "./compile-setup.js";

const IDS = Array.from({ length: 8 }, (_, i) => `kimi:key${i}`);
const ROUNDS = 2;
const workspaces: Workspace[] = [];
afterAll(() => workspaces.forEach((ws) => ws.remove()));

describe("8 concurrent auth add processes", () => {
  it(`lose no credential and no config entry (${ROUNDS} rounds)`, { timeout: 60_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = makeWorkspace("agentcfg-add-race-");
      workspaces.push(ws);
      ws.write(
        ws.config,
        `// hand-written\n{\n  agents: { defaults: { model: "kimi/kimi-code" } }, // keep me\n  auth: { profiles: { "kimi:default": { provider: "kimi", mode: "api_key" } } },\n}\n`,
      );
      ws.write(
        ws.storePath("main"),
        JSON.stringify({ version: 1, profiles: { "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-existing-000" } } }),
      );
      const results = await Promise.all(
        IDS.map((id, i) =>
          spawnCli(["auth", "add", ws.config, "--provider", "kimi", "--profile-id", id, "--token-stdin", "--state-dir", ws.stateDir], {
            input: `sk-test-race-${round}-${i}-0000\n`,
          }),
        ),
      );
      for (const result of results) expect(result.status, result.stderr).toBe(0);
      const store = ws.readJson(ws.storePath("main")) as { profiles: Record<string, { key: string }> };
      expect(Object.keys(store.profiles).sort()).toEqual(["kimi:default", ...IDS].sort());
      IDS.forEach((id, i) => expect(store.profiles[id]?.key).toBe(`sk-test-race-${round}-${i}-0000`));
      const text = readFileSync(ws.config, "utf8");
      const config = JSON5.parse(text) as { auth: { profiles: Record<string, unknown> } };
      expect(Object.keys(config.auth.profiles).sort()).toEqual(["kimi:default", ...IDS].sort());
      expect(text).toContain("// hand-written");
      expect(text).toContain("// keep me");
    }
  });
});
