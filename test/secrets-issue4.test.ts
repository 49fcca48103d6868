/**
 * @fileoverview Secrets never leak from the commands of issue 4 (acceptance).
 * Fake secrets are seeded in the config (an apiKey, env values, headers, a
 * SecretRef id), in the agent's auth-profiles.json (an API key, a token, an
 * OAuth pair), on stdin and in an environment variable. Then every command
 * runs — compile (plain, --dry-run, --out), auth order get/set/clear (also
 * refusals and --json), auth add (stdin and env, and a rejected --token),
 * explain (pretty and json) — and stdout, stderr and every file written
 * (except auth-profiles.json, where credentials belong) are searched: zero
 * occurrences. The config file keeps the secrets its author wrote there, but
 * gains none.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "./compile-setup.js";
import { runCli, type CliResult } from "./run-cli.js";

const CONFIG_SECRETS = {
  apiKey: "sk-seed-config-apikey-1a2b3c",
  env: "sk-seed-config-env-4d5e6f",
  envVars: "sk-seed-config-vars-7a8b9c",
  header: "seed-config-header-0d1e2f",
  requestToken: "seed-config-bearer-3a4b5c",
  // A key pasted into a SecretRef id (a proper env var name there would be a name, not a secret, and stays readable).
  refId: "sk-seed-secretref-id-6d7e8f",
};
const STORE_SECRETS = {
  key: "sk-seed-store-key-9a0b1c",
  token: "seed-store-token-2d3e4f",
  access: "seed-store-oauth-access-5a6b",
  refresh: "seed-store-oauth-refresh-7c8d",
};
const STDIN_SECRET = "sk-seed-stdin-token-9e0f1a";
const ENV_SECRET = "sk-seed-envvar-token-2b3c4d";
const ARGV_SECRET = "sk-seed-argv-token-5e6f7a";
const ALL = [...Object.values(CONFIG_SECRETS), ...Object.values(STORE_SECRETS), STDIN_SECRET, ENV_SECRET, ARGV_SECRET];
const ADDED = [...Object.values(STORE_SECRETS), STDIN_SECRET, ENV_SECRET, ARGV_SECRET];

const CONFIG = `// seeded with fake secrets (a 2026.4 config: inline env keys, agents.list)
{
  meta: { lastTouchedVersion: "2026.4.12" },
  env: { MOONSHOT_API_KEY: "${CONFIG_SECRETS.env}", vars: { OTHER_KEY: "${CONFIG_SECRETS.envVars}" } },
  agents: {
    defaults: { model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5", "corp/chat"] } },
    list: [{ id: "main", default: true }, { id: "coder" }],
  },
  auth: {
    profiles: {
      "kimi:default": { provider: "kimi", mode: "api_key" },
      "kimi:backup": { provider: "kimi", mode: "api_key" },
      "moonshot:default": { provider: "moonshot", mode: "api_key" },
    },
    order: { kimi: ["kimi:default", "kimi:backup"] },
  },
  models: {
    providers: {
      moonshot: { baseUrl: "https://api.moonshot.ai/v1", apiKey: "${CONFIG_SECRETS.apiKey}", models: [] },
      corp: {
        baseUrl: "https://llm.corp.example/v1",
        apiKey: { source: "exec", provider: "vault", id: "${CONFIG_SECRETS.refId}" },
        headers: { "X-Team-Key": "${CONFIG_SECRETS.header}" },
        request: { auth: { mode: "authorization-bearer", token: "${CONFIG_SECRETS.requestToken}" } },
        models: [{ id: "chat", name: "Chat" }],
      },
    },
  },
}
`;

const ws = makeWorkspace("agentcfg-secrets-");
afterAll(() => ws.remove());

function seed(): void {
  ws.write(ws.config, CONFIG);
  for (const agent of ["main", "coder"]) {
    ws.write(
      ws.storePath(agent),
      JSON.stringify({
        version: 1,
        profiles: {
          "kimi:default": { type: "api_key", provider: "kimi", key: STORE_SECRETS.key },
          "kimi:backup": { type: "token", provider: "kimi", token: STORE_SECRETS.token },
          "moonshot:default": { type: "oauth", provider: "moonshot", access: STORE_SECRETS.access, refresh: STORE_SECRETS.refresh, expires: 4_102_444_800_000 },
        },
      }),
    );
    ws.write(
      ws.statePath(agent),
      JSON.stringify({
        version: 1,
        order: { "kimi-coding": ["kimi:backup", "kimi:default", "kimi:backup"] },
        usageStats: { "kimi:backup": { cooldownUntil: 1, errorCount: 1 } },
      }),
    );
  }
}

/** Every file under the workspace, by path relative to it. */
function files(dir = ws.root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe("the commands of issue 4 with seeded secrets", () => {
  it("print and write no secret anywhere (auth-profiles.json aside)", () => {
    seed();
    const env = { OPENCLAW_STATE_DIR: ws.stateDir, OPENCLAW_CONFIG_PATH: ws.config, SEED_ENV_TOKEN: ENV_SECRET };
    const run = (args: string[], input?: string) => ({ args, result: runCli(args, { env, input }) });
    const out = join(ws.root, "normalized.json");
    const runs: { args: string[]; result: CliResult }[] = [
      run(["compile", "--dry-run", "--out", out, "--now", "2026-04-13T14:00:00Z"]),
      run(["compile", ws.config, "--out", out, "--now", "2026-04-13T14:00:00Z"]),
      run(["compile", "--agent", "coder", "--dry-run"]),
      run(["auth", "order", "get", "--provider", "kimi"]),
      run(["auth", "order", "get", "--provider", "kimi", "--json"]),
      run(["auth", "order", "set", "--provider", "kimi", "kimi:backup", "moonshot:default"]),
      run(["auth", "order", "set", "--provider", "kimi", "kimi:nope"]),
      run(["auth", "order", "set", "--provider", "kimi", "kimi:backup", "kimi:default", "--json"]),
      run(["compile"]), // drift: the stored order contradicts auth.order
      run(["auth", "order", "clear", "--provider", "kimi", "--agent", "coder"]),
      run(["auth", "add", "--provider", "kimi", "--profile-id", "kimi:third", "--token-stdin"], `${STDIN_SECRET}\n`),
      run([
        "auth",
        "add",
        ws.config,
        "--provider",
        "moonshot",
        "--profile-id",
        "moonshot:ci",
        "--mode",
        "token",
        "--token-env",
        "SEED_ENV_TOKEN",
        "--agent",
        "coder",
      ]),
      run(["auth", "add", "--provider", "kimi", "--profile-id", "kimi:argv", "--token", ARGV_SECRET, "--token-stdin"], STDIN_SECRET),
      run(["auth", "add", "--provider", "kimi", "--profile-id", "kimi:argv", "--token-stdin", ARGV_SECRET], STDIN_SECRET),
      run(["auth", "add", "--provider", "kimi", "--profile-id", "moonshot:default", "--token-stdin"], STDIN_SECRET),
      run(["explain", "--now", "2026-04-13T14:00:00Z"]),
      run(["explain", ws.config, "--agent", "coder", "--format", "json", "--pin", "kimi:backup"]),
    ];

    // The commands did their work (so the search below covers real output).
    const status = runs.map((r) => r.result.status);
    expect(status).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 2, 2, 1, 0, 0]);
    expect(runs[1]!.result.stdout).toContain("wrote");
    expect(runs[8]!.result.stderr).toContain("state/order-drift");
    const stored = ws.readJson(ws.storePath("main")) as { profiles: Record<string, { token?: string; key?: string }> };
    expect(stored.profiles["kimi:third"]?.key).toBe(STDIN_SECRET);
    expect((ws.readJson(ws.storePath("coder")) as typeof stored).profiles["moonshot:ci"]?.token).toBe(ENV_SECRET);

    for (const { args, result } of runs) {
      for (const secret of ALL) {
        expect(result.stdout, `stdout of ${args.slice(0, 3).join(" ")}`).not.toContain(secret);
        expect(result.stderr, `stderr of ${args.slice(0, 3).join(" ")}`).not.toContain(secret);
      }
    }
    const written = files().filter((path) => !path.endsWith("auth-profiles.json"));
    expect(written.map((path) => relative(ws.root, path)).sort()).toEqual(
      ["normalized.json", "openclaw.json5", "state/agents/coder/agent/auth-state.json", "state/agents/main/agent/auth-state.json"].sort(),
    );
    for (const path of written) {
      const text = readFileSync(path, "utf8");
      // The config keeps what its author wrote in it, and gains no secret.
      for (const secret of path === ws.config ? ADDED : ALL) expect(text, relative(ws.root, path)).not.toContain(secret);
    }
    expect(readFileSync(ws.config, "utf8")).toContain('"kimi:third": { provider: "kimi", mode: "api_key" }');
    // The normalized config had secrets to hide: they are there as placeholders.
    expect(readFileSync(out, "utf8").split("‹redacted›").length - 1).toBe(Object.keys(CONFIG_SECRETS).length);
  });
});
