/**
 * @fileoverview `migrate --to 2026.9 --state-dir` and the auth commands on
 * 2026.9's SQLite store, against what the real CLIs said
 * (fixtures/state-2026.9/, recorded by scripts/record-state-oracle.sh):
 * - a state folder 2026.4 made, migrated, holds the profiles, order and
 *   cooldown that 2026.4 showed and that 2026.9 showed on the migrated store;
 *   the JSON files are kept as .bak, a second run changes nothing, and the
 *   dry run names ids and fields but never a secret;
 * - a store 2026.9 wrote itself (its auth rows, replayed into its recorded
 *   layout) answers `auth order get` and `explain` as 2026.9 did;
 * - the two-agent case: `work` without files inherits main's order (2026.4,
 *   and 2026.9 on the migrated store), and order set refuses a profile
 *   without a credential, as both releases do.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyStateToSqlite, planStateToSqlite } from "../src/state/migrate-to-sqlite.js";
import { agentDatabasePath, createSqliteStore, openAgentStore } from "../src/state/index.js";
import { loadSqlite } from "../src/state/sqlite-load.js";
import { spawnCli } from "./compile-setup.js";
import { ROOT } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

const FIX = join(ROOT, "fixtures", "state-2026.9");
const json = (rel: string) => JSON.parse(readFileSync(join(FIX, rel), "utf8"));
const base = mkdtempSync(join(tmpdir(), "agentcfg-mig9-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const TOKENS = ["sk-kimi-default-TESTTOKEN-0001", "sk-kimi-backup-TESTTOKEN-0002"];

/** A copy of the 2026.4 folder: `<dir>/openclaw.json` and `<dir>/state/`. */
function copy2026_4(): string {
  const dir = join(base, `w${n++}`);
  cpSync(join(FIX, "from-2026.4"), dir, { recursive: true });
  return dir;
}

/** The kimi profile ids of a `models status --json`, in the order it lists them. */
function statusProfiles(status: { auth: { providers: Array<{ provider: string; profiles: { labels: string[] } }> } }): string[] {
  const kimi = status.auth.providers.find((p) => p.provider === "kimi");
  return (kimi?.profiles.labels ?? []).map((label) => label.split("=")[0]!);
}

function unusable(status: { auth: { unusableProfiles: Array<{ profileId: string; kind: string; until: number }> } }) {
  return status.auth.unusableProfiles.map(({ profileId, kind, until }) => ({ profileId, kind, until }));
}

