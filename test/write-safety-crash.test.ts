/**
 * @fileoverview Write safety of `migrate --write` and `auth add` (issue 9):
 * processes killed with SIGKILL at moments timed to their write phase (from
 * the first file they create in the folder, as test/compile-crash.test.ts
 * times compile) never leave a partial file — the config is exactly the old
 * text or exactly the new one, a `.bak` is exactly the old text, the
 * credential store is the old or the new JSON. And a write that fails (a
 * folder in the way of the backup or the store, a read-only folder) leaves
 * every previous file byte for byte intact, with a diagnostic and a non-zero exit.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, watch } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeWorkspace, spawnCli, type AsyncCliResult, type Workspace } from "./compile-setup.js";
import { unprivileged } from "./helpers/as-nobody.js";
import { runMeasured } from "./helpers/measure-cli.js";
import { seededRandom } from "./helpers/test-scale.js";

/** The kill delays: seeded, so a failing run can be replayed with the same timings. */
const crashDelay = seededRandom();

/** Kills aimed for per command (at least a quarter must land). */
const KILLS = 24;
const workspaces: Workspace[] = [];
afterAll(() => workspaces.forEach((ws) => ws.remove()));

const LEGACY = `// an old config
{
  agent: { model: "kimi-coding/k2p5", modelFallbacks: ["moonshot/kimi-k2.5"] }, // the model
  telegram: { enabled: true },
  gateway: { port: 18789 },
}
`;

/** Runs the CLI; when `killAfterMs` is given, kills it that long after the first new file appears in `dir`. */
function runTimed(args: string[], dir: string, killAfterMs?: number, input?: string): Promise<{ result: AsyncCliResult; writeMs: number }> {
  let child: ChildProcess | undefined;
  let began: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, (event) => {
    if (began !== undefined || event !== "rename") return;
    began = Date.now();
    if (killAfterMs !== undefined) timer = setTimeout(() => child?.kill("SIGKILL"), killAfterMs);
  });
  return spawnCli(args, { input, onStart: (c) => (child = c) }).then((result) => {
    watcher.close();
    clearTimeout(timer);
    return { result, writeMs: began === undefined ? 0 : Date.now() - began };
  });
}

describe("SIGKILL during the write phase", () => {
  it(`migrate --write: the config is wholly old or wholly new, the backup wholly old (≥ ${KILLS / 2} kills)`, { timeout: 30_000 }, async () => {
    const ws = makeWorkspace("agentcfg-migrate-kill-");
    workspaces.push(ws);
    ws.write(ws.config, LEGACY);
    const calibration = await runTimed(["migrate", ws.config, "--write"], ws.root);
    expect(calibration.result.status, calibration.result.stderr).toBe(0);
    const migrated = readFileSync(ws.config, "utf8");
    expect(migrated).not.toBe(LEGACY);
    const tally = { runs: 0, killed: 0, old: 0, new: 0 };
    // Under load a kill may come too late; run on (up to 3×) until enough runs were really killed.
    for (; tally.runs < 3 * KILLS && tally.killed < KILLS / 2; tally.runs++) {
      ws.write(ws.config, LEGACY);
      spawnSync("rm", ["-f", `${ws.config}.bak`]);
      const { result } = await runTimed(["migrate", ws.config, "--write"], ws.root, Math.floor(crashDelay() * Math.max(5, calibration.writeMs * 1.2)));
      if (result.signal === "SIGKILL") tally.killed++;
      const text = readFileSync(ws.config, "utf8");
      expect([LEGACY, migrated]).toContain(text);
      tally[text === LEGACY ? "old" : "new"]++;
      if (existsSync(`${ws.config}.bak`)) expect(readFileSync(`${ws.config}.bak`, "utf8")).toBe(LEGACY);
    }
    console.log(`migrate --write kills: ${JSON.stringify({ ...tally, writeMs: calibration.writeMs })}`);
    expect(tally.killed).toBeGreaterThanOrEqual(KILLS / 4);
  });

  it(`auth add: the store and the config are each wholly old or wholly new (≥ ${KILLS / 2} kills)`, { timeout: 30_000 }, async () => {
    const ws = makeWorkspace("agentcfg-add-kill-");
    workspaces.push(ws);
    const config = `{\n  // keys\n  auth: { profiles: { "kimi:default": { provider: "kimi", mode: "api_key" } } },\n}\n`;
    const store = JSON.stringify({ version: 1, profiles: { "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-old-0000" } } });
    const reset = () => {
      ws.write(ws.config, config);
      ws.write(ws.storePath("main"), store);
    };
    const args = ["auth", "add", ws.config, "--provider", "kimi", "--profile-id", "kimi:new", "--token-stdin", "--state-dir", ws.stateDir];
    reset();
    const calibration = await runTimed(args, ws.agentDir("main"), undefined, "sk-test-new-0000\n");
    expect(calibration.result.status, calibration.result.stderr).toBe(0);
    const newConfig = readFileSync(ws.config, "utf8");
    const tally = { runs: 0, killed: 0, storeNew: 0, configNew: 0 };
    for (; tally.runs < 3 * KILLS && tally.killed < KILLS / 2; tally.runs++) {
      reset();
      const { result } = await runTimed(args, ws.agentDir("main"), Math.floor(crashDelay() * Math.max(5, calibration.writeMs * 1.5)), "sk-test-new-0000\n");
      if (result.signal === "SIGKILL") tally.killed++;
      const profiles = (JSON.parse(readFileSync(ws.storePath("main"), "utf8")) as { profiles: Record<string, { key: string }> }).profiles;
      expect(profiles["kimi:default"]?.key).toBe("sk-test-old-0000");
      if (profiles["kimi:new"]) {
        expect(profiles["kimi:new"].key).toBe("sk-test-new-0000");
        tally.storeNew++;
      }
      const text = readFileSync(ws.config, "utf8");
      expect([config, newConfig]).toContain(text);
      if (text === newConfig) {
        tally.configNew++;
        // The config names a profile only once its credential is stored.
        expect(profiles["kimi:new"]).toBeDefined();
      }
    }
    console.log(`auth add kills: ${JSON.stringify({ ...tally, writeMs: calibration.writeMs })}`);
    expect(tally.killed).toBeGreaterThanOrEqual(KILLS / 4);
  });
});

