/**
 * @fileoverview The CLI bundle's code cache can only make a start faster:
 * a missing, corrupt, truncated, foreign or stale cache file is ignored (and
 * replaced), an unwritable cache folder is no error, and in every case the
 * output is the same. Unit tests of src/cli/code-cache.ts, then the built CLI.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  codeCacheDir,
  codeCachePath,
  currentIdentity,
  temporaryFolder,
  type FileStamp,
  readCodeCache,
  writeCodeCache,
  type BundleIdentity,
} from "../src/cli/code-cache.js";
import { bundleIsCurrent, runWithCodeCache, WRAPPER_HEAD, WRAPPER_TAIL } from "../src/cli/load-bundle.js";
import { ROOT } from "./fixture-files.js";
import { CLI } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "agentcfg-code-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STAMP: FileStamp = { dev: 2049n, ino: 1234567n, size: 700_000n, mtimeNs: 1_764_748_800_123_456_789n, ctimeNs: 1_764_748_800_123_456_789n };
const IDENTITY: BundleIdentity = currentIdentity(STAMP);
/** The identity of the file at `path` now, as the loader takes it. */
const identityOf = (path: string): BundleIdentity => currentIdentity(statSync(path, { bigint: true }));

describe("code cache files", () => {
  it("round-trip: what is written for an identity is read back for it", () => {
    const path = join(scratch, "unit", "a.v8cache");
    const payload = Buffer.from("pretend V8 cache data \u0000\u0001\u0002");
    expect(writeCodeCache(path, IDENTITY, () => payload)).toBe(true);
    expect(readCodeCache(path, IDENTITY)).toEqual(payload);
    // No temporary file is left beside it.
    expect(readdirSync(join(scratch, "unit"))).toEqual(["a.v8cache"]);
  });

  it("are ignored when made for another bundle file (or the same one written since, even to the same length and time), Node, V8 or CPU", () => {
    const path = join(scratch, "unit", "b.v8cache");
    writeCodeCache(path, IDENTITY, () => Buffer.from("data"));
    for (const other of [
      // Written since: the change time moves even where the modification time was set back and the size kept.
      currentIdentity({ ...STAMP, ctimeNs: STAMP.ctimeNs + 1n }),
      currentIdentity({ ...STAMP, mtimeNs: STAMP.mtimeNs + 1n }),
      currentIdentity({ ...STAMP, size: STAMP.size - 1n }),
      // Another file: replaced by a rename (as a build or an npm install does), or on another disk.
      currentIdentity({ ...STAMP, ino: STAMP.ino + 1n }),
      currentIdentity({ ...STAMP, dev: STAMP.dev + 1n }),
      { ...IDENTITY, node: "v0.0.1" },
      { ...IDENTITY, v8: "1.0" },
      { ...IDENTITY, arch: "mips" },
    ]) {
      expect(readCodeCache(path, other)).toBeUndefined();
    }
  });

  it("see a bundle rewritten in place, with its size and modification time put back", () => {
    const file = join(scratch, "unit", "rewritten.cjs");
    mkdirSync(join(scratch, "unit"), { recursive: true });
    writeFileSync(file, "module.exports = 1;");
    const at = new Date("2026-01-01T00:00:00Z");
    utimesSync(file, at, at);
    const before = identityOf(file);
    const path = join(scratch, "unit", "rewritten.v8cache");
    writeCodeCache(path, before, () => Buffer.from("data"));
    expect(readCodeCache(path, identityOf(file))).toBeDefined();
    // Some time later (the change time has the kernel's clock tick), the same length written over it and the old time set.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
    writeFileSync(file, "module.exports = 2;");
    utimesSync(file, at, at);
    expect(statSync(file).size).toBe(19);
    expect(readCodeCache(path, identityOf(file))).toBeUndefined();
  });

  it("are ignored when damaged: a changed byte, cut short, grown, no header, a broken header, empty, a folder, absent", () => {
    const path = join(scratch, "unit", "c.v8cache");
    writeCodeCache(path, IDENTITY, () => Buffer.alloc(1000, 7));
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 500]! ^= 0x10;
    const damaged = [
      flipped,
      good.subarray(0, good.length - 1),
      Buffer.concat([good, Buffer.from([0])]),
      Buffer.alloc(1000, 7),
      Buffer.concat([Buffer.from("agentcfg-code-cache 1 {not json\n"), Buffer.alloc(1000, 7)]),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      writeFileSync(path, bytes);
      expect(readCodeCache(path, IDENTITY)).toBeUndefined();
    }
    expect(readCodeCache(join(scratch, "unit"), IDENTITY)).toBeUndefined();
    expect(readCodeCache(join(scratch, "unit", "absent.v8cache"), IDENTITY)).toBeUndefined();
  });

  it("are not written, without an error, where the folder cannot be made", () => {
    const blocker = join(scratch, "a-file");
    writeFileSync(blocker, "");
    let produced = false;
    expect(
      writeCodeCache(join(blocker, "sub", "x.v8cache"), IDENTITY, () => {
        produced = true;
        return Buffer.from("x");
      }),
    ).toBe(false);
    expect(produced).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)("are not even produced for a folder that cannot be written to", () => {
    const readOnly = join(scratch, "read-only");
    mkdirSync(readOnly, { mode: 0o500 });
    let produced = false;
    const written = writeCodeCache(join(readOnly, "x.v8cache"), IDENTITY, () => {
      produced = true;
      return Buffer.from("x");
    });
    expect([written, produced]).toEqual([false, false]);
  });

  it("live in $XDG_CACHE_HOME/agentcfg, else in the temporary folder, one per bundle path", () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: "/somewhere/cache" })).toBe(join("/somewhere/cache", "agentcfg"));
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    expect(codeCacheDir({ XDG_CACHE_HOME: "relative" }).startsWith(tmpdir())).toBe(true);
    expect(codeCacheDir({}).startsWith(tmpdir())).toBe(true);
    // The temporary folder as node:os says it, without loading it.
    for (const env of [{}, { TMPDIR: "/var/tmp/" }, { TMP: "/x/y" }, { TEMP: "/z" }, { TMPDIR: "/" }, { TMPDIR: "", TMP: "/t/" }]) {
      const saved = { TMPDIR: process.env["TMPDIR"], TMP: process.env["TMP"], TEMP: process.env["TEMP"] };
      try {
        for (const key of ["TMPDIR", "TMP", "TEMP"] as const) delete process.env[key];
        Object.assign(process.env, env);
        expect(temporaryFolder(process.env), JSON.stringify(env)).toBe(tmpdir());
      } finally {
        for (const [key, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        }
      }
    }
    expect(codeCachePath("/c", "/a/agentcfg.cjs")).not.toBe(codeCachePath("/c", "/b/agentcfg.cjs"));
  });
});

