/**
 * @fileoverview A lock file beside a state file (`<file>.lock`, holding pid,
 * host, time and a random token) so that two writers never interleave their
 * read-modify-write. The lock file is created exclusively and whole: its
 * content is written to a private temp file first and then hard-linked into
 * place, which fails if a lock exists — so no one ever reads a half-written
 * lock. Waiting uses jittered exponential backoff up to a timeout. A lock whose
 * process is dead, or that has not been refreshed for `staleMs`, is broken by
 * renaming it aside under a short "breaker" lock and checking that what was
 * moved is the very lock judged stale (otherwise it is put back): two
 * processes can never both break one lock and both go on (lock-files.ts).
 * A lock that cannot be made at all (a full disk, a read-only folder) is a
 * StateLockError with `state/write-failed`, and leaves no temp file.
 */
import { randomBytes } from "node:crypto";
import { closeSync, linkSync, mkdirSync, openSync, unlinkSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname } from "node:path";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { wordDiagnostic } from "../diagnostics/word.js";
import { FILE_START } from "../document/lines.js";
import { STATE_DIR_MODE, STATE_FILE_MODE } from "./atomic-write.js";
import { fsFailure } from "./io-errors.js";
import { breakStaleLock, errnoOf, inspectLock, isProcessAlive, removeOrphanTemps, removeQuietly, writeExclusive, type LockSnapshot } from "./lock-files.js";
import { lockPathFor } from "./paths.js";

export { breakStaleLock, inspectLock, isProcessAlive, removeOrphanTemps, type LockInfo, type LockSnapshot } from "./lock-files.js";

export interface LockOptions {
  /** Give up after this long (ms). Default 10 s. */
  timeoutMs?: number;
  /** A lock not refreshed for this long (ms) is stale. Holders refresh it every third of this. Default 30 s. */
  staleMs?: number;
  /** The name diagnostics give the guarded file; defaults to its path. */
  displayName?: string;
  /** Receives informational diagnostics (a stale lock that was broken). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

/** Thrown by `withLock` when the lock cannot be had; carries the diagnostic to report. */
export class StateLockError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(wordDiagnostic(diagnostic).message);
    this.name = "StateLockError";
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_STALE_MS = 30_000;
const RETRY_MIN_MS = 2;
const RETRY_MAX_MS = 100;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Creates the lock file exclusively with its whole content; false when a lock exists. */
function tryCreate(lockPath: string, content: string): boolean {
  const temp = `${lockPath}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeExclusive(temp, content);
  try {
    linkSync(temp, lockPath);
    return true;
  } catch (error) {
    const code = errnoOf(error);
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
    return createWithoutLinks(lockPath, content);
  } finally {
    removeQuietly(temp);
  }
}

/** For file systems without hard links: O_EXCL create, then write (a reader may briefly see it empty). */
function createWithoutLinks(lockPath: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, "wx", STATE_FILE_MODE);
  } catch (error) {
    if (errnoOf(error) === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    removeQuietly(lockPath); // ours, and empty: a lock nobody could ever judge
    throw error;
  }
  closeSync(fd);
  return true;
}

function staleReason(lock: LockSnapshot, staleMs: number): "dead" | "old" | undefined {
  const { stats, info } = lock;
  if (info && info.host === hostname() && !isProcessAlive(info.pid)) return "dead";
  if (Date.now() - stats.mtimeMs > staleMs) return "old";
  return undefined;
}

/** Takes the lock (waiting, breaking a stale one); throws StateLockError on timeout, an fs error when the lock cannot be made. */
async function acquire(lockPath: string, content: string, options: LockOptions & { timeoutMs: number; staleMs: number; displayName: string }): Promise<void> {
  const { timeoutMs, staleMs, displayName: display } = options;
  mkdirSync(dirname(lockPath), { recursive: true, mode: STATE_DIR_MODE });
  const started = Date.now();
  let lastHolder: number | undefined;
  for (let attempt = 0; !tryCreate(lockPath, content); attempt++) {
    const current = inspectLock(lockPath);
    if (current) {
      lastHolder = current.info?.pid;
      const why = staleReason(current, staleMs);
      if (why && breakStaleLock(lockPath, current)) {
        const pid = current.info?.pid;
        options.onDiagnostic?.(
          createDiagnostic("state/stale-lock-broken", { lockName: basename(lockPath), pid, why }, { file: display, path: [], range: FILE_START }),
        );
        continue;
      }
    }
    const waited = Date.now() - started;
    if (waited >= timeoutMs) {
      throw new StateLockError(
        createDiagnostic(
          "state/lock-timeout",
          { name: basename(display), lockName: basename(lockPath), waitedMs: waited, holderPid: lastHolder },
          { file: display, path: [], range: FILE_START },
        ),
      );
    }
    const ceiling = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.min(attempt, 10));
    await sleep(Math.min(timeoutMs - waited, RETRY_MIN_MS + Math.random() * ceiling));
  }
}

/**
 * Runs `fn` while holding the lock of `file`; the lock is released afterwards,
 * whether `fn` succeeds or throws. Throws `StateLockError` with a
 * `state/lock-timeout` diagnostic when the lock stays busy past the timeout,
 * or a `state/write-failed` one (cause and advice) when the lock file cannot
 * be made at all (a full disk, a read-only folder); no temp file is left.
 */
export async function withLock<T>(file: string, fn: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = lockPathFor(file);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const display = options.displayName ?? file;
  const token = randomBytes(12).toString("hex");
  const content = JSON.stringify({ pid: process.pid, host: hostname(), createdAt: Date.now(), token });
  try {
    await acquire(lockPath, content, { ...options, timeoutMs, staleMs, displayName: display });
  } catch (error) {
    if (error instanceof StateLockError || typeof errnoOf(error) !== "string") throw error;
    // The lock itself cannot be made (a full disk, a read-only folder): nothing was written.
    const { reason, advice } = fsFailure(error);
    const data = { name: basename(display), reason: `its lock file ${basename(lockPath)} could not be created (${reason})`, advice };
    throw new StateLockError(createDiagnostic("state/write-failed", data, { file: display, path: [], range: FILE_START }));
  }

  // Refresh the lock while holding it, so a long hold is never mistaken for an abandoned one.
  const heartbeat = setInterval(
    () => {
      try {
        const now = new Date();
        if (inspectLock(lockPath)?.info?.token === token) utimesSync(lockPath, now, now);
      } catch {
        // the lock is gone; release() will notice
      }
    },
    Math.max(10, Math.floor(staleMs / 3)),
  );
  heartbeat.unref();
  try {
    removeOrphanTemps(file);
    return await fn();
  } finally {
    clearInterval(heartbeat);
    release(lockPath, token);
  }
}

/** Removes the lock only if it is still ours (it may have been broken as stale and taken by another). */
function release(lockPath: string, token: string): void {
  try {
    if (inspectLock(lockPath)?.info?.token === token) unlinkSync(lockPath);
  } catch {
    // already gone
  }
}
