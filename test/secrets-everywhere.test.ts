/**
 * @fileoverview No secret reaches any output (issue 9). Distinct fake keys
 * are seeded in every place a key can stand — `apiKey`, inline `env` and
 * `env.vars`, provider, request and model `headers`, `request.auth` (bearer
 * token and header value), TLS key and passphrase (also toward the proxy),
 * proxy URL credentials, SecretRef ids that look like keys, one key longer
 * than a code frame is wide on a line with a finding, the agents'
 * auth-profiles.json (key, token, OAuth pair), a flat auth.json, and stdin
 * for `auth add` — then every command runs in every output format: check
 * (pretty, json, github, sarif, --output, --print-config), compile (plain,
 * --dry-run, --out), migrate (dry run, --format json, --state-dir, --write),
 * explain (pretty, json), auth order get/set/clear, auth add, inspect --html,
 * schema (--out). No secret may appear in stdout, stderr or any file written,
 * auth-profiles.json aside. A SecretRef id that is an env var name is a
 * locator, not a secret: it stays readable (and is checked to be).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeWorkspace } from "./compile-setup.js";
import { runCli, type CliResult } from "./run-cli.js";

const S = {
  apiKey: "sk-seed9-apikey-Q1w2e3r4t5",
  envInline: "sk-seed9-envinline-Y6u7i8o9",
  envVars: "sk-seed9-envvars-P0a1s2d3",
  providerHeader: "seed9-provider-header-F4g5h6",
  requestHeader: "seed9-request-header-J7k8l9",
  modelHeader: "seed9-model-header-Z1x2c3",
  bearer: "seed9-bearer-token-V4b5n6",
  headerValue: "seed9-auth-header-value-M7q8",
  tlsKey: "-----BEGIN PRIVATE KEY-----seed9tlskeyW9e0r1",
  tlsPassphrase: "seed9-tls-passphrase-T2y3u4",
  proxyTlsKey: "seed9-proxy-tls-key-I5o6p7",
  proxyCredentials: "seeduser:seed9-proxy-password-A8s9",
  refId: "sk-seed9-secretref-id-D0f1g2",
  long: `sk-seed9-long-${"L".repeat(300)}-end`,
};
const STORE = { key: "sk-seed9-store-key-B6n7m8", token: "seed9-store-token-C9v0b1", access: "seed9-oauth-access-X2z3", refresh: "seed9-oauth-refresh-Q4w5" };
const FLAT = "sk-seed9-flat-auth-json-E6r7";
const STDIN = "sk-seed9-stdin-R8t9y0";
/** Locators that must stay readable. */
const LOCATORS = ["CORP_API_KEY"];

const ALL = [...Object.values(S), ...Object.values(STORE), FLAT, STDIN];
/** The parts of a secret that must not show either (a key cut short by a code frame is still a leak). */
function fragments(secret: string): string[] {
  return secret.length > 40 ? [secret.slice(0, 30), secret.slice(-30)] : [secret];
}

const CONFIG = `// every place a key can stand
{
  env: { MOONSHOT_API_KEY: "${S.envInline}", vars: { OTHER_KEY: "${S.envVars}" } },
  agent: { model: "kimi/kimi-code" },
  agents: {
    defaults: { model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5", "corp/chat", "vault/chat"] } },
    list: [{ id: "main", default: true }],
  },
  auth: {
    profiles: {
      "kimi:default": { provider: "kimi", mode: "api_key" },
      "kimi:backup": { provider: "kimi", mode: "token" },
      "moonshot:default": { provider: "moonshot", mode: "oauth" },
    },
    order: { kimi: ["kimi:default", "kimi:backup"] },
  },
  models: {
    providers: {
      moonshot: { baseUrl: "https://api.moonshot.ai/v1", apiKey: "${S.apiKey}", models: [] },
      corp: {
        baseUrl: "https://llm.corp.example/v1",
        apiKey: { source: "env", provider: "default", id: "${LOCATORS[0]}" },
        headers: { "X-Team-Key": "${S.providerHeader}" },
        request: {
          headers: { "X-Extra": "${S.requestHeader}" },
          auth: { mode: "authorization-bearer", token: "${S.bearer}" },
          proxy: { mode: "explicit-proxy", url: "http://${S.proxyCredentials}@proxy.corp.example:3128", tls: { key: "${S.proxyTlsKey}" } },
          tls: { key: "${S.tlsKey}", passphrase: "${S.tlsPassphrase}" },
        },
        models: [{ id: "chat", name: "Chat", headers: { "X-Model-Key": "${S.modelHeader}" } }],
      },
      vault: {
        baseUrl: "https://vault.example/v1",
        apiKey: { source: "exec", provider: "vault", id: "${S.refId}" },
        request: { auth: { mode: "header", headerName: "X-Key", value: "${S.headerValue}" } },
        models: [{ id: "chat", name: "Chat" }],
      },
      long: { baseUrl: "https://long.example/v1", apiKey: "${S.long}", modle: "typo on the same line" , models: [] },
    },
  },
}
`;

const ws = makeWorkspace("agentcfg-secrets9-");
afterAll(() => ws.remove());

function seed(): void {
  ws.write(ws.config, CONFIG);
  ws.write(
    ws.storePath("main"),
    JSON.stringify({
      version: 1,
      profiles: {
        "kimi:default": { type: "api_key", provider: "kimi", key: STORE.key },
        "kimi:backup": { type: "token", provider: "kimi", token: STORE.token },
        "moonshot:default": { type: "oauth", provider: "moonshot", access: STORE.access, refresh: STORE.refresh, expires: 4_102_444_800_000 },
      },
      order: { kimi: ["kimi:backup", "kimi:default"] },
    }),
  );
  ws.write(ws.statePath("main"), JSON.stringify({ version: 1, order: { "kimi-coding": ["kimi:backup", "kimi:default", "kimi:backup"] } }));
  ws.write(join(ws.agentDir("main"), "auth.json"), JSON.stringify({ openai: { apiKey: FLAT } }));
}