describe("the loader", () => {
  it("runs a file as CommonJS whether the build wrapped it already or not", () => {
    const dir = join(scratch, "wrapped");
    mkdirSync(dir, { recursive: true });
    const body = "module.exports = { sum: 41 + 1, file: __filename === require('node:path').join(__dirname, 'x.cjs') };";
    writeFileSync(join(dir, "plain.cjs"), body.replace("x.cjs", "plain.cjs"));
    writeFileSync(join(dir, "wrapped.cjs"), `${WRAPPER_HEAD}${body.replace("x.cjs", "wrapped.cjs")}${WRAPPER_TAIL}`);
    expect(runWithCodeCache(join(dir, "plain.cjs"), undefined)).toEqual({ sum: 42, file: true });
    expect(runWithCodeCache(join(dir, "wrapped.cjs"), undefined)).toEqual({ sum: 42, file: true });
  });

  it("finds the bundle and its chunks wrapped by the build", () => {
    for (const name of readdirSync(join(ROOT, "dist", "cli")).filter((f) => /^agentcfg\..*\.cjs$|^agentcfg\.cjs$/.test(f))) {
      expect(readFileSync(join(ROOT, "dist", "cli", name), "latin1").startsWith(WRAPPER_HEAD), name).toBe(true);
    }
  });
});

