/**
 * @fileoverview The CLI bundle's V8 code cache (load-bundle.ts):
 * where it lives, and reading and writing it so that it can never do harm.
 *
 * V8 checks a cache against the source's length, its own version and its
 * flags, but not the source's content, and release builds do not verify the
 * payload's checksum, so a cache for another build of the same length, or a
 * damaged file, could run wrong code or crash. Each file therefore starts with
 * a header naming the bundle file it was made from (device, inode, size, and
 * the modification and change times in nanoseconds, as Python's .pyc files
 * name their source: any write to the bundle, even one that keeps its size
 * and sets its modification time back, moves its change time, which no user
 * program can set) and the checksum and length of its own payload, and is
 * used only when these match, the header's Node, V8
 * and CPU are this process's, and the file belongs to this user (a cache in a
 * shared temporary folder may have been planted, and this ownership check,
 * not the checksums, is what stops that). The bundle's stat, not a checksum
 * of its 500 KB: one fstat instead of ≈ 0.5 ms of hashing at every start. A
 * checksum (checksum.ts) of the payload rather than a cryptographic hash because node:crypto alone takes longer to load (≈ 4
 * ms) than the whole check of the cache. Files are written to a temporary
 * name and renamed into place, so a reader never sees half of one. Every
 * failure (no folder, read-only disk, a race with another process) just means
 * no cache.
 */
import { accessSync, closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { checksum, nameHash } from "./checksum.js";

/** The first bytes of every cache file; a new layout gets a new number. */
const MAGIC = "agentcfg-code-cache 4 ";
/** Longer than any header; a file without a newline by then is not ours. */
const MAX_HEADER_BYTES = 4096;
/** Larger than any real cache (a few MB); anything bigger is not ours and is not read into memory. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** What a cache must have been made from. */
export interface BundleIdentity {
  /** The bundle file's stamp (fileStamp), e.g. "stat-2049-1234567-700000-1764748800123456789-1764748800123456789". */
  source: string;
  node: string;
  v8: string;
  arch: string;
}

interface CacheHeader extends BundleIdentity {
  /** Checksum and length of the payload after the header. */
  payload: string;
  length: number;
}

/** Checksum and length: "fnv1a64w-…:length" (checksum.ts). */
export function fingerprint(data: Uint8Array): string {
  return `${checksum(data)}:${data.length}`;
}

/** The fields of a file's `fstat` (with `bigint: true`) that change whenever its content is written. */
export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

export function fileStamp(stats: FileStamp): string {
  return `stat-${stats.dev}-${stats.ino}-${stats.size}-${stats.mtimeNs}-${stats.ctimeNs}`;
}

/** The identity of this process's cache of the bundle file stamped `stats`. */
export function currentIdentity(stats: FileStamp): BundleIdentity {
  return { source: fileStamp(stats), node: process.version, v8: process.versions.v8, arch: process.arch };
}

/**
 * The cache folder: `$XDG_CACHE_HOME/agentcfg` when that is set (to an
 * absolute path, as the XDG spec requires), else a folder of this user's in
 * the system's temporary folder.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && isAbsolute(xdg)) return join(xdg, "agentcfg");
  const uid = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return join(temporaryFolder(env), `agentcfg-cache${uid}`);
}

/**
 * os.tmpdir(), without loading node:os at every start (≈ 0.2 ms) where it is
 * plain to say: on POSIX it is $TMPDIR, $TMP or $TEMP (less a trailing slash),
 * else /tmp. Windows asks node:os.
 */
export function temporaryFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === "win32") return process.getBuiltinModule("node:os").tmpdir();
  const folder = env["TMPDIR"] || env["TMP"] || env["TEMP"] || "/tmp";
  return folder.length > 1 && folder.endsWith("/") ? folder.slice(0, -1) : folder;
}

/** One file per bundle path, Node version and CPU, so installs and Node versions do not overwrite each other's. */
export function codeCachePath(dir: string, bundlePath: string): string {
  return join(dir, `cli-${process.version}-${process.arch}-${nameHash(bundlePath)}.v8cache`);
}

/** The payload of the cache at `path` when it was made for `identity` and is intact; otherwise undefined. */
export function readCodeCache(path: string, identity: BundleIdentity): Buffer | undefined {
  let bytes: Buffer;
  try {
    const fd = openSync(path, "r");
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
      if (typeof process.getuid === "function" && stat.uid !== process.getuid()) return undefined;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const newline = bytes.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (newline < 0) return undefined;
  const line = bytes.subarray(0, newline).toString("utf8");
  if (!line.startsWith(MAGIC)) return undefined;
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(line.slice(MAGIC.length)) as Partial<CacheHeader>;
  } catch {
    return undefined;
  }
  const payload = bytes.subarray(newline + 1);
  const matches =
    header.source === identity.source &&
    header.node === identity.node &&
    header.v8 === identity.v8 &&
    header.arch === identity.arch &&
    header.length === payload.length &&
    header.payload === fingerprint(payload);
  return matches ? payload : undefined;
}

/**
 * Writes a cache for `identity` atomically. `produce` (V8's serialisation, a
 * few ms) is called only once the folder is there and writable, so a
 * read-only cache folder does not cost every run that time. Never throws.
 */
export function writeCodeCache(path: string, identity: BundleIdentity, produce: () => Uint8Array): boolean {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const dir = join(path, "..");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
    const payload = produce();
    const header: CacheHeader = { ...identity, payload: fingerprint(payload), length: payload.length };
    // "wx": never through a link or over a file someone else put at the temporary name.
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, "utf8"), payload]), { flag: "wx", mode: 0o600 });
    renameSync(temporary, path);
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or it is gone already.
    }
    return false;
  }
}