describe("a failed write leaves the previous file intact", () => {
  it("migrate --write with a folder where the backup goes: exit 2, the config untouched, no temp file left (regression)", () => {
    const ws = makeWorkspace("agentcfg-migrate-blocked-");
    workspaces.push(ws);
    ws.write(ws.config, LEGACY);
    ws.write(join(`${ws.config}.bak`, "occupied"), "x");
    const run = runMeasured(["migrate", ws.config, "--write"], { timeoutMs: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("could not write");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(readFileSync(ws.config, "utf8")).toBe(LEGACY);
    expect(readdirSync(ws.root).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("auth add with a folder where auth-profiles.json goes: refused, the config untouched", () => {
    const ws = makeWorkspace("agentcfg-add-blocked-");
    workspaces.push(ws);
    const config = `{ auth: { profiles: {} } }\n`;
    ws.write(ws.config, config);
    mkdirSync(ws.storePath("main"), { recursive: true });
    const run = runMeasured(["auth", "add", ws.config, "--provider", "kimi", "--profile-id", "kimi:x", "--token-stdin", "--state-dir", ws.stateDir], {
      input: "sk-test-blocked-0000\n",
      timeoutMs: 20_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/error (parse|state)\//);
    expect(run.stdout + run.stderr).not.toContain("sk-test-blocked-0000");
    expect(readFileSync(ws.config, "utf8")).toBe(config);
  });

  const { prefix, asRoot, skipReason } = unprivileged();
  it.skipIf(skipReason !== undefined)(
    `a read-only folder: migrate --write and auth add fail cleanly, nothing changes${asRoot ? " (as nobody, via setpriv)" : ""}${skipReason ? ` (skipped: ${skipReason})` : ""}`,
    () => {
      const ws = makeWorkspace("agentcfg-readonly-");
      workspaces.push(ws);
      ws.write(ws.config, LEGACY);
      ws.write(ws.storePath("main"), JSON.stringify({ version: 1, profiles: {} }));
      if (asRoot) spawnSync("chown", ["-R", "65534:65534", ws.root]);
      for (const dir of [ws.root, ws.agentDir("main")]) chmodSync(dir, 0o555);
      try {
        const migrate = runMeasured(["migrate", ws.config, "--write"], { prefix, timeoutMs: 20_000 });
        expect(migrate.status, migrate.stderr).toBe(2);
        expect(migrate.stderr).toMatch(/could not write.*(permission denied|EACCES)/i);
        expect(readFileSync(ws.config, "utf8")).toBe(LEGACY);
        const add = runMeasured(["auth", "add", ws.config, "--provider", "kimi", "--profile-id", "kimi:ro", "--token-stdin", "--state-dir", ws.stateDir], {
          prefix,
          input: "sk-test-ro-0000\n",
          timeoutMs: 20_000,
        });
        expect(add.status).not.toBe(0);
        expect(add.stdout + add.stderr).toMatch(/permission denied/);
        expect(add.stdout + add.stderr).not.toContain("sk-test-ro-0000");
        expect(readFileSync(ws.config, "utf8")).toBe(LEGACY);
        expect(JSON.parse(readFileSync(ws.storePath("main"), "utf8"))).toEqual({ version: 1, profiles: {} });
      } finally {
        for (const dir of [ws.root, ws.agentDir("main")]) chmodSync(dir, 0o755);
      }
    },
  );
});
