/**
 * @fileoverview The 2026.9 SQLite store (src/state/sqlite-store.ts, store.ts):
 * a new database has 2026.9's layout and pragmas and mode 0600; values round
 * trip; 8 writer processes lose no update; writers killed with SIGKILL at
 * seeded moments (100 under `npm run test:slow`, 30 in `npm test`) leave a
 * database that opens and holds the last committed value or the one being
 * written, never anything else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileAuthState } from "../src/emit/auth-state.js";
import { agentDatabasePath, createSqliteStore, openAgentStore } from "../src/state/index.js";
import { loadSqlite } from "../src/state/sqlite-load.js";
import { AGENT_DB_DDL, AGENT_DB_USER_VERSION } from "../src/state/sqlite-schema-2026.9.js";
import { ROOT } from "./fixture-files.js";
import { scaled } from "./helpers/test-scale.js";

const HELPER = join(ROOT, "test/helpers/sqlite-writer.mjs");
const base = mkdtempSync(join(tmpdir(), "agentcfg-sqlite-"));
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  rmSync(base, { recursive: true, force: true });
});
let n = 0;
const freshStateDir = () => mkdtempSync(join(base, `s${n++}-`));

function pragma(path: string, name: string): unknown {
  const db = new (loadSqlite().DatabaseSync)(path, { readOnly: true });
  try {
    return Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];
  } finally {
    db.close();
  }
}

describe("a new SQLite store", () => {
  it("has 2026.9's layout, WAL, incremental auto-vacuum and mode 0600", () => {
    const stateDir = freshStateDir();
    createSqliteStore(stateDir, "main");
    const path = agentDatabasePath(stateDir, "main");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(pragma(path, "user_version")).toBe(AGENT_DB_USER_VERSION);
    expect(pragma(path, "journal_mode")).toBe("wal");
    expect(pragma(path, "auto_vacuum")).toBe(2);
    const db = new (loadSqlite().DatabaseSync)(path, { readOnly: true });
    const tables = db.prepare("SELECT count(*) AS c FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").get()?.["c"];
    const meta = db.prepare("SELECT role, agent_id, schema_version FROM schema_meta").get();
    db.close();
    expect(Number(tables)).toBeGreaterThanOrEqual(AGENT_DB_DDL.length);
    expect({ ...meta }).toEqual({ role: "agent", agent_id: "main", schema_version: AGENT_DB_USER_VERSION });
  });

  it("round-trips profiles and state, and is what openAgentStore picks", async () => {
    const stateDir = freshStateDir();
    const store = createSqliteStore(stateDir, "main");
    const added = await store.updateProfiles((d) => {
      d.profiles = { "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-roundtrip" } };
    });
    expect(added.outcome).toBe("written");
    await store.updateState((d) => {
      d.order = { kimi: ["kimi:default"] };
    });
    const again = openAgentStore(stateDir, "main");
    expect(again.kind).toBe("sqlite");
    expect(again.readProfiles().credentials["kimi:default"]).toMatchObject({ provider: "kimi", key: "sk-test-roundtrip" });
    expect(again.readState().value?.order).toEqual({ kimi: ["kimi:default"] });
    // Nothing left: the state row goes, as 2026.9 deletes it.
    const cleared = await again.updateState((d) => {
      delete d.order;
    });
    expect(cleared.outcome).toBe("deleted");
    expect(again.readState().exists).toBe(false);
  });
});

describe("compile on a SQLite store", () => {
  it("normalizes the state row (an ended cooldown cleared, an alias key made canonical), unknown fields kept", async () => {
    const stateDir = freshStateDir();
    const store = createSqliteStore(stateDir, "main");
    await store.updateProfiles((d) => {
      d.profiles = { "kimi:default": { type: "api_key", provider: "kimi", key: "sk-test-compile" } };
    });
    await store.updateState((d) => {
      d.order = { "kimi-coding": ["kimi:default"] };
      d.usageStats = { "kimi:default": { cooldownUntil: 1_000, errorCount: 3 } };
      (d as Record<string, unknown>)["runtimeField"] = 1;
    });
    const config = { auth: { profiles: { "kimi:default": { provider: "kimi", mode: "api_key" } } } };
    const result = await compileAuthState({ config, agentId: "main", stateDir, now: 2_000 });
    expect(result.outcome, JSON.stringify(result.diagnostics)).toBe("written");
    const after = openAgentStore(stateDir, "main").readState().value as Record<string, unknown>;
    expect(after["order"]).toEqual({ kimi: ["kimi:default"] });
    expect(after["runtimeField"]).toBe(1);
    expect((after["usageStats"] as Record<string, { cooldownUntil?: number }>)["kimi:default"]?.cooldownUntil).toBeUndefined();
    const again = await compileAuthState({ config, agentId: "main", stateDir, now: 2_000 });
    expect(again.outcome).toBe("unchanged");
  });
});

function runWriter(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [HELPER, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    running.add(child);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("exit", (code) => {
      running.delete(child);
      done({ code, stderr });
    });
  });
}

describe("concurrency", () => {
  it("8 writer processes, 10 state and 10 profile updates each: none is lost", async () => {
    const stateDir = freshStateDir();
    createSqliteStore(stateDir, "main");
    const writers = Array.from({ length: 8 }, (_, w) => runWriter(["append", stateDir, `w${w}`, "10"]));
    const results = await Promise.all(writers);
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    const store = openAgentStore(stateDir, "main");
    const order = store.readState().value?.order?.["test"] ?? [];
    expect(order).toHaveLength(80);
    for (let w = 0; w < 8; w++) expect(order.filter((id) => id.startsWith(`w${w}:`))).toEqual(Array.from({ length: 10 }, (_, i) => `w${w}:${i}`));
    expect(Object.keys(store.readProfiles().credentials)).toHaveLength(80);
  }, 180_000);
});

/** Deterministic delays (a linear congruential generator): the same kills on every run. */
function* seededDelays(seed: number, maxMs: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield (x % (maxMs * 10)) / 10;
  }
}

