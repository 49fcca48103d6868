/**
 * @fileoverview The bundled command line (bin/agentcfg.js → dist/cli/start.cjs
 * → dist/cli/agentcfg.cjs, or dist/cli/agentcfg.check.cjs for `check …`, with a code cache and the fast validator) says
 * exactly what the unbundled one (dist/cli/main.js: ES modules, Zod always)
 * says: stdout, stderr and exit code, byte for byte, on every fixture under
 * fixtures/valid and fixtures/invalid, alone and all together, in every
 * format, with the cache cold and warm. And for a valid file it does not load
 * Zod at all, which is where its speed comes from.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { SLOW } from "./helpers/test-scale.js";
import { CLI } from "./run-cli.js";

const UNBUNDLED = join(ROOT, "dist", "cli", "main.js");
const scratch = mkdtempSync(join(tmpdir(), "agentcfg-cold-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, XDG_CACHE_HOME: join(scratch, "cache"), ...env };
    for (const key of Object.keys(base)) if (base[key] === undefined) delete base[key];
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { cwd: ROOT, env: base as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs `jobs` a few at a time (the machine's CPUs), keeping their order. */
async function pooled<T>(jobs: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return out;
}

/** Config inputs of a fixture group, as paths relative to the repo (folders named like configs included: they are inputs too). */
function inputs(group: string): string[] {
  return readdirSync(join(ROOT, "fixtures", group))
    .filter((name) => name.endsWith(".json5") && !name.includes(".expected.") && !name.endsWith(".settings.json5") && name !== "agentcfg.config.json5")
    .sort()
    .map((name) => `fixtures/${group}/${name}`);
}

const FILES = [...inputs("valid"), ...inputs("invalid")];
/**
 * Fixtures checked one process each. Two processes per fixture per format is
 * most of this file's time, so `npm test` takes every sixth (valid and invalid
 * both) and `npm run test:slow` all; every fixture is still compared in the
 * all-at-once runs below.
 */
const ALONE = SLOW ? FILES : FILES.filter((_, i) => i % 6 === 0);

describe("the bundled CLI and the unbundled CLI", () => {
  it("there are fixtures to compare, valid and invalid", () => {
    expect(inputs("valid").length).toBeGreaterThan(10);
    expect(inputs("invalid").length).toBeGreaterThan(10);
  });

  for (const format of ["pretty", "json"]) {
    it(`say the same, byte for byte, on each fixture alone (--format ${format})`, { timeout: 240_000 }, async () => {
      const pairs = await pooled(
        ALONE.map((file) => async () => {
          const args = ["check", file, "--format", format];
          return { file, bundled: await run(CLI, args), unbundled: await run(UNBUNDLED, args) };
        }),
      );
      for (const { file, bundled, unbundled } of pairs) expect(bundled, file).toEqual(unbundled);
      // The fixtures do reach the schema stage both ways: some find schema problems, some none.
      expect(pairs.some((p) => p.unbundled.stdout.includes("schema/"))).toBe(true);
      expect(pairs.some((p) => p.unbundled.status === 0)).toBe(true);
    });
  }

  it("say the same on all of them at once, in every format, in colour too, with the cache cold and then warm", { timeout: 120_000 }, async () => {
    const variants: [string[], Record<string, string>][] = [
      [["--format", "pretty"], {}],
      [["--format", "json"], {}],
      [["--format", "github"], {}],
      [["--format", "sarif"], {}],
      [["--format", "pretty"], { FORCE_COLOR: "1", NO_COLOR: "" }],
    ];
    for (const [flags, env] of variants) {
      const cache = { XDG_CACHE_HOME: mkdtempSync(join(scratch, "cache-")) };
      const args = ["check", ...FILES, ...flags];
      const unbundled = await run(UNBUNDLED, args, env);
      expect(await run(CLI, args, { ...env, ...cache }), `${flags.join(" ")} cold`).toEqual(unbundled);
      expect(await run(CLI, args, { ...env, ...cache }), `${flags.join(" ")} warm`).toEqual(unbundled);
    }
  });

  it("say the same for --version, --help, check --help (the check-only bundle hands it to the whole CLI), a usage error and a settings file", async () => {
    const settingsDir = mkdtempSync(join(scratch, "settings-"));
    writeFileSync(join(settingsDir, "agentcfg.config.json5"), '{ rules: { "model/unknown-provider": "off", "nope/x": "error" }, extra: 1 }');
    writeFileSync(join(settingsDir, "openclaw.json5"), readFileSync(join(ROOT, "examples", "two-kimi-keys.json5"), "utf8"));
    for (const args of [
      ["--version"],
      ["--help"],
      ["check", "--help"],
      ["check", "--format", "nope", "x.json5"],
      ["check", join(settingsDir, "openclaw.json5")],
      // Handed by the check-only bundle to the whole command line, whose code it does not carry.
      ["check", "fixtures/cli/fallback-typo.json5", "--fix-dry-run"],
      ["chek", "x.json5"],
    ]) {
      expect(await run(CLI, args), args.join(" ")).toEqual(await run(UNBUNDLED, args));
    }
  });
});

