/**
 * @fileoverview `agentcfg auth order get|set|clear` and `agentcfg auth add`
 * end to end (the built CLI as a child process), with OpenClaw's semantics:
 * the stored override per provider (aliases normalized), refusals of unknown
 * profiles and of profiles of another provider (naming both), deduplication,
 * `get --json`'s shape, `clear` deleting an emptied file; `auth add` storing
 * the credential (0600, other profiles kept) and editing the config in place
 * (comments kept), the secret read from stdin or an env var only.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { makeWorkspace, type Workspace } from "./compile-setup.js";
import { runCli } from "./run-cli.js";

const CONFIG = `// the team's config
{
  agents: { defaults: { model: { primary: "kimi/kimi-code" } } },
  auth: {
    profiles: {
      // the first key
      "kimi:default": { provider: "kimi", mode: "api_key" },
      "moonshot:backup": { provider: "moonshot", mode: "api_key" },
    },
  },
}
`;

let ws: Workspace;
afterEach(() => ws?.remove());

function setup(store: Record<string, unknown> = {}): Workspace {
  ws = makeWorkspace("agentcfg-auth-");
  ws.write(ws.config, CONFIG);
  ws.write(ws.storePath("main"), JSON.stringify({ version: 1, profiles: store }));
  return ws;
}

const order = (...args: string[]) => runCli(["auth", "order", ...args, "--state-dir", ws.stateDir, "--config", ws.config]);

describe("agentcfg auth order", () => {
  it("set stores the deduplicated order under the canonical provider; get --json has OpenClaw's shape", () => {
    setup({
      "kimi:backup": { type: "api_key", provider: "kimi-coding", key: "sk-test-backup-000" },
      "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-default-000" },
    });
    const set = order("set", "--provider", "kimi-coding", "kimi:backup", "kimi:default", "kimi:backup");
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toContain("kimi:backup → kimi:default");
    expect(ws.readJson(ws.statePath("main"))).toEqual({ version: 1, order: { kimi: ["kimi:backup", "kimi:default"] } });
    expect(statSync(ws.statePath("main")).mode & 0o777).toBe(0o600);
    const get = order("get", "--provider", "Kimi-Code", "--json");
    expect(get.status).toBe(0);
    expect(JSON.parse(get.stdout)).toEqual({
      agentId: "main",
      agentDir: ws.agentDir("main"),
      provider: "kimi",
      authStatePath: ws.statePath("main"),
      order: ["kimi:backup", "kimi:default"],
    });
  });

  it("get --json says order: null when nothing is stored", () => {
    setup();
    const get = order("get", "--provider", "kimi", "--json");
    expect(JSON.parse(get.stdout).order).toBeNull();
    expect(existsSync(ws.statePath("main"))).toBe(false);
  });

  it("set refuses a profile of another provider, naming both, with the moonshot-vs-kimi explanation; nothing is written", () => {
    setup();
    const result = order("set", "--provider", "kimi-coding", "kimi:default", "moonshot:backup");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Auth profile "moonshot:backup" is for moonshot, not kimi.');
    expect(result.stderr).toContain("moonshot and kimi are different providers");
    // Pointed at where the profile's provider is written in the config.
    expect(result.stderr).toMatch(/openclaw\.json5:8:\d+ error auth\/order-set-wrong-provider/);
    expect(existsSync(ws.statePath("main"))).toBe(false);
  });

  it("set judges a profile by the store's provider when the store has it", () => {
    setup({ "kimi:default": { type: "api_key", provider: "moonshot", key: "sk-test-mismatch-0" } });
    const result = order("set", "--provider", "kimi", "kimi:default");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Auth profile "kimi:default" is for moonshot, not kimi.');
    expect(result.stderr).toMatch(/auth-profiles\.json:1:\d+ error auth\/order-set-wrong-provider/);
  });

  it("set refuses an unknown profile, naming the agent folder, with a did-you-mean; nothing is written", () => {
    setup();
    const result = order("set", "--provider", "kimi", "kimi:defualt");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Auth profile "kimi:defualt" not found in ${ws.agentDir("main")}`);
    expect(result.stderr).toContain('Did you mean "kimi:default"?');
    expect(existsSync(ws.statePath("main"))).toBe(false);
  });

  it("set needs profile ids; every action needs --provider", () => {
    setup();
    expect(order("set", "--provider", "kimi").stderr).toContain("Missing profile ids");
    const noProvider = order("get");
    expect(noProvider.status).toBe(2);
    expect(noProvider.stderr).toContain("needs --provider");
    expect(order("sort", "--provider", "kimi").stderr).toContain("get, set, clear");
  });

  it("set replaces an alias key of the same provider and keeps everything else in the file", () => {
    // OpenClaw's order set wants a stored credential (a profile only the config declares is refused; see fixtures/auth-cli/order-set-no-credential).
    setup({ "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-default-000" } });
    ws.write(
      ws.statePath("main"),
      JSON.stringify({
        version: 1,
        order: { "kimi-coding": ["kimi:default"], moonshot: ["moonshot:backup"] },
        usageStats: { "kimi:default": { lastUsed: 1, extra: true } },
        runtime: 1,
      }),
    );
    expect(order("set", "--provider", "kimi", "kimi:default").status).toBe(0);
    expect(ws.readJson(ws.statePath("main"))).toEqual({
      version: 1,
      order: { moonshot: ["moonshot:backup"], kimi: ["kimi:default"] },
      usageStats: { "kimi:default": { lastUsed: 1, extra: true } },
      runtime: 1,
    });
  });

  it("clear removes the override, and deletes the file when nothing is left (as OpenClaw does)", () => {
    setup();
    ws.write(ws.statePath("main"), JSON.stringify({ version: 1, order: { kimi: ["kimi:default"], moonshot: ["moonshot:backup"] } }));
    expect(order("clear", "--provider", "kimi-code").status).toBe(0);
    expect(ws.readJson(ws.statePath("main"))).toEqual({ version: 1, order: { moonshot: ["moonshot:backup"] } });
    const last = order("clear", "--provider", "moonshot");
    expect(last.status).toBe(0);
    expect(last.stdout).toContain("no stored order for moonshot");
    expect(existsSync(ws.statePath("main"))).toBe(false);
  });

  it("--agent picks the agent's own folder", () => {
    setup();
    ws.write(
      ws.storePath("coder"),
      JSON.stringify({ version: 1, profiles: { "kimi:coder": { type: "api_key", provider: "kimi", key: "sk-test-coder-0000" } } }),
    );
    expect(order("set", "--provider", "kimi", "--agent", "coder", "kimi:coder").status).toBe(0);
    expect(ws.readJson(ws.statePath("coder"))).toEqual({ version: 1, order: { kimi: ["kimi:coder"] } });
    expect(existsSync(ws.statePath("main"))).toBe(false);
  });
});

const add = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  runCli(["auth", "add", ws.config, "--state-dir", ws.stateDir, ...args], options);

describe("agentcfg auth add", () => {
  it("stores an API key from stdin (trailing newline dropped) and adds auth.profiles[ID], keeping comments", () => {
    setup({ "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-first-0000", email: "a@example.com" } });
    const result = add(["--provider", "kimi-coding", "--profile-id", "kimi:backup", "--token-stdin"], { input: "sk-test-second-1111\n" });
    expect(result.status, result.stderr).toBe(0);
    expect(ws.readJson(ws.storePath("main"))).toEqual({
      version: 1,
      profiles: {
        "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-first-0000", email: "a@example.com" },
        "kimi:backup": { type: "api_key", provider: "kimi", key: "sk-test-second-1111" },
      },
    });
    expect(statSync(ws.storePath("main")).mode & 0o777).toBe(0o600);
    expect(readFileSync(ws.config, "utf8")).toBe(
      CONFIG.replace(
        '      "moonshot:backup": { provider: "moonshot", mode: "api_key" },\n',
        '      "moonshot:backup": { provider: "moonshot", mode: "api_key" },\n      "kimi:backup": { provider: "kimi", mode: "api_key" },\n',
      ),
    );
    expect(result.stdout).toContain('Added auth.profiles["kimi:backup"]');
  });

  it("stores a token from an environment variable, creating auth and profiles in a config without them", () => {
    setup();
    ws.write(ws.config, "{\n    // four-space file\n    'agents': {},\n}\n");
    const result = add(["--provider", "kimi", "--profile-id", "kimi:ci", "--mode", "token", "--token-env", "KIMI_CI_TOKEN"], {
      env: { KIMI_CI_TOKEN: "tok-test-ci-2222" },
    });
    expect(result.status, result.stderr).toBe(0);
    expect((ws.readJson(ws.storePath("main")) as { profiles: unknown }).profiles).toEqual({
      "kimi:ci": { type: "token", provider: "kimi", token: "tok-test-ci-2222" },
    });
    expect(readFileSync(ws.config, "utf8")).toBe(
      "{\n    // four-space file\n    'agents': {},\n    'auth': {\n        'profiles': {\n            'kimi:ci': { 'provider': 'kimi', 'mode': 'token' },\n        },\n    },\n}\n",
    );
  });

  it("replaces the secret of an existing profile of the same provider and leaves the config alone", () => {
    setup({ "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-old-333333" } });
    const before = readFileSync(ws.config, "utf8");
    const result = add(["--provider", "kimi", "--profile-id", "kimi:default", "--token-stdin"], { input: "sk-test-new-444444\r\n" });
    expect(result.status, result.stderr).toBe(0);
    expect((ws.readJson(ws.storePath("main")) as { profiles: Record<string, unknown> }).profiles["kimi:default"]).toEqual({
      type: "api_key",
      provider: "kimi",
      key: "sk-test-new-444444",
    });
    expect(readFileSync(ws.config, "utf8")).toBe(before);
    expect(result.stdout).toContain("already has");
  });

  it("refuses an id that belongs to another provider, pointing at it; nothing is written", () => {
    setup();
    const result = add(["--provider", "kimi", "--profile-id", "moonshot:backup", "--token-stdin"], { input: "sk-test-conflict-55" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/openclaw\.json5:8:\d+ error auth\/add-provider-conflict/);
    expect((ws.readJson(ws.storePath("main")) as { profiles: unknown }).profiles).toEqual({});
    expect(readFileSync(ws.config, "utf8")).toBe(CONFIG);
  });

  it("warns when the config's auth.order leaves the new profile out", () => {
    setup();
    ws.write(ws.config, CONFIG.replace("  auth: {\n", '  auth: {\n    order: { kimi: ["kimi:default"] },\n'));
    const result = add(["--provider", "kimi", "--profile-id", "kimi:backup", "--token-stdin"], { input: "sk-test-order-6666" });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("warning auth/add-not-in-order");
    expect(result.stderr).toContain('auth.order.kimi does not list "kimi:backup"');
  });

  it("refuses an empty secret, an unset variable, and both or neither source; nothing is written", () => {
    setup();
    const base = ["--provider", "kimi", "--profile-id", "kimi:backup"];
    expect(add([...base, "--token-stdin"], { input: "\n" }).stderr).toContain("standard input is empty");
    expect(add([...base, "--token-stdin"], { input: "   \n" }).stderr).toContain("standard input is empty");
    expect(add([...base, "--token-env", "AGENTCFG_TEST_UNSET_VAR"]).stderr).toContain("AGENTCFG_TEST_UNSET_VAR is not set");
    expect(add([...base, "--token-env", "EMPTY_VAR"], { env: { EMPTY_VAR: "" } }).stderr).toContain("EMPTY_VAR is empty");
    expect(add(base).stderr).toContain("exactly one place");
    expect(add([...base, "--token-stdin", "--token-env", "X"], { input: "sk-test-both-77777" }).stderr).toContain("exactly one place");
    expect(add([...base, "--token-stdin"], { input: "sk-test-a-888888\nsk-test-b-999999\n" }).stderr).toContain("several lines");
    expect((ws.readJson(ws.storePath("main")) as { profiles: unknown }).profiles).toEqual({});
    expect(readFileSync(ws.config, "utf8")).toBe(CONFIG);
  });

  it("rejects --token as an unknown option without echoing its value, and writes nothing", () => {
    setup();
    const secret = "sk-test-argv-0123456789";
    for (const args of [["--token", secret], [`--token=${secret}`], ["-t", secret]]) {
      const result = add(["--provider", "kimi", "--profile-id", "kimi:argv", "--token-stdin", ...args], { input: "sk-test-stdin-abcdef" });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/Unknown argument: (token|t)\b/);
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
    expect((ws.readJson(ws.storePath("main")) as { profiles: unknown }).profiles).toEqual({});
    expect(readFileSync(ws.config, "utf8")).toBe(CONFIG);
  });

  it("does not echo a secret typed where the config or an extra argument goes", () => {
    setup();
    const secret = "sk-test-positional-987654";
    const asConfig = runCli(["auth", "add", secret, "--state-dir", ws.stateDir, "--provider", "kimi", "--profile-id", "kimi:x", "--token-stdin"], {
      input: "sk-test-stdin-abcdef",
    });
    expect(asConfig.status).toBe(2);
    expect(asConfig.stdout + asConfig.stderr).not.toContain(secret);
    const extra = add(["--provider", "kimi", "--profile-id", "kimi:x", "--token-stdin", secret], { input: "sk-test-stdin-abcdef" });
    expect(extra.status).toBe(2);
    expect(extra.stdout + extra.stderr).not.toContain(secret);
  });
});