describe("migrate --to 2026.9 --state-dir on a folder 2026.4 made", () => {
  it("keeps profiles, order and cooldowns as both releases show them", async () => {
    const dir = copy2026_4();
    const stateDir = join(dir, "state");
    const plan = planStateToSqlite(stateDir);
    expect(plan.diagnostics).toEqual([]);
    await applyStateToSqlite(stateDir, plan);

    const store = openAgentStore(stateDir, "main");
    expect(store.kind).toBe("sqlite");
    const state = store.readState().value!;
    const profiles = Object.keys(store.readProfiles().credentials);
    const before = json("oracle-2026.4/order-get-main.json");
    const after = json("oracle-2026.9/migrated-order-get-main.json");
    expect(state.order?.["kimi"]).toEqual(before.order);
    expect(state.order?.["kimi"]).toEqual(after.order);
    expect(after.authStatePath).toBe("<state>/agents/main/agent/openclaw-agent.sqlite");
    expect(profiles.sort()).toEqual(statusProfiles(json("oracle-2026.4/status-main.json")).sort());
    expect(profiles.sort()).toEqual(statusProfiles(json("oracle-2026.9/migrated-status-main.json")).sort());
    const cooldowns = Object.entries(state.usageStats ?? {})
      .filter(([, s]) => (s.cooldownUntil ?? 0) > Date.now())
      .map(([profileId, s]) => ({ profileId, kind: "cooldown", until: s.cooldownUntil }));
    expect(cooldowns).toEqual(unusable(json("oracle-2026.4/status-main.json")));
    expect(cooldowns).toEqual(unusable(json("oracle-2026.9/migrated-status-main.json")));

    const agent = join(stateDir, "agents", "main", "agent");
    for (const name of ["auth-profiles.json", "auth-state.json"]) {
      expect(existsSync(join(agent, name))).toBe(false);
      expect(readFileSync(join(agent, `${name}.bak`), "utf8")).toBe(readFileSync(join(FIX, "from-2026.4", "state", "agents", "main", "agent", name), "utf8"));
    }
    // Run again: nothing left to do.
    expect(planStateToSqlite(stateDir).agents.filter((a) => a.action !== "skip")).toEqual([]);
  });

  it("the dry run names profile ids and fields, never a secret, and writes nothing", async () => {
    const dir = copy2026_4();
    const result = await spawnCli(["migrate", "--to", "2026.9", "--state-dir", join(dir, "state")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("profile kimi:default: type=token, provider=kimi, token=‹redacted›");
    expect(result.stdout).toContain("order kimi: kimi:backup, kimi:default");
    for (const token of TOKENS) expect(result.stdout + result.stderr).not.toContain(token);
    expect(existsSync(agentDatabasePath(join(dir, "state"), "main"))).toBe(false);
  });

  it("stops, naming both places, when the database already holds something else", async () => {
    const dir = copy2026_4();
    const stateDir = join(dir, "state");
    const other = createSqliteStore(stateDir, "main");
    await other.updateState((d) => {
      d.order = { kimi: ["kimi:default"] };
    });
    const plan = planStateToSqlite(stateDir);
    expect(plan.stopped).toBe(true);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(["legacy/conflict"]);
    expect(messageOf(plan.diagnostics[0])).toContain("auth_profile_state");
  });

  it("2026.9 refused the folder unmigrated (why the migration is needed)", () => {
    expect(readFileSync(join(FIX, "oracle-2026.9/unmigrated-order-get.txt"), "utf8")).toContain("requires legacy credential migration");
  });
});

/** Replays the auth rows 2026.9 wrote into a state folder: main's agent database and the shared state database. */
function replay2026_9(): string {
  const stateDir = join(base, `n${n++}`, "state");
  const rows = json("written-by-2026.9/rows.json");
  createSqliteStore(stateDir, "main");
  const { DatabaseSync } = loadSqlite();
  const agent = new DatabaseSync(agentDatabasePath(stateDir, "main"));
  const put = (table: string, key: string, col: string, value: string | null) => {
    if (value !== null) agent.prepare(`INSERT INTO ${table} (${key}, ${col}, updated_at) VALUES ('primary', ?, 0)`).run(value);
  };
  put("auth_profile_store", "store_key", "store_json", rows.agents.main.auth_profile_store);
  put("auth_profile_state", "state_key", "state_json", rows.agents.main.auth_profile_state);
  agent.close();
  mkdirSync(join(stateDir, "state"), { recursive: true });
  // Only the table agentcfg reads of the shared database (the rest of its layout is not agentcfg's to read).
  const shared = new DatabaseSync(join(stateDir, "state", "openclaw.sqlite"));
  shared.exec("CREATE TABLE config_machine_state (state_key TEXT NOT NULL PRIMARY KEY, value_json TEXT NOT NULL, updated_at_ms INTEGER NOT NULL) STRICT");
  for (const [key, value] of Object.entries(rows.shared as Record<string, string | null>)) {
    if (value !== null) shared.prepare("INSERT INTO config_machine_state VALUES (?, ?, 0)").run(key, value);
  }
  shared.close();
  writeFileSync(join(stateDir, "..", "openclaw.json"), readFileSync(join(FIX, "written-by-2026.9", "openclaw.json")));
  return stateDir;
}

describe("a store 2026.9 wrote itself", () => {
  it("auth order get answers as 2026.9 did, for main and for work", async () => {
    const stateDir = replay2026_9();
    const config = join(stateDir, "..", "openclaw.json");
    for (const agent of ["main", "work"]) {
      const expected = json(`oracle-2026.9/native-order-get-${agent}.json`);
      const result = await spawnCli(["auth", "order", "get", "--provider", "kimi", "--agent", agent, "--json", "--config", config, "--state-dir", stateDir]);
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).order).toEqual(expected.order);
    }
  });

  it("explain finds both keys (in the shared store) in the stored order", async () => {
    const stateDir = replay2026_9();
    const config = join(stateDir, "..", "openclaw.json");
    const result = await spawnCli(["explain", config, "--agent", "main", "--model", "kimi/kimi-code", "--format", "json", "--state-dir", stateDir]);
    expect(result.status, result.stderr).toBe(0);
    const order = json("oracle-2026.9/native-order-get-main.json").order as string[];
    expect(result.stdout).not.toContain("profile_missing");
    expect(result.stdout).not.toContain("missing_credential");
    for (const id of order) expect(result.stdout).toContain(id);
    for (const token of TOKENS) expect(result.stdout).not.toContain(token);
  });
});

