/**
 * @fileoverview Writes a file so that it is either wholly old or wholly new:
 * a temp file in the same folder, fsync, rename over the target, fsync of the
 * folder. The file's mode is kept (new files get `newFileMode`). A symlink is
 * followed, so the link stays a link. On any failure the old file is intact
 * and the temp file is removed.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

export interface WriteOptions {
  /** Mode of a file that does not exist yet. Default 0600 (the state files hold secrets). */
  newFileMode?: number;
}

function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some platforms cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): void {
  const target = existsSync(path) ? realpathSync(path) : path;
  const mode = existsSync(target) ? statSync(target).mode & 0o777 : (options.newFileMode ?? 0o600);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode);
    renameSync(temp, target);
    syncFolder(dir);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}

/** Copies `path` to `<path>.bak` (mode kept), replacing an older backup; returns the backup's path. */
export function backUp(path: string): string {
  const target = existsSync(path) ? realpathSync(path) : path;
  const backup = `${path}.bak`;
  const temp = join(dirname(backup), `.${basename(backup)}.${process.pid}.tmp`);
  try {
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
    throw error;
  }
  return backup;
}

/** Moves a file the migration emptied out of the way, to `<path>.bak`, rather than deleting it. */
export function retire(path: string): string {
  const backup = `${path}.bak`;
  renameSync(path, backup);
  return backup;
}
