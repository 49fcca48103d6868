/**
 * @fileoverview The lock beside each state file: a stale lock (dead process,
 * or not refreshed for too long) is broken and reported; a live one makes the
 * writer wait and then give up with a diagnostic; a lock is released only by
 * its owner; and 8 processes doing read-modify-write on one file, starting
 * over a stale lock they all race to break, lose no update.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/types.js";
import { StateLockError, authStatePath, isProcessAlive, removeOrphanTemps, updateAuthState, withLock } from "../src/state/index.js";
import { breakStaleLock, inspectLock } from "../src/state/lock.js";
import { ROOT } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

let stateDir: string;
let file: string;
beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), "agentcfg-lock-"));
  file = authStatePath(stateDir, "main");
  mkdirSync(join(file, ".."), { recursive: true });
});
afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  const pid = Number(child.stdout);
  expect(isProcessAlive(pid)).toBe(false);
  return pid;
}

function placeLock(pid: number, ageMs = 0): string {
  const lock = `${file}.lock`;
  writeFileSync(lock, JSON.stringify({ pid, host: hostname(), createdAt: Date.now() - ageMs, token: `planted-${pid}` }));
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    utimesSync(lock, then, then);
  }
  return lock;
}

describe("withLock", () => {
  it("breaks a lock whose process is gone, and says so", async () => {
    const pid = deadPid();
    placeLock(pid);
    const notes: Diagnostic[] = [];
    const value = await withLock(file, () => 42, { onDiagnostic: (d) => notes.push(d) });
    expect(value).toBe(42);
    expect(notes.map((d) => [d.code, messageOf(d)])).toEqual([
      ["state/stale-lock-broken", `Removed the stale lock auth-state.json.lock (its process ${pid} is gone).`],
    ]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("breaks a lock of a live process that has not been refreshed for longer than staleMs", async () => {
    placeLock(process.pid, 5_000);
    const notes: Diagnostic[] = [];
    await withLock(file, () => undefined, { staleMs: 1_000, onDiagnostic: (d) => notes.push(d) });
    expect(notes.map((d) => messageOf(d))).toEqual(["Removed the stale lock auth-state.json.lock (it was held far longer than any write takes)."]);
  });

  it("waits for a live lock, then gives up with state/lock-timeout naming the holder", async () => {
    placeLock(process.pid);
    const error = await withLock(file, () => 1, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateLockError);
    const diagnostic = (error as StateLockError).diagnostic;
    expect(diagnostic.code).toBe("state/lock-timeout");
    // It gave up because the timeout passed, as the lock's own account says (no clock read here).
    if (diagnostic.code === "state/lock-timeout") expect(diagnostic.data.waitedMs).toBeGreaterThanOrEqual(200);
    expect(messageOf((error as StateLockError).diagnostic)).toContain(`(pid ${process.pid})`);
    expect((error as StateLockError).message).toBe(messageOf((error as StateLockError).diagnostic));
    expect(readFileSync(`${file}.lock`, "utf8")).toContain("planted-");
    const update = await updateAuthState(file, () => undefined, { timeoutMs: 50 });
    expect(update).toMatchObject({ ok: false, outcome: "failed" });
    expect(update.diagnostics.map((d) => d.code)).toEqual(["state/lock-timeout"]);
  });

  it("makes a second writer wait until the holder lets go, then lets it in", async () => {
    const events: string[] = [];
    const holder = withLock(file, async () => {
      events.push("holder in");
      await new Promise((done) => setTimeout(done, 100));
      events.push("holder out");
    });
    const waiter = withLock(file, () => void events.push("waiter in"));
    await Promise.all([holder, waiter]);
    expect(events).toEqual(["holder in", "holder out", "waiter in"]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("releases on error, and never removes a lock that is not its own", async () => {
    await expect(
      withLock(file, () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(existsSync(`${file}.lock`)).toBe(false);
    await withLock(file, () => {
      // Someone judged us stale and took over: our release must leave their lock alone.
      placeLock(process.pid);
    });
    expect(readFileSync(`${file}.lock`, "utf8")).toContain("planted-");
  });

  it("breaks only the very lock it judged stale: a fresh lock that replaced it is put back", () => {
    const lock = placeLock(deadPid());
    const judged = inspectLock(lock)!;
    // Between the look and the break, another process broke it and took a fresh lock.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), createdAt: Date.now(), token: "fresh" }));
    expect(breakStaleLock(lock, judged)).toBe(false);
    expect(inspectLock(lock)?.info?.token).toBe("fresh");
    expect(readdirSync(join(file, "..")).sort()).toEqual(["auth-state.json.lock"]);
    // The stale lock itself is broken.
    const fresh = inspectLock(lock)!;
    placeLock(deadPid());
    const stale = inspectLock(lock)!;
    expect(breakStaleLock(lock, fresh)).toBe(false);
    expect(breakStaleLock(lock, stale)).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it("sweeps temp files left by killed writers, but not those of live processes", () => {
    const dir = join(file, "..");
    const dead = deadPid();
    const names = [
      `.auth-state.json.${dead}.abcdef.tmp`,
      `auth-state.json.lock.${dead}.012345.tmp`,
      `auth-state.json.lock.${dead}.0a0b0c.stale`,
      `.auth-state.json.${process.pid}.abcdef.tmp`,
    ];
    for (const name of names) writeFileSync(join(dir, name), "");
    writeFileSync(join(dir, "auth-state.json.lock.break"), String(dead));
    removeOrphanTemps(file);
    expect(readdirSync(dir).sort()).toEqual([`.auth-state.json.${process.pid}.abcdef.tmp`]);
  });
});

describe("concurrency", () => {
  it("8 processes × 20 read-modify-write updates, starting over a stale lock: no update lost", async () => {
    const WORKERS = 8;
    const UPDATES = 20;
    placeLock(deadPid());
    const helper = join(ROOT, "test/helpers/state-writer.mjs");
    const started = Date.now();
    const exits = await Promise.all(
      Array.from(
        { length: WORKERS },
        (_, i) =>
          new Promise<{ code: number | null; stderr: string }>((done) => {
            const child = spawn(process.execPath, [helper, "append", file, stateDir, `w${i}`, String(UPDATES)], { stdio: ["pipe", "ignore", "pipe"] });
            let stderr = "";
            child.stderr.on("data", (chunk) => (stderr += chunk));
            child.on("close", (code) => done({ code, stderr }));
          }),
      ),
    );
    const elapsed = Date.now() - started;
    for (const exit of exits) expect(exit, exit.stderr).toMatchObject({ code: 0 });
    const state = JSON.parse(readFileSync(file, "utf8"));
    const appended: string[] = state.order.test;
    expect(appended).toHaveLength(WORKERS * UPDATES);
    expect(new Set(appended).size).toBe(WORKERS * UPDATES);
    for (let w = 0; w < WORKERS; w++) {
      expect(state.counters[`w${w}`]).toBe(UPDATES);
      // Each worker's own updates landed in the order it made them.
      const mine = appended.filter((id) => id.startsWith(`w${w}:`));
      expect(mine).toEqual(Array.from({ length: UPDATES }, (_, i) => `w${w}:${i}`));
    }
    expect(readdirSync(join(file, ".."))).toEqual(["auth-state.json"]);
    console.log(`concurrency: ${WORKERS * UPDATES} updates by ${WORKERS} processes in ${elapsed} ms`);
  }, 30_000);
});
