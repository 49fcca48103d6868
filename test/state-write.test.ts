/**
 * @fileoverview Atomic writes of state files: modes, no temp files left, a
 * failed write (read-only folder, file size limit) leaves the old file
 * intact, symbolic links out of the state folder are refused, and the locked
 * update's outcomes (written, unchanged, deleted, refused).
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authProfilesPath, authStatePath, removeFileSafely, updateAuthProfiles, updateAuthState, writeFileAtomic } from "../src/state/index.js";
import { ROOT } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

let base: string;
let stateDir: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "agentcfg-state-"));
  stateDir = join(base, "state");
});
afterEach(() => {
  chmodSync(base, 0o700);
  rmSync(base, { recursive: true, force: true });
});

const modeOf = (path: string) => statSync(path).mode & 0o777;
const isRoot = process.getuid?.() === 0;

describe("writeFileAtomic", () => {
  it("creates the file 0600 and the folders on the way 0700", () => {
    const file = authStatePath(stateDir, "main");
    const result = writeFileAtomic(file, '{"version":1}\n', { root: stateDir });
    expect(result.ok).toBe(true);
    expect(readFileSync(file, "utf8")).toBe('{"version":1}\n');
    expect(modeOf(file)).toBe(0o600);
    for (const dir of [stateDir, join(stateDir, "agents"), join(stateDir, "agents", "main"), join(stateDir, "agents", "main", "agent")])
      expect(modeOf(dir)).toBe(0o700);
  });

  it("replaces the content, tightens the mode, and leaves no temp file", () => {
    const file = authStatePath(stateDir, "main");
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, "old", { mode: 0o644 });
    expect(writeFileAtomic(file, "new", { root: stateDir }).ok).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(modeOf(file)).toBe(0o600);
    expect(readdirSync(join(file, ".."))).toEqual(["auth-state.json"]);
  });

  it.skipIf(isRoot)("in a read-only folder it fails with a diagnostic and leaves the old file intact", () => {
    const dir = join(base, "ro");
    mkdirSync(dir);
    const file = join(dir, "auth-state.json");
    writeFileSync(file, "old");
    chmodSync(dir, 0o500);
    try {
      const result = writeFileAtomic(file, "new", { root: dir });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.diagnostic.code).toBe("state/write-failed");
        expect(messageOf(result.diagnostic)).toContain("permission denied");
      }
      expect(readFileSync(file, "utf8")).toBe("old");
      expect(readdirSync(dir)).toEqual(["auth-state.json"]);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it("when the write itself fails midway (file size limit), the old file is intact and no temp file is left", () => {
    const dir = join(base, "limited");
    mkdirSync(dir);
    const file = join(dir, "auth-state.json");
    writeFileSync(file, '{"version":1,"old":true}\n');
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(join(ROOT, "dist/state/index.js"))};
      const result = writeFileAtomic(process.argv[1], "x".repeat(64 * 1024), { root: process.argv[2] });
      console.log(JSON.stringify(result));`;
    // ulimit -f counts 1024-byte blocks: the 64 KiB write stops at 4 KiB with EFBIG.
    const child = spawnSync("bash", ["-c", 'ulimit -f 4; exec node --input-type=module -e "$0" "$1" "$2"', script, file, dir], { encoding: "utf8" });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout);
    expect(result.ok).toBe(false);
    expect(result.diagnostic.code).toBe("state/write-failed");
    expect(messageOf(result.diagnostic)).toContain("file size limit");
    expect(readFileSync(file, "utf8")).toBe('{"version":1,"old":true}\n');
    expect(readdirSync(dir)).toEqual(["auth-state.json"]);
  });

  it("refuses to write through a symbolic link that leads outside the state folder", () => {
    const outside = join(base, "outside.json");
    writeFileSync(outside, "precious");
    const file = authStatePath(stateDir, "main");
    mkdirSync(join(file, ".."), { recursive: true });
    symlinkSync(outside, file);
    const result = writeFileAtomic(file, "overwritten", { root: stateDir });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe("state/unsafe-path");
    expect(readFileSync(outside, "utf8")).toBe("precious");
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
  });

  it("refuses a symlinked folder that leads outside, without creating anything there", async () => {
    const outside = join(base, "elsewhere");
    mkdirSync(outside);
    mkdirSync(stateDir);
    symlinkSync(outside, join(stateDir, "agents"));
    const file = authStatePath(stateDir, "main");
    expect(writeFileAtomic(file, "x", { root: stateDir })).toMatchObject({ ok: false, diagnostic: { code: "state/unsafe-path" } });
    const update = await updateAuthState(file, (d) => void (d.order = { kimi: ["kimi:default"] }), { root: stateDir });
    expect(update).toMatchObject({ ok: false, outcome: "failed" });
    expect(update.diagnostics.map((d) => d.code)).toEqual(["state/unsafe-path"]);
    expect(readdirSync(outside)).toEqual([]);
  });

  it("follows a symbolic link that stays inside the state folder, keeping the link", () => {
    const agent = join(stateDir, "agents", "main", "agent");
    mkdirSync(agent, { recursive: true });
    writeFileSync(join(stateDir, "shared-state.json"), "old");
    symlinkSync("../../../shared-state.json", join(agent, "auth-state.json"));
    expect(writeFileAtomic(join(agent, "auth-state.json"), "new", { root: stateDir }).ok).toBe(true);
    expect(readlinkSync(join(agent, "auth-state.json"))).toBe("../../../shared-state.json");
    expect(readFileSync(join(stateDir, "shared-state.json"), "utf8")).toBe("new");
  });

  it("removeFileSafely deletes, and tolerates a missing file", () => {
    const file = join(stateDir, "auth-state.json");
    mkdirSync(stateDir);
    writeFileSync(file, "x");
    expect(removeFileSafely(file, { root: stateDir }).ok).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(removeFileSafely(file, { root: stateDir }).ok).toBe(true);
  });
});

describe("updateAuthState outcomes", () => {
  it("writes, then reports unchanged for the same content, then deletes when nothing is left", async () => {
    const file = authStatePath(stateDir, "main");
    const first = await updateAuthState(file, (d) => void (d.order = { kimi: ["kimi:default"] }), { root: stateDir });
    expect(first).toMatchObject({ ok: true, outcome: "written", before: undefined, after: { version: 1, order: { kimi: ["kimi:default"] } } });
    const again = await updateAuthState(file, (d) => void (d.order = { kimi: ["kimi:default"] }), { root: stateDir });
    expect(again.outcome).toBe("unchanged");
    const cleared = await updateAuthState(file, (d) => void delete d.order, { root: stateDir });
    expect(cleared).toMatchObject({ ok: true, outcome: "deleted", after: undefined });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("never writes over a file it cannot read, and says why at line and column", async () => {
    const file = authStatePath(stateDir, "main");
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, '{\n  "version": 1,\n  "order": {"kimi": "kimi:default"}\n}\n');
    const before = readFileSync(file, "utf8");
    const result = await updateAuthState(file, (d) => void (d.lastGood = { kimi: "kimi:default" }), { root: stateDir });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([
      ["schema/invalid-type", 3, 21],
      ["state/invalid-file", 1, 1],
    ]);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("updateAuthProfiles adds a credential, keeping the other profiles and every unknown field, mode 0600", async () => {
    const file = authProfilesPath(stateDir, "main");
    mkdirSync(join(file, ".."), { recursive: true });
    const original = {
      version: 1,
      profiles: { "kimi:default": { type: "api_key", provider: "kimi", key: "k1", addedBy: "wizard" }, "odd:entry": "kept as is" },
      futureField: [1],
    };
    writeFileSync(file, JSON.stringify(original), { mode: 0o644 });
    const result = await updateAuthProfiles(
      file,
      (store) => void (store.profiles = { ...store.profiles, "kimi:backup": { type: "api_key", provider: "kimi", key: "k2" } }),
      { root: stateDir },
    );
    expect(result.outcome).toBe("written");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["state/credential-dropped"]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      ...original,
      profiles: { ...original.profiles, "kimi:backup": { type: "api_key", provider: "kimi", key: "k2" } },
    });
    expect(modeOf(file)).toBe(0o600);
  });
});
