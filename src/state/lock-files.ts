/**
 * @fileoverview The lock files themselves (lock.ts takes and releases the
 * lock): reading one (whose it is, how old), creating a file exclusively so
 * that a full disk leaves no half-written one behind, breaking a stale lock
 * safely (renamed aside under a short "breaker" lock, put back if it changed
 * meanwhile), and removing what killed writers left behind.
 */
import { randomBytes } from "node:crypto";
import { linkSync, lstatSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { STATE_FILE_MODE } from "./atomic-write.js";

export interface LockInfo {
  pid: number;
  host: string;
  createdAt: number;
  token: string;
}

/** What a lock looked like when judged: compared again before it is broken. */
export interface LockSnapshot {
  stats: Stats;
  info: LockInfo | undefined;
}

/** Breaking takes microseconds; a breaker this old belongs to a process that died while breaking. */
const BREAKER_STALE_MS = 2_000;

export function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** Whether a process with this pid exists on this host (EPERM: it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === "EPERM";
  }
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid === "number" && typeof value.token === "string" && typeof value.host === "string") return value as LockInfo;
  } catch {
    // not one of ours, or not a file: judged by age alone
  }
  return undefined;
}

/** The lock file's stats and content (undefined content: not one of ours); undefined when there is no lock. */
export function inspectLock(lockPath: string): LockSnapshot | undefined {
  try {
    const stats = lstatSync(lockPath);
    const info = stats.isFile() ? parseLock(readFileSync(lockPath, "utf8")) : undefined;
    return { stats, info };
  } catch (error) {
    if (errnoOf(error) === "ENOENT") return undefined;
    throw error;
  }
}

/** Creates `path` exclusively holding `content`; a file it created but could not fill (a full disk) is removed again. */
export function writeExclusive(path: string, content: string): void {
  try {
    writeFileSync(path, content, { mode: STATE_FILE_MODE, flag: "wx" });
  } catch (error) {
    // EEXIST: someone else's file, not ours to remove. Anything else after the create (ENOSPC): ours, half-written.
    if (errnoOf(error) !== "EEXIST") removeQuietly(path);
    throw error;
  }
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // never created, or the folder refuses (read-only): nothing of ours is there to remove
  }
}

function sameLock(a: LockSnapshot, b: LockSnapshot): boolean {
  if (a.info && b.info) return a.info.token === b.info.token;
  return a.stats.ino === b.stats.ino && a.stats.dev === b.stats.dev && a.stats.mtimeMs === b.stats.mtimeMs;
}

/** A breaker whose process is gone, or that is older than any break takes. */
function breakerAbandoned(breaker: string): boolean {
  const pid = Number(readFileSync(breaker, "utf8"));
  return (pid > 0 && !isProcessAlive(pid)) || Date.now() - lstatSync(breaker).mtimeMs > BREAKER_STALE_MS;
}

/**
 * Removes the lock judged stale, unless it changed meanwhile. Returns true when
 * it was removed (or had already gone), so the caller may try again at once.
 */
export function breakStaleLock(lockPath: string, judged: LockSnapshot): boolean {
  const breaker = `${lockPath}.break`;
  try {
    writeExclusive(breaker, String(process.pid));
  } catch (error) {
    if (errnoOf(error) !== "EEXIST") throw error;
    try {
      if (breakerAbandoned(breaker)) unlinkSync(breaker);
    } catch {
      // another process cleared it first
    }
    return false;
  }
  try {
    const tombstone = `${lockPath}.${process.pid}.${randomBytes(6).toString("hex")}.stale`;
    try {
      renameSync(lockPath, tombstone);
    } catch (error) {
      if (errnoOf(error) === "ENOENT") return true;
      throw error;
    }
    const moved = inspectLock(tombstone);
    if (moved && sameLock(moved, judged)) {
      rmSync(tombstone, { recursive: true, force: true });
      return true;
    }
    // A fresh lock replaced the stale one between our look and the rename: put it back.
    if (moved?.stats.isDirectory()) renameSync(tombstone, lockPath);
    else {
      linkSync(tombstone, lockPath);
      unlinkSync(tombstone);
    }
    return false;
  } finally {
    unlinkSync(breaker);
  }
}

/** Removes temp files (and a breaker) that writers killed mid-write left behind — only those of processes that are gone. */
export function removeOrphanTemps(file: string): void {
  const dir = dirname(file);
  const base = basename(file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^(?:\\.${base}|${base}\\.lock)\\.(\\d+)\\.[0-9a-f]+\\.(?:tmp|stale)$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === `${basename(file)}.lock.break`) {
      try {
        if (breakerAbandoned(join(dir, name))) unlinkSync(join(dir, name));
      } catch {
        // gone already
      }
      continue;
    }
    const match = pattern.exec(name);
    if (!match || isProcessAlive(Number(match[1]))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}
