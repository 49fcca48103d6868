/**
 * @fileoverview `agentcfg compile` end to end (the built CLI as a child
 * process): the normalized auth-state.json per agent, what it keeps, mode
 * 0600, no rewrite when nothing changes, `--agent`, `--dry-run` (a diff,
 * nothing written), `--out` (the normalized config), drift, and refusals
 * (a config with errors, an unknown option, an unusable state file).
 */
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { kimiConfig, makeWorkspace, NORMALIZED_STATE, UNNORMALIZED_STATE, type Workspace } from "./compile-setup.js";
import { runCli } from "./run-cli.js";

const NOW = "2026-04-13T14:00:00Z";
let ws: Workspace;
afterEach(() => ws?.remove());

function setup(agents = ["main", "coder"], extra = ""): Workspace {
  ws = makeWorkspace();
  ws.write(ws.config, kimiConfig(agents, extra));
  for (const agent of agents) ws.write(ws.statePath(agent), JSON.stringify(UNNORMALIZED_STATE));
  return ws;
}

const compile = (...args: string[]) => runCli(["compile", ws.config, "--state-dir", ws.stateDir, "--now", NOW, ...args]);

describe("agentcfg compile", () => {
  it("writes every agent's normalized auth-state.json, keeping runtime fields it does not know, mode 0600", () => {
    setup();
    const result = compile();
    expect(result.status).toBe(0);
    for (const agent of ["main", "coder"]) {
      expect(ws.readJson(ws.statePath(agent))).toEqual(NORMALIZED_STATE);
      expect(statSync(ws.statePath(agent)).mode & 0o777).toBe(0o600);
      expect(result.stdout).toContain(`${agent}: wrote ${ws.statePath(agent)}`);
    }
    expect(result.stderr).toContain("state/provider-alias");
    expect(result.stderr).toContain("state/unknown-profile");
    expect(result.stderr).toContain("state/expired-cooldown");
  });

  it("does not rewrite a file that already holds the normalized state, even when it is laid out differently", () => {
    setup(["main"]);
    ws.write(ws.statePath("main"), JSON.stringify(NORMALIZED_STATE)); // one line: not how agentcfg writes it
    const before = statSync(ws.statePath("main"));
    const result = compile();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("is up to date");
    const after = statSync(ws.statePath("main"));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(ws.statePath("main"), "utf8")).toBe(JSON.stringify(NORMALIZED_STATE));
  });

  it("compiles only the agent named by --agent, and refuses an agent the config does not have", () => {
    setup();
    expect(compile("--agent", "coder").status).toBe(0);
    expect(ws.readJson(ws.statePath("coder"))).toEqual(NORMALIZED_STATE);
    expect(ws.readJson(ws.statePath("main"))).toEqual(UNNORMALIZED_STATE);
    const unknown = compile("--agent", "writer");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('agent "writer" is not in');
    expect(unknown.stderr).toContain('"main", "coder"');
  });

  it("--dry-run prints a unified diff per file and writes nothing", () => {
    setup(["main"]);
    const out = `${ws.root}/normalized.json`;
    const result = compile("--dry-run", "--out", out);
    expect(result.status).toBe(0);
    // Absolute names are shown as they are (git's a/ and b/ prefixes are for relative ones).
    expect(result.stdout).toContain(`--- ${ws.statePath("main")}\n+++ ${ws.statePath("main")}\n`);
    expect(result.stdout).toMatch(/^@@ -1 \+1,\d+ @@$/m);
    expect(result.stdout).toContain('+    "kimi": [');
    expect(result.stdout).toContain("--- /dev/null");
    expect(result.stdout).toContain(`+++ ${out}`);
    expect(result.stderr).toContain(`main: would write ${ws.statePath("main")}`);
    expect(ws.readJson(ws.statePath("main"))).toEqual(UNNORMALIZED_STATE);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(ws.agentDir("main"))).toEqual(["auth-state.json"]);
  });

  it("--dry-run prints nothing on stdout when nothing would change", () => {
    setup(["main"]);
    ws.write(ws.statePath("main"), JSON.stringify(NORMALIZED_STATE));
    const result = compile("--dry-run");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
  });

  it("--out writes the normalized config as JSON: canonical providers, object model form", () => {
    setup(["main"], `\n  models: { providers: { "Kimi-Coding": { baseUrl: "https://api.kimi.com/coding/", models: [] } } },`);
    const out = `${ws.root}/normalized.json`;
    const result = compile("--out", out);
    expect(result.status).toBe(0);
    const normalized = ws.readJson(out) as { agents: { defaults: { model: unknown } }; auth: unknown };
    expect(normalized.agents.defaults.model).toEqual({ primary: "kimi/kimi-code" });
    expect(normalized.auth).toEqual({
      profiles: { "kimi:default": { provider: "kimi", mode: "api_key" }, "kimi:backup": { provider: "kimi", mode: "api_key" } },
    });
    expect(result.stdout).toContain(`normalized config: wrote ${out}`);
    // Running again changes nothing.
    expect(compile("--out", out).stdout).toContain(`normalized config: ${out} unchanged`);
  });

  it("reports drift: a stored order that contradicts auth.order, which wins at run time, and how to clear it", () => {
    setup(["main"], `\n  // the config's order\n  models: {},`);
    ws.write(ws.config, readFileSync(ws.config, "utf8").replace("  auth: {\n", '  auth: {\n    order: { kimi: ["kimi:default", "kimi:backup"] },\n'));
    const result = compile();
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("warning state/order-drift");
    expect(result.stderr).toContain(
      'has a stored order for "kimi" (kimi:backup, kimi:default) that differs from auth.order.kimi in the config (kimi:default, kimi:backup)',
    );
    expect(result.stderr).toContain("The stored order wins at run time");
    expect(result.stderr).toContain("`agentcfg auth order clear --provider kimi --agent main`");
    // The drift is reported at the stored key, as the file wrote it.
    expect(result.stderr).toMatch(/auth-state\.json:1:\d+ warning state\/order-drift/);
  });

  it("deletes a state file that nothing is left in, as OpenClaw does", () => {
    setup(["main"]);
    ws.write(ws.statePath("main"), JSON.stringify({ version: 1, order: { kimi: ["kimi:gone"] }, usageStats: {} }));
    const result = compile();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("deleted");
    expect(existsSync(ws.statePath("main"))).toBe(false);
  });

  it("leaves an unusable state file as it is, says why, and exits 1", () => {
    setup(["main", "coder"]);
    ws.write(ws.statePath("main"), '{"version": 1, "order": {"kimi": "kimi:default"}}');
    const result = compile();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("state/invalid-file");
    expect(readFileSync(ws.statePath("main"), "utf8")).toBe('{"version": 1, "order": {"kimi": "kimi:default"}}');
    expect(ws.readJson(ws.statePath("coder"))).toEqual(NORMALIZED_STATE); // the other agent is still compiled
  });

  it("compiles nothing from a config with errors", () => {
    setup(["main"], `\n  agnets: {},`);
    const result = compile();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("nothing was compiled");
    expect(ws.readJson(ws.statePath("main"))).toEqual(UNNORMALIZED_STATE);
  });

  it("writes nothing when given an option it does not know (yargs still calls the command)", () => {
    setup(["main"]);
    const result = compile("--force");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown argument: force");
    expect(ws.readJson(ws.statePath("main"))).toEqual(UNNORMALIZED_STATE);
  });

  it("refuses a --now that is not a full ISO date-time", () => {
    setup(["main"]);
    const result = runCli(["compile", ws.config, "--state-dir", ws.stateDir, "--now", "2026-04-13"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--now expects an ISO date-time");
  });

  it("judges cooldowns against --now: one that has not ended yet is kept", () => {
    setup(["main"]);
    ws.write(
      ws.statePath("main"),
      JSON.stringify({
        version: 1,
        usageStats: { "kimi:backup": { cooldownUntil: Date.parse("2026-04-13T15:00:00Z"), cooldownReason: "rate_limit", errorCount: 1 } },
      }),
    );
    expect(compile().status).toBe(0);
    expect(ws.readJson(ws.statePath("main"))).toEqual({
      version: 1,
      usageStats: { "kimi:backup": { cooldownUntil: Date.parse("2026-04-13T15:00:00Z"), cooldownReason: "rate_limit", errorCount: 1 } },
    });
    expect(runCli(["compile", ws.config, "--state-dir", ws.stateDir, "--now", "2026-04-13T16:00:00Z"]).status).toBe(0);
    expect(ws.readJson(ws.statePath("main"))).toEqual({ version: 1, usageStats: { "kimi:backup": { errorCount: 0 } } });
  });
});