function files(dir = ws.root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe("secrets in every place, every command, every format", () => {
  it("never reach stdout, stderr or a written file (auth-profiles.json aside)", { timeout: 120_000 }, () => {
    seed();
    const env = { OPENCLAW_STATE_DIR: ws.stateDir, OPENCLAW_CONFIG_PATH: ws.config };
    const runs: { args: string[]; result: CliResult }[] = [];
    const run = (args: string[], input?: string) => {
      const result = runCli(args, { env, input, timeout: 60_000 });
      runs.push({ args, result });
      return result;
    };
    const out = (name: string) => join(ws.root, "out", name);
    ws.write(out(".keep"), "");
    const now = ["--now", "2026-04-13T14:00:00Z"];

    for (const format of ["pretty", "json", "github", "sarif"]) {
      run(["check", ws.config, "--format", format]);
      run(["check", ws.config, "--format", format, "--output", out(`check.${format}`)]);
    }
    run(["check", ws.config, "--print-config"]);
    run(["check", ws.config, "--strict", "--env-check"]);
    run(["compile", ws.config, "--dry-run", ...now]);
    run(["compile", ws.config, "--out", out("normalized.json"), ...now]);
    run(["migrate", ws.config]);
    run(["migrate", ws.config, "--format", "json"]);
    run(["migrate", "--state-dir", ws.stateDir]);
    run(["migrate", "--state-dir", ws.stateDir, "--format", "json"]);
    run(["explain", ws.config, ...now]);
    run(["explain", ws.config, "--format", "json", "--pin", "kimi:backup", ...now]);
    run(["auth", "order", "get", "--provider", "kimi"]);
    run(["auth", "order", "get", "--provider", "kimi", "--json"]);
    run(["auth", "order", "set", "--provider", "kimi", "kimi:default", "moonshot:default"]);
    run(["auth", "order", "set", "--provider", "kimi", "kimi:backup", "kimi:default"]);
    run(["auth", "order", "clear", "--provider", "kimi"]);
    run(["auth", "add", ws.config, "--provider", "kimi", "--profile-id", "kimi:third", "--token-stdin"], `${STDIN}\n`);
    run(["auth", "add", ws.config, "--provider", "moonshot", "--profile-id", "kimi:third", "--token-stdin"], `${STDIN}\n`);
    run(["inspect", ws.config, "--html", out("inspect.html"), ...now]);
    run(["schema"]);
    run(["schema", "--out", out("schema.json")]);
    // Last: --write rewrites the config (a backup beside it) and moves the state out of the store.
    run(["migrate", ws.config, "--write"]);
    run(["migrate", "--state-dir", ws.stateDir, "--write"]);
    run(["check", ws.config, "--format", "sarif"]);

    // The commands did real work, so the search below covers real output.
    const byArgs = (prefix: string) => runs.filter((r) => r.args.join(" ").startsWith(prefix));
    expect(
      byArgs("check").every((r) => r.result.status === 1),
      "check finds the typo",
    ).toBe(true);
    expect(runs.find((r) => r.args.includes("--print-config"))!.result.stdout).toContain("‹redacted›");
    expect(byArgs("migrate").slice(0, 1)[0]!.result.stdout).toContain("agents.defaults");
    expect(readFileSync(out("inspect.html"), "utf8").length).toBeGreaterThan(1000);
    expect((ws.readJson(ws.storePath("main")) as { profiles: Record<string, { key?: string }> }).profiles["kimi:third"]?.key).toBe(STDIN);
    for (const { args, result } of runs) {
      expect(result.stdout + result.stderr, args.join(" ")).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    }
    // The locator stays readable: it tells the user which variable to set.
    expect(runs.some((r) => (r.result.stdout + r.result.stderr).includes(LOCATORS[0]!))).toBe(true);

    for (const { args, result } of runs) {
      for (const secret of ALL) {
        for (const part of fragments(secret)) {
          expect(result.stdout, `stdout of ${args.join(" ")}`).not.toContain(part);
          expect(result.stderr, `stderr of ${args.join(" ")}`).not.toContain(part);
        }
      }
    }
    const written = files().filter((path) => !path.endsWith("auth-profiles.json") && statSync(path).size > 0);
    const config = [ws.config, `${ws.config}.bak`];
    for (const path of written) {
      const text = readFileSync(path, "utf8");
      // The config (and its backup) keep what its author wrote, and gain nothing; the old store's backup is the user's own file.
      if (config.includes(path)) {
        for (const secret of [...Object.values(STORE), STDIN, FLAT]) expect(text, relative(ws.root, path)).not.toContain(secret);
        continue;
      }
      // migrate --write keeps the old credential stores as .bak: credentials by nature, so private (0600), and holding no config secret.
      if (/auth(-profiles)?\.json\.bak$/.test(path)) {
        if (path.endsWith("auth-profiles.json.bak")) expect(statSync(path).mode & 0o077, relative(ws.root, path)).toBe(0);
        for (const secret of Object.values(S)) for (const part of fragments(secret)) expect(text, relative(ws.root, path)).not.toContain(part);
        continue;
      }
      for (const secret of ALL) for (const part of fragments(secret)) expect(text, relative(ws.root, path)).not.toContain(part);
    }
    console.log(`secrets-everywhere: ${runs.length} runs, ${written.length} files searched`);
  });
});
