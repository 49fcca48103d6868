/**
 * @fileoverview A file system failure in words: what went wrong (the cause:
 * disk full, read-only, permission) and what the user can do about it, for
 * every message about a file agentcfg could not read or write. SQLite's own
 * errors are sorted here too: a database that is damaged (the only case where
 * "move it aside" is the right advice) apart from one the disk or the mount
 * keeps us from using, whose keys are all still there.
 */
import { accessSync, constants, existsSync, statfsSync } from "node:fs";
import { dirname } from "node:path";

/** A failure in words: `reason` completes "could not write X: …", `advice` is a sentence saying what to do. */
export interface FsFailure {
  /** The errno code (`ENOSPC`), when there is one. */
  code: string | undefined;
  reason: string;
  advice: string;
  /** True when the cause lies around the file (space, mount, permission, device), so the file itself is as it was. */
  intact: boolean;
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exhausted",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  EFBIG: "the file would exceed the file size limit",
  EISDIR: "a folder is in the way of the file",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a file is in the way",
  ELOOP: "too many levels of symbolic links",
  ENOENT: "its folder does not exist",
  EIO: "an input/output error",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the path is too long",
};

const ADVICE: Record<string, string> = {
  ENOSPC: "Free some space on the device that holds it, then run the command again.",
  EDQUOT: "Free some space within your disk quota, then run the command again.",
  EACCES: "Give your user read and write permission to the file and its folder (or run as the user that owns them), then run the command again.",
  EPERM: "Give your user read and write permission to the file and its folder (or run as the user that owns them), then run the command again.",
  EROFS: "Remount it read-write, or point the command at a copy on a writable disk (e.g. --state-dir), then run it again.",
  EFBIG: "Raise the file size limit (ulimit -f), then run the command again.",
  EISDIR: "Move the folder that has the file's name out of the way, then run the command again.",
  ENOTDIR: "Check the path: a part of it is a file where a folder should be.",
  EEXIST: "Move the file that is in the way, then run the command again.",
  ELOOP: "Replace the symbolic link loop with a regular file or folder, then run the command again.",
  ENOENT: "Create the folder first, or name a path whose folder exists.",
  EIO: "The device reported an error: check the disk, then run the command again.",
  EMFILE: "Raise the limit of open files (ulimit -n), then run the command again.",
  ENAMETOOLONG: "Use a shorter path.",
};

const GENERIC_ADVICE = "Fix the cause, then run the command again.";

/** Causes outside the file: whatever it holds is still there. */
const AROUND_THE_FILE = new Set(["ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS", "EFBIG", "EIO", "EMFILE"]);

function errnoOf(error: unknown): string | undefined {
  const code = error !== null && typeof error === "object" ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" && code.startsWith("E") ? code : undefined;
}

/** A file system error in words ("no space left on the device"), for messages. */
export function describeFsError(error: unknown): string {
  const code = errnoOf(error);
  if (code) return REASONS[code] ?? code;
  return error instanceof Error && error.message ? error.message : "an unexpected error";
}

/** The cause and what to do about it, for an error thrown by node:fs. */
export function fsFailure(error: unknown): FsFailure {
  const code = errnoOf(error);
  return { code, reason: describeFsError(error), advice: (code && ADVICE[code]) || GENERIC_ADVICE, intact: code !== undefined && AROUND_THE_FILE.has(code) };
}

/** The failure of a given errno code. */
export function fsFailureOf(code: string): FsFailure {
  return { code, reason: REASONS[code] ?? code, advice: ADVICE[code] ?? GENERIC_ADVICE, intact: AROUND_THE_FILE.has(code) };
}

/**
 * Why `path` (a file, or the folder it would be in) cannot be written, found
 * by asking the file system rather than trusting a library's vague error
 * ("disk I/O error"): no space left, a read-only mount, no permission. Undefined
 * when nothing is wrong that the file system can tell.
 */
export function probeWriteProblem(path: string): FsFailure | undefined {
  const folder = existsSync(path) ? path : dirname(path);
  const dir = existsSync(folder) ? folder : dirname(folder);
  try {
    accessSync(dir, constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
  } catch (error) {
    if (errnoOf(error)) return fsFailure(error);
  }
  try {
    const stats = statfsSync(dir);
    // A tmpfs or disk with no free block: what SQLite calls "disk I/O error" or "database or disk is full".
    if (stats.bavail === 0 || stats.bavail * stats.bsize < 4096) return fsFailureOf("ENOSPC");
  } catch {
    // statfs is not available here: nothing more to tell
  }
  return undefined;
}

/** SQLite's primary result codes that mean the database itself is damaged or is not one. */
const DAMAGED = new Set([11 /* SQLITE_CORRUPT */, 26 /* SQLITE_NOTADB */]);
const FULL = 13; // SQLITE_FULL
const READONLY = 8; // SQLITE_READONLY
const PERM = 3; // SQLITE_PERM
const BUSY = new Set([5 /* SQLITE_BUSY */, 6 /* SQLITE_LOCKED */]);

/**
 * What went wrong with a SQLite database: `damaged` (corrupt, not a
 * database, or not OpenClaw's: only then may the user be told to move it
 * aside) or `io` (the disk, the mount, permissions or another process: the
 * database is fine and must be kept), with the cause in words.
 */
export type SqliteProblem = { kind: "damaged"; reason: string } | ({ kind: "io" } & FsFailure);

export function classifySqliteError(error: unknown, path: string): SqliteProblem {
  const message = error instanceof Error ? error.message : String(error);
  const errcode = error !== null && typeof error === "object" ? (error as { errcode?: unknown }).errcode : undefined;
  if (typeof errcode !== "number") {
    // Not SQLite's: a node:fs error (errno), or our own "not an OpenClaw database" refusal.
    if (errnoOf(error)) return { kind: "io", ...fsFailure(error) };
    return { kind: "damaged", reason: message };
  }
  const primary = errcode & 0xff;
  if (DAMAGED.has(primary)) return { kind: "damaged", reason: message };
  if (BUSY.has(primary))
    return {
      kind: "io",
      code: undefined,
      reason: "it is locked by another process (OpenClaw or another agentcfg command)",
      advice: "Wait for the other process to finish, then run the command again.",
      intact: true,
    };
  const probed = probeWriteProblem(path);
  if (probed) return { kind: "io", ...probed };
  if (primary === FULL) return { kind: "io", ...fsFailureOf("ENOSPC") };
  if (primary === READONLY) return { kind: "io", ...fsFailureOf("EROFS") };
  if (primary === PERM) return { kind: "io", ...fsFailureOf("EACCES") };
  return { kind: "io", code: undefined, reason: `SQLite: ${message}`, advice: GENERIC_ADVICE, intact: true };
}
