/**
 * @fileoverview Replacing a user's own file (a migrated config, a written
 * schema or page) with the one atomic writer (atomic-write.ts): the file's
 * mode is kept (a new file gets `newFileMode`), a symbolic link is followed so
 * the link stays a link, and no folder is created. Also the `.bak` copy a
 * migration keeps beside each file it rewrites, and the retiring of a file it
 * emptied. Each returns a result, never throws.
 */
import { chmodSync, copyFileSync, existsSync, realpathSync, renameSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { failedWrite, writeFileAtomic, type WriteResult } from "./atomic-write.js";
import { fsFailure } from "./io-errors.js";

export interface ReplaceOptions {
  /** Mode of a file that does not exist yet. Default 0600 (config and state files hold secrets). */
  newFileMode?: number;
}

/** A backup or retirement: where the old file now is, or why it could not be moved there. */
export type BackupResult = { ok: true; backup: string } | { ok: false; reason: string; advice: string };

/** Writes `text` over `path` atomically, keeping its mode and following a link to it. */
export function replaceFile(path: string, text: string, options: ReplaceOptions = {}): WriteResult {
  let target: string;
  let mode: number;
  try {
    target = existsSync(path) ? realpathSync(path) : resolve(path);
    mode = existsSync(target) ? statSync(target).mode & 0o777 : (options.newFileMode ?? 0o600);
  } catch (error) {
    return failedWrite(path, error);
  }
  return writeFileAtomic(target, text, { root: dirname(target), displayName: path, mode, createFolders: false });
}

/** Copies `path` to `<path>.bak` (mode kept), replacing an older backup. */
export function backUp(path: string): BackupResult {
  const backup = `${path}.bak`;
  const temp = join(dirname(backup), `.${basename(backup)}.${process.pid}.tmp`);
  try {
    const target = existsSync(path) ? realpathSync(path) : path;
    copyFileSync(target, temp);
    chmodSync(temp, statSync(target).mode & 0o777);
    renameSync(temp, backup);
  } catch (error) {
    // Something is in the backup's way: leave no temp copy behind (it may hold secrets).
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    return { ok: false, ...fsFailure(error) };
  }
  return { ok: true, backup };
}

/** Moves a file a migration emptied out of the way, to `<path>.bak`, rather than deleting it. */
export function retire(path: string): BackupResult {
  const backup = `${path}.bak`;
  try {
    renameSync(path, backup);
  } catch (error) {
    return { ok: false, ...fsFailure(error) };
  }
  return { ok: true, backup };
}
