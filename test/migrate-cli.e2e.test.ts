/**
 * @fileoverview `agentcfg migrate` as a user runs it: the dry run prints a
 * diff and changes nothing, --write writes atomically and keeps a backup with
 * the file's mode, --check exits 1 only when something would change, a
 * conflict stops with exit 1 and writes nothing, and no secret reaches the output.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "agentcfg-migrate-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function copyFixture(name: string): string {
  const target = join(dir, "openclaw.json5");
  cpSync(join(ROOT, "fixtures", name), target);
  return target;
}

describe("agentcfg migrate", () => {
  it("dry run: prints a unified diff and the change lines, writes nothing, exits 0", () => {
    const file = copyFixture("legacy/agent-block.json5");
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`--- ${file}\n+++ ${file}\n@@ `);
    expect(result.stdout).toContain("-  agent: {");
    expect(result.stdout).toContain("Moved agent.bash → tools.exec");
    expect(result.stdout).toContain("Dry run: 1 file would change; nothing was written.");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("--write: writes the migrated text, keeps <file>.bak and the file's mode, leaves no temp file", () => {
    const file = copyFixture("legacy/comments-everywhere.json5");
    chmodSync(file, 0o640);
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", "--to", "2026.4", file, "--write"]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(ROOT, "fixtures/legacy/comments-everywhere.output.json5"), "utf8"));
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["openclaw.json5", "openclaw.json5.bak"]);
    expect(result.stdout).toContain(`Wrote ${file} (the old file is ${file}.bak)`);
    // Written once, it is current: --check now passes.
    expect(runCli(["migrate", "--to", "2026.4", file, "--check"]).status).toBe(0);
  });

  it("--check: exits 1 when anything would change, prints no diff, writes nothing", () => {
    const file = copyFixture("legacy/routing.json5");
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", file, "--check"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Moved routing.queue → messages.queue");
    expect(result.stdout).not.toContain("+++");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("a current config: byte-identical, exit 0 under --check and under --write (no backup)", () => {
    const file = copyFixture("valid/json5-syntax-everywhere.json5");
    const before = readFileSync(file);
    const check = runCli(["migrate", file, "--check"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("Up to date: nothing to migrate.");
    expect(runCli(["migrate", file, "--write"]).status).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("a conflict: names both positions, exits 1, writes nothing even with --write", () => {
    const file = copyFixture("legacy/conflict-agent-model.json5");
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", file, "--write"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("legacy/conflict");
    expect(result.stdout).toContain(`${file}:3`);
    expect(result.stdout).toContain(`${file}:7`);
    expect(result.stdout).toContain("Stopped: nothing was changed.");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("--format json: the plan as data", () => {
    const file = copyFixture("legacy/top-level-channel.json5");
    const report = JSON.parse(runCli(["migrate", file, "--format", "json"]).stdout);
    expect(report.mode).toBe("dry-run");
    expect(report.changed).toBe(true);
    expect(report.changes.map((c: { code: string }) => c.code)).toEqual(["legacy/top-level-channel", "legacy/top-level-channel"]);
    expect(report.files[0].diff).toContain("+    telegram: {");
  });

  it("an unreadable or unparsable file: exit 2, nothing written", () => {
    expect(runCli(["migrate", join(dir, "missing.json5")]).status).toBe(2);
    const file = join(dir, "broken.json5");
    writeFileSync(file, "{ agent: { model: ");
    const result = runCli(["migrate", file, "--write"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("parse/syntax-error");
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("--state-dir: migrates the auth files, secrets never printed, emptied auth.json kept as .bak", () => {
    cpSync(join(ROOT, "fixtures/legacy/state/flat-auth-json/before"), dir, { recursive: true });
    const dry = runCli(["migrate", "--state-dir", dir]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("auth-profiles.json");
    expect(dry.stdout).toContain("‹redacted›");
    for (const secret of ["sk-moonshot-flat-0123456789", "sk-openai-flat-0123456789", "sk-kimi-default-0123456789", "sk-ant-flat-token-0123456789"]) {
      expect(dry.stdout).not.toContain(secret);
    }
    const write = runCli(["migrate", "--state-dir", dir, "--write"]);
    expect(write.status).toBe(0);
    const main = join(dir, "agents/main/agent");
    expect(existsSync(join(main, "auth.json"))).toBe(false);
    expect(existsSync(join(main, "auth.json.bak"))).toBe(true);
    expect(readFileSync(join(main, "auth-profiles.json"), "utf8")).toBe(
      readFileSync(join(ROOT, "fixtures/legacy/state/flat-auth-json/after/agents/main/agent/auth-profiles.json"), "utf8"),
    );
    expect(statSync(join(dir, "agents/work/agent/auth-profiles.json")).mode & 0o777).toBe(0o600);
  });
});