describe("the bundle is used only when current", () => {
  it("is used when there and not older than dist/cli/main.js; else the modules run", () => {
    const dir = join(scratch, "current");
    mkdirSync(dir);
    const bundle = join(dir, "agentcfg.cjs");
    const modules = join(dir, "main.js");
    expect(bundleIsCurrent(bundle, modules)).toBe(false);
    writeFileSync(bundle, "");
    expect(bundleIsCurrent(bundle, modules)).toBe(true);
    writeFileSync(modules, "");
    const at = new Date("2026-01-01T00:00:00Z");
    utimesSync(bundle, at, at);
    utimesSync(modules, at, at);
    expect(bundleIsCurrent(bundle, modules)).toBe(true);
    const later = new Date("2026-01-01T00:00:01Z");
    utimesSync(modules, later, later);
    expect(bundleIsCurrent(bundle, modules)).toBe(false);
  });
});

describe("the built CLI with its code cache", () => {
  // A `check` command line runs the check-only bundle (load-bundle.ts): its cache is the one these tests handle.
  const bundle = join(ROOT, "dist", "cli", "agentcfg.check.cjs");
  const args = ["check", "examples/two-kimi-keys.json5", "fixtures/invalid/model-entry-unknown-field.json5", "--format", "json"];
  const cacheHome = join(scratch, "cli");
  let expected: { status: number | null; stdout: string; stderr: string };

  function cli(env: Record<string, string> = {}) {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", XDG_CACHE_HOME: cacheHome, ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const cacheFiles = () => readdirSync(join(cacheHome, "agentcfg")).filter((f) => f.endsWith(".v8cache"));
  const mainCache = () => join(cacheHome, "agentcfg", codeCachePath("", bundle));

  beforeAll(() => {
    const unbundled = spawnSync(process.execPath, [join(ROOT, "dist", "cli", "main.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expected = { status: unbundled.status, stdout: unbundled.stdout, stderr: unbundled.stderr };
    expect(expected.status).toBe(1);
  });

  it("writes a cache for the bundle and its chunks (Zod, the releases' sections), and gives the same output with it", () => {
    expect(cli()).toEqual(expected);
    // The check bundle, Zod, and the generated sections of both releases, which the Zod stage loads to word the fixture's
    // problem. The fast validators are data (dist/schema/openclaw-<target>-validate.jsonl), not code: no cache of their own.
    const first = cacheFiles();
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(first).toEqual(expect.arrayContaining([codeCachePath("", join(ROOT, "dist", "cli", "agentcfg.zod.cjs"))]));
    expect(readCodeCache(mainCache(), identityOf(bundle))).toBeDefined();
    expect(cli()).toEqual(expected);
    // Every cache was taken: the second run wrote none.
    expect(cacheFiles()).toEqual(first);
  });

  it("ignores and replaces a corrupt cache file", () => {
    cli();
    const good = readFileSync(mainCache());
    const corrupt = Buffer.from(good);
    for (let i = Math.floor(corrupt.length / 2); i < corrupt.length; i += 97) corrupt[i]! ^= 0xff;
    writeFileSync(mainCache(), corrupt);
    expect(cli()).toEqual(expected);
    expect(readCodeCache(mainCache(), identityOf(bundle))).toBeDefined();
  });

  it("ignores a foreign cache: V8 data of another script under a header that claims this bundle", () => {
    const foreign = new Script("(function () { return 42; })").createCachedData();
    writeCodeCache(mainCache(), identityOf(bundle), () => foreign);
    expect(cli()).toEqual(expected);
    // V8 refused it, so it was replaced with a real one.
    expect(readCodeCache(mainCache(), identityOf(bundle))?.equals(foreign)).toBe(false);
  });

  it("gives the same output when the cache folder cannot be written, and when caching is turned off", () => {
    const blocked = join(scratch, "blocked");
    writeFileSync(blocked, "not a folder");
    expect(cli({ XDG_CACHE_HOME: blocked })).toEqual(expected);
    const off = join(scratch, "off");
    mkdirSync(off);
    expect(cli({ XDG_CACHE_HOME: off, NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual(expected);
    expect(readdirSync(off)).toEqual([]);
  });
});