function killOnce(stateDir: string, delayMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [HELPER, "crash", stateDir], { stdio: ["pipe", "pipe", "pipe"] });
    running.add(child);
    let stdout = "";
    let stderr = "";
    let armed = false;
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (!armed && stdout.includes("committed ")) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (signal !== "SIGKILL") return fail(new Error(`writer exited ${code}: ${stderr}`));
      const commits = [...stdout.matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
      done(commits.at(-1) ?? 0);
    });
  });
}

/** Rounds of ten kills each. */
const KILL_ROUNDS = scaled(3, 10);

describe("crash safety", () => {
  it(`${KILL_ROUNDS * 10} SIGKILLs at seeded moments: the database opens and holds the old or the new value`, async () => {
    const stateDir = freshStateDir();
    createSqliteStore(stateDir, "main");
    const delays = seededDelays(20261202, 12);
    // Ten writers at a time on one database, ten rounds: each kill may land in another's wait for the write lock.
    const LANES = 10;
    for (let run = 0; run < KILL_ROUNDS; run++) {
      const reported = await Promise.all(Array.from({ length: LANES }, () => killOnce(stateDir, delays.next().value as number)));
      const state = openAgentStore(stateDir, "main").readState();
      expect(state.usable, JSON.stringify(state.diagnostics)).toBe(true);
      const counter = (state.value as { testCounter?: number }).testCounter ?? 0;
      // Each writer reported what it committed; the one being written when it died may or may not have landed.
      expect(counter).toBeGreaterThanOrEqual(Math.max(...reported));
      expect(counter).toBeLessThanOrEqual(Math.max(...reported) + LANES);
      expect(state.value?.order).toEqual({ crash: [`crash:p${counter % 200}`] });
    }
  }, 180_000);
});
