/**
 * @fileoverview How bin/agentcfg.js starts the command line: the one-file
 * bundle (dist/cli/agentcfg.cjs, made by `npm run build`) when it is there,
 * else the modules tsc wrote (dist/cli/main.js). The bundle and its chunks
 * (Zod, in dist/cli/agentcfg.zod.cjs, needed only for a file with schema
 * problems) are compiled with a V8 code cache, so a start does not parse
 * their JavaScript again: `vm.Script` with `cachedData`, kept in files of our
 * own (code-cache.ts). The cache can only make a start faster: missing,
 * stale, corrupt, foreign or unwritable, it is ignored, and the output is the
 * same. `NODE_DISABLE_COMPILE_CACHE` turns it off, as it does Node's own.
 *
 * Not `module.enableCompileCache()` on Node ≥ 22.1: its cache is made right
 * after compiling, so it holds only the functions V8 compiles eagerly, and
 * every function the check runs is compiled again at each start. Ours is made
 * at exit, with them; measured on Node 22.23 (median of 21): 43 ms a check of
 * the example with ours, 52 ms with Node's, 56 ms with none.
 *
 * The build also bundles this module into dist/cli/start.cjs, which the
 * CommonJS bin/agentcfg.js requires: a CommonJS start skips the ES module
 * loader, a few milliseconds.
 */
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { Script } from "node:vm";
import { type BundleIdentity, codeCacheDir, codeCachePath, currentIdentity, readCodeCache, writeCodeCache } from "./code-cache.js";

// Paths from import.meta.dirname (the build writes __dirname), not URLs: making and parsing a file URL is ≈ 0.7 ms of a start.
export const BUNDLE_PATH = `${import.meta.dirname}${sep}agentcfg.cjs`;
/** The check-only command line (check-main.ts), made beside the bundle by the same build. */
export const CHECK_BUNDLE_PATH = `${import.meta.dirname}${sep}agentcfg.check.cjs`;
/** The tsc output the bundle is made from. */
const MODULES_PATH = `${import.meta.dirname}${sep}main.js`;

/** What the bundle requires from beside itself: its chunks (Zod, the releases' sections), loaded with the code cache too. */
const CHUNK = /^\.\/agentcfg\.[a-z0-9-]+(\.[a-z0-9-]+)*\.cjs$/;

/** A loaded file's `module`, by path: each chunk is evaluated once, and a cycle sees the partial exports, as with `require`. */
type LoadedModules = Map<string, { exports: unknown }>;

/** The CommonJS wrapper Node itself puts around a module, so the bundle sees the same five names. */
export const WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) { ";
export const WRAPPER_TAIL = "\n})";

/** Runs the command line (it reads `process.argv` itself); resolves once its module has been evaluated. */
export async function startCli(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!bundleIsCurrent(BUNDLE_PATH, MODULES_PATH)) {
    await import("./main.js");
    return;
  }
  const cacheDir = env["NODE_DISABLE_COMPILE_CACHE"] ? undefined : codeCacheDir(env);
  // `agentcfg check …`, the command line run most, first tries the bundle that holds only check's code: less to deserialise.
  if (process.argv[2] === "check" && statSync(CHECK_BUNDLE_PATH, { throwIfNoEntry: false })) {
    const checkOnly = runWithCodeCache(CHECK_BUNDLE_PATH, cacheDir) as { startCheck(argv: readonly string[]): boolean };
    if (checkOnly.startCheck(process.argv.slice(2))) return;
  }
  runWithCodeCache(BUNDLE_PATH, cacheDir);
}

/**
 * Whether the bundle is there and not older than the tsc output it is made
 * from: after a bare `tsc` (without the bundle step of `npm run build`) the
 * bundle would run yesterday's code, so the modules run instead. (An npm
 * install gives every file the same time: the bundle is used.)
 */
export function bundleIsCurrent(bundlePath: string, modulesPath: string): boolean {
  const bundle = statSync(bundlePath, { throwIfNoEntry: false });
  if (!bundle) return false;
  const modules = statSync(modulesPath, { throwIfNoEntry: false });
  return !modules || bundle.mtimeMs >= modules.mtimeMs;
}

/**
 * Compiles and runs a CommonJS file as `require` would and returns its
 * exports, with a code cache read from `cacheDir` (and written there at exit
 * when there was none or V8 refused it). Its chunks are loaded the same way.
 */
export function runWithCodeCache(file: string, cacheDir: string | undefined, loaded: LoadedModules = new Map()): unknown {
  // The stamp and the bytes from one open file: the cache is then checked against the very content that runs.
  const fd = openSync(file, "r");
  let bytes: Buffer;
  let identity: BundleIdentity;
  try {
    identity = currentIdentity(fstatSync(fd, { bigint: true }));
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  // Latin-1 is a cheaper decode and gives V8 a one-byte string; it is the same text only when the file is ASCII.
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const cachePath = cacheDir ? codeCachePath(cacheDir, file) : undefined;
  const cached = cachePath ? readCodeCache(cachePath, identity) : undefined;
  // The build writes the bundle and its chunks wrapped already (scripts/build-bundle.mjs): joining 500 KB here would copy it on
  // the heap once more, and those copies are what made a start's young generation fill twice (≈ 1 ms).
  const wrapped = source.startsWith(WRAPPER_HEAD) ? source : WRAPPER_HEAD + source + WRAPPER_TAIL;
  const script = new Script(wrapped, { filename: file, ...(cached ? { cachedData: cached } : {}) });
  if (cachePath && (!cached || script.cachedDataRejected === true)) {
    // At exit the functions that ran are compiled too, so the cache holds them and the next start skips their compile.
    writeAtExit(() => writeCodeCache(cachePath, identity, () => script.createCachedData()));
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  loaded.set(file, module);
  wrapper.call(module.exports, module.exports, chunkAwareRequire(file, cacheDir, loaded), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/** The caches to write at exit: one listener for them all. */
const cacheWrites: Array<() => void> = [];

function writeAtExit(write: () => void): void {
  if (cacheWrites.length === 0) process.once("exit", () => cacheWrites.forEach((each) => each()));
  cacheWrites.push(write);
}

/** `require` for `file`: Node's, except that the bundle's chunks go through runWithCodeCache (each once). */
function chunkAwareRequire(file: string, cacheDir: string | undefined, loaded: LoadedModules): NodeJS.Require {
  // Made on first use: the bundles require only Node's modules and their own chunks, until yargs or a package outside them.
  let nodeRequire: NodeJS.Require | undefined;
  const base = () => (nodeRequire ??= process.getBuiltinModule("node:module").createRequire(file));
  const load = (id: string): unknown => {
    // Node's own modules without a `require` made for the file (the first createRequire is ≈ 0.5 ms of a start).
    const builtin = process.getBuiltinModule(id);
    if (builtin !== undefined) return builtin;
    if (!CHUNK.test(id)) return base()(id);
    const chunk = join(dirname(file), id);
    const module = loaded.get(chunk);
    return module ? module.exports : runWithCodeCache(chunk, cacheDir, loaded);
  };
  return Object.defineProperties(load, {
    resolve: { get: () => base().resolve, enumerable: true },
    cache: { get: () => base().cache, enumerable: true },
    main: { get: () => base().main, enumerable: true },
    extensions: { get: () => base().extensions, enumerable: true },
  }) as unknown as NodeJS.Require;
}
