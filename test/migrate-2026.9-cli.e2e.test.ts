/**
 * @fileoverview `agentcfg migrate --to 2026.9` as a user runs it (the built
 * CLI): a dry run by default, `--write` atomic with a `.bak`, idempotent,
 * `--check` for CI, conflicts that stop and name both places, a manual step
 * that says what to do, a removed block kept as a comment, and no `--to`
 * meaning the release the file is judged by (as `check` chooses it).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "agentcfg-migrate9-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = join(ROOT, "fixtures", "migrate-2026.9");

function copyFixture(name: string): string {
  const target = join(dir, "openclaw.json5");
  cpSync(join(FIXTURES, `${name}.json5`), target);
  return target;
}

describe("agentcfg migrate --to 2026.9", () => {
  it("dry run by default: a diff and the change lines, nothing written", () => {
    const file = copyFixture("combined-json5");
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", "--to", "2026.9", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("-    list: [");
    expect(result.stdout).toContain('Moved agents.list[0] (id "main") → agents.entries.main');
    expect(result.stdout).toContain("legacy/agents-default-marker");
    expect(result.stdout).toContain("Dry run: 1 file would change; nothing was written.");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["openclaw.json5"]);
  });

  it("--write: the expected output, the old text in .bak; a second run changes nothing and --check passes", () => {
    const file = copyFixture("list-two-default");
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", "--to", "2026.9", file, "--write"]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(FIXTURES, "list-two-default.expected.json5"), "utf8"));
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["openclaw.json5", "openclaw.json5.bak"]);
    const again = runCli(["migrate", "--to", "2026.9", file, "--write"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Up to date: nothing to migrate.");
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(before);
    expect(runCli(["migrate", "--to", "2026.9", file, "--check"]).status).toBe(0);
  });

  it("--check: exit 1 when 2026.9 needs a change, naming the command to see it", () => {
    const file = copyFixture("env-inline");
    const result = runCli(["migrate", "--to", "2026.9", file, "--check"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`Run \`agentcfg migrate --to 2026.9 ${file}\` to see the diff.`);
    expect(result.stdout).not.toContain("@@");
  });

  it("a file already written for 2026.9 is a no-op (exit 0, nothing printed but 'Up to date')", () => {
    const file = copyFixture("already-2026.9-current");
    const result = runCli(["migrate", "--to", "2026.9", file, "--check"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Up to date: nothing to migrate.");
  });

  it("a conflict stops the run, names both places and writes nothing (exit 1)", () => {
    const file = copyFixture("env-conflict");
    const before = readFileSync(file, "utf8");
    const result = runCli(["migrate", "--to", "2026.9", file, "--write", "--format", "json"]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      to: string;
      diagnostics: { code: string; message: string; related: { range: { start: { line: number } } }[] }[];
    };
    expect(report.to).toBe("2026.9");
    const [conflict] = report.diagnostics;
    expect(conflict?.code).toBe("legacy/conflict");
    expect(conflict?.message).toContain(`"env.REGION" (${file}:3)`);
    expect(conflict?.message).toContain(`"env.vars.REGION" (${file}:5)`);
    expect(conflict?.related[0]?.range.start.line).toBe(5);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["openclaw.json5"]);
  });

  it("auth.cooldowns has no home in 2026.9: removed, kept as a comment where it stood; the result loads and a second run changes nothing", () => {
    const file = copyFixture("auth-cooldowns");
    const result = runCli(["migrate", "--to", "2026.9", file, "--write"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Removed auth.cooldowns");
    const written = readFileSync(file, "utf8");
    expect(written).toBe(readFileSync(join(FIXTURES, "auth-cooldowns.expected.json5"), "utf8"));
    expect(written).toContain("// cooldowns: { billingBackoffHours: 3, failureWindowHours: 12 }");
    expect(written).toContain("// tuned backoff: no home in 2026.9");
    expect(runCli(["check", file]).status).toBe(0);
    expect(runCli(["migrate", "--to", "2026.9", file, "--check"]).status).toBe(0);
  });

  it("without --to: the release the file is judged by, as check chooses it, and said on stderr", () => {
    for (const [name, to] of [
      ["combined-json5", "2026.9"],
      ["legacy-routing", "2026.9"],
      ["meta-last-touched", "2026.4"],
    ] as const) {
      const file = copyFixture(name);
      const plain = runCli(["migrate", file, "--format", "json"]);
      const explicit = runCli(["migrate", "--to", to, file, "--format", "json"]);
      expect(plain.status, name).toBe(explicit.status);
      expect(plain.stdout, name).toBe(explicit.stdout);
      expect(plain.stderr, name).toContain(`migrating to OpenClaw ${to}, the release this file is judged by`);
    }
  });

  it("check and migrate --check agree on whether a migration is pending", () => {
    for (const name of ["combined-json5", "env-inline", "auth-cooldowns", "already-2026.9-current", "meta-last-touched"]) {
      const file = copyFixture(name);
      const check = runCli(["check", "--strict", file]);
      const migrate = runCli(["migrate", "--check", file]);
      const pendingInCheck = /legacy\/|schema\/removed-key/.test(check.stdout);
      expect(migrate.status === 1, `${name}: ${check.stdout}\n${migrate.stdout}`).toBe(pendingInCheck);
    }
  });

  it("an unknown --to is a usage error (exit 2)", () => {
    const file = copyFixture("env-inline");
    const result = runCli(["migrate", "--to", "2027.1", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/2026\.4.*2026\.9|Choices/);
  });
});