describe("two agents, order set for main only", () => {
  it("work inherits main's order, as 2026.4 (and 2026.9 on the migrated store) show", async () => {
    const expected = json("oracle-2026.4/order-get-work.json").order;
    expect(json("oracle-2026.9/migrated-order-get-work.json").order).toEqual(expected);
    for (const migrated of [false, true]) {
      const dir = copy2026_4();
      if (migrated) await applyStateToSqlite(join(dir, "state"), planStateToSqlite(join(dir, "state")));
      const result = await spawnCli([
        "auth",
        "order",
        "get",
        "--provider",
        "kimi",
        "--agent",
        "work",
        "--json",
        "--config",
        join(dir, "openclaw.json"),
        "--state-dir",
        join(dir, "state"),
      ]);
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).order).toEqual(expected);
      // The whole answer, paths included, as the release that reads that store printed it.
      const oracle = json(migrated ? "oracle-2026.9/migrated-order-get-work.json" : "oracle-2026.4/order-get-work.json");
      expect(JSON.parse(result.stdout.split(join(dir, "state")).join("<state>"))).toEqual(oracle);
    }
  });

  it("explain --agent work uses main's keys in main's order instead of calling them missing", async () => {
    for (const migrated of [false, true]) {
      const dir = copy2026_4();
      if (migrated) await applyStateToSqlite(join(dir, "state"), planStateToSqlite(join(dir, "state")));
      const args = [
        "explain",
        join(dir, "openclaw.json"),
        "--agent",
        "work",
        "--model",
        "kimi/kimi-code",
        "--format",
        "json",
        "--state-dir",
        join(dir, "state"),
      ];
      const result = await spawnCli(args);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).not.toContain("profile_missing");
      const plan = JSON.parse(result.stdout) as { files: { store: string | null } };
      expect(plan.files.store).toContain(join("agents", "main", "agent"));
      for (const token of TOKENS) expect(result.stdout).not.toContain(token);
    }
  });

  it("order set refuses a profile without a credential, as OpenClaw does", async () => {
    expect(readFileSync(join(FIX, "oracle-2026.4/order-set-no-credential.txt"), "utf8")).toContain(
      'Auth profile "kimi:nokey" not found in <state>/agents/main/agent.',
    );
    expect(readFileSync(join(FIX, "oracle-2026.9/order-set-no-credential.txt"), "utf8")).toContain(
      'Auth profile "kimi:nokey" not found in <state>/agents/main/agent.',
    );
    const dir = copy2026_4();
    const result = await spawnCli([
      "auth",
      "order",
      "set",
      "--provider",
      "kimi",
      "kimi:nokey",
      "--config",
      join(dir, "openclaw.json"),
      "--state-dir",
      join(dir, "state"),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("kimi:nokey");
    expect(result.stderr).toContain("auth/order-set-unknown-profile");
  });
});