describe("the bundled CLI", () => {
  it("ships in the npm package: the CommonJS bin, the loader, the bundle, its Zod chunk and the fast validator of each target", () => {
    const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    const files: string[] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")))[0].files.map((f: { path: string }) => f.path);
    for (const file of [
      "bin/agentcfg.js",
      "bin/package.json",
      "dist/cli/start.cjs",
      "dist/cli/agentcfg.cjs",
      "dist/cli/agentcfg.check.cjs",
      "dist/cli/agentcfg.zod.cjs",
      "dist/schema/openclaw-2026.4-validate.jsonl",
      "dist/schema/openclaw-2026.9-validate.jsonl",
    ]) {
      expect(files).toContain(file);
    }
    expect(JSON.parse(readFileSync(join(ROOT, "bin", "package.json"), "utf8")).type).toBe("commonjs");
  });

  /** Runs the bundled CLI with a preload that records every file Node reads or opens; returns those under dist/. */
  async function filesRead(args: string[]): Promise<{ result: Run; read: string[] }> {
    const log = join(scratch, `read-${process.hrtime.bigint()}.log`);
    const preload = join(scratch, "record-reads.cjs");
    writeFileSync(
      preload,
      [
        'const fs = require("node:fs");',
        "const readFileSync = fs.readFileSync;",
        "const seen = [];",
        'fs.readFileSync = function (path, ...rest) { if (typeof path === "string") seen.push(path); return readFileSync.call(this, path, ...rest); };',
        // The loader opens a bundle to read its stamp and its bytes from one descriptor.
        "const openSync = fs.openSync;",
        'fs.openSync = function (path, ...rest) { if (typeof path === "string") seen.push(path); return openSync.call(this, path, ...rest); };',
        `process.on("exit", () => fs.writeFileSync(${JSON.stringify(log)}, seen.join("\\n")));`,
      ].join("\n"),
    );
    const result = await run(CLI, args, {}, ["--require", preload]);
    const read = readFileSync(log, "utf8")
      .split("\n")
      .filter((p) => p.startsWith(join(ROOT, "dist")));
    return { result, read };
  }

  it("does not load Zod for a valid file, and does for a file with schema problems", async () => {
    const valid = await filesRead(["check", "examples/two-kimi-keys.json5"]);
    expect(valid.result.status).toBe(0);
    // `check <file>` runs the check-only bundle, not the whole command line.
    expect(valid.read).toContain(join(ROOT, "dist", "cli", "agentcfg.check.cjs"));
    expect(valid.read).not.toContain(join(ROOT, "dist", "cli", "agentcfg.cjs"));
    // The fast validator's data, read when the check asks for it.
    expect(valid.read).toContain(join(ROOT, "dist", "schema", "openclaw-2026.9-validate.jsonl"));
    expect(valid.read.filter((p) => p.includes("zod"))).toEqual([]);

    // Nor does it carry the code of --fix and --stdin (the whole command line runs those).
    const checkBundle = readFileSync(join(ROOT, "dist", "cli", "agentcfg.check.cjs"), "utf8");
    const defines = (text: string, name: string) => text.includes(`function ${name}(`);
    // (The atomic writer is in it: `--output` writes through it.)
    for (const name of ["applySafeFixes", "unifiedDiff", "checkStdinBytes"]) expect(defines(checkBundle, name), name).toBe(false);
    expect(defines(readFileSync(join(ROOT, "dist", "cli", "agentcfg.cjs"), "utf8"), "applySafeFixes")).toBe(true);
    const fixing = await filesRead(["check", "fixtures/cli/fallback-typo.json5", "--fix-dry-run"]);
    expect(fixing.result.stdout).toContain('+        fallbacks: ["moonshot/kimi-k2.5"],');
    expect(fixing.read).toContain(join(ROOT, "dist", "cli", "agentcfg.cjs"));

    const invalid = await filesRead(["check", "fixtures/invalid/model-entry-unknown-field.json5"]);
    expect(invalid.result.stdout).toContain("schema/unknown-key");
    expect(invalid.read).toContain(join(ROOT, "dist", "cli", "agentcfg.zod.cjs"));
  });

  it("reads only the fast validator of the file's target: a 2026.9 file never loads 2026.4's, nor the other way round", async () => {
    const chunk = (target: string) => join(ROOT, "dist", "schema", `openclaw-${target}-validate.jsonl`);
    const newer = await filesRead(["check", "examples/two-kimi-keys.json5"]);
    expect(newer.result.stdout).toContain("target 2026.9");
    expect(newer.read).toContain(chunk("2026.9"));
    expect(newer.read).not.toContain(chunk("2026.4"));

    // Judged by 2026.4 through fixtures/valid/agentcfg.config.json5 (reading a settings file loads Zod, as before).
    const older = await filesRead(["check", "fixtures/valid/custom-provider.json5"]);
    expect(older.result.stdout).toContain("target 2026.4");
    expect(older.read).toContain(chunk("2026.4"));
    expect(older.read).not.toContain(chunk("2026.9"));
  });
});
