/**
 * @fileoverview Clearing a session pin writes sessions.json as OpenClaw 2026.4 does: under
 * `sessions.json.lock` and by atomic rename. A concurrent writer that follows OpenClaw's
 * protocol (create the lock with O_EXCL, read, add its entry, write a temp file, rename,
 * remove the lock) runs in another process while the pins are cleared: nothing either side
 * wrote is lost. Plus the CLI command on the seed store, and its refusal of a 2026.9 store.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearSessionPin, PIN_FIELDS } from "../src/state/sessions-write.js";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

const SEED = join(ROOT, "fixtures", "sessions", "seed-user-pin");
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** OpenClaw's side: its lock protocol, its read-modify-write, in a plain Node script. */
const OPENCLAW_LIKE_WRITER = `
const fs = require("node:fs");
const [store, count] = [process.argv[1], Number(process.argv[2])];
const lock = store + ".lock";
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (let i = 0; i < count; i++) {
  for (;;) {
    try { const fd = fs.openSync(lock, "wx"); fs.writeSync(fd, JSON.stringify({ pid: process.pid, createdAt: new Date().toISOString() })); fs.closeSync(fd); break; }
    catch (e) { if (e.code !== "EEXIST") throw e; sleep(1); }
  }
  const data = JSON.parse(fs.readFileSync(store, "utf8"));
  data["agent:main:writer:" + i] = { sessionId: "w" + i, updatedAt: Date.now() };
  sleep(3 + Math.random() * 5);
  fs.writeFileSync(store + ".tmp-" + process.pid, JSON.stringify(data, null, 2));
  fs.renameSync(store + ".tmp-" + process.pid, store);
  fs.unlinkSync(lock);
  sleep(2);
}
`;

function pinnedStore(dir: string, sessions: number): string {
  const store = join(dir, "sessions.json");
  const data: Record<string, object> = {};
  for (let i = 0; i < sessions; i++) {
    data[`agent:main:pinned:${i}`] = {
      sessionId: `p${i}`,
      updatedAt: 1,
      authProfileOverride: "kimi:backup",
      authProfileOverrideSource: "user",
      skillsSnapshot: { kept: i },
    };
  }
  writeFileSync(store, JSON.stringify(data, null, 2));
  return store;
}

describe("clearSessionPin", () => {
  it("removes the three pin fields and keeps everything else", async () => {
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-sessions-"));
    const store = pinnedStore(dir, 2);
    expect(await clearSessionPin(store, "agent:main:pinned:0", { now: 42 })).toEqual({ status: "cleared", key: "agent:main:pinned:0", profile: "kimi:backup" });
    const data = JSON.parse(readFileSync(store, "utf8"));
    expect(data["agent:main:pinned:0"]).toEqual({ sessionId: "p0", updatedAt: 42, skillsSnapshot: { kept: 0 } });
    expect(data["agent:main:pinned:1"].authProfileOverride).toBe("kimi:backup");
    for (const field of PIN_FIELDS) expect(data["agent:main:pinned:0"]).not.toHaveProperty(field);
    expect(existsSync(`${store}.lock`)).toBe(false);
    expect(await clearSessionPin(store, "agent:main:pinned:0")).toEqual({ status: "no-pin", key: "agent:main:pinned:0" });
    expect((await clearSessionPin(store, "agent:main:nope")).status).toBe("no-session");
  });

  it("loses nothing while an OpenClaw-style writer updates the store from another process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-sessions-"));
    const store = pinnedStore(dir, 25);
    const writes = 60;
    const writer = spawn(process.execPath, ["-e", OPENCLAW_LIKE_WRITER, store, String(writes)], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    writer.stderr.on("data", (chunk) => (stderr += chunk));
    const done = new Promise<number | null>((resolve) => writer.on("exit", resolve));
    const writerEntries = () => Object.keys(JSON.parse(readFileSync(store, "utf8"))).filter((k) => k.startsWith("agent:main:writer:")).length;
    // Start once the writer is writing, and clear between its writes: the two must interleave.
    while (writerEntries() === 0) await sleep(1);
    const seenMidway: number[] = [];
    for (let i = 0; i < 25; i++) {
      expect((await clearSessionPin(store, `agent:main:pinned:${i}`)).status).toBe("cleared");
      seenMidway.push(writerEntries());
      await sleep(Math.random() * 4);
    }
    expect(await done).toBe(0);
    expect(
      seenMidway.some((n) => n > 0 && n < writes),
      `clears saw ${seenMidway.join(",")} writer entries`,
    ).toBe(true);
    expect(stderr).toBe("");
    const data = JSON.parse(readFileSync(store, "utf8"));
    for (let i = 0; i < writes; i++) expect(data[`agent:main:writer:${i}`], `writer entry ${i}`).toMatchObject({ sessionId: `w${i}` });
    for (let i = 0; i < 25; i++) {
      expect(data[`agent:main:pinned:${i}`]).not.toHaveProperty("authProfileOverride");
      expect(data[`agent:main:pinned:${i}`].skillsSnapshot).toEqual({ kept: i });
    }
  }, 60_000);
});

describe("agentcfg sessions clear-pin", () => {
  it("clears the seed session's pin; explain then finds no pin problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-sessions-"));
    cpSync(SEED, dir, { recursive: true });
    const env = { OPENCLAW_CONFIG_PATH: join(dir, "openclaw.json5"), OPENCLAW_STATE_DIR: join(dir, "state") };
    const r = runCli(["sessions", "clear-pin", "agent:main:telegram:direct:4242"], { env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Cleared the pin of agent:main:telegram:direct:4242 (was kimi:backup)");
    expect(runCli(["explain"], { env }).stdout).not.toContain("pinned to a profile that cannot serve it");
  });
  it("refuses to write a 2026.9 database", () => {
    const r = runCli(["sessions", "clear-pin", "agent:main:explicit:s1", "--state-dir", join(ROOT, "fixtures", "sessions", "2026.9", "state")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("agentcfg only reads it");
  });
});
