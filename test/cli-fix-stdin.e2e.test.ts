/**
 * @fileoverview `check --fix`, `--fix-dry-run` and standard input, run as a
 * user runs them (the built CLI): the typo fixture is fixed and then checks
 * clean; comments and formatting stay; a fix that would touch a secret is
 * not applied and the diff shows no secret; a dry run writes nothing; and
 * `check --stdin` (or `-`) says exactly what `check FILE` says.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "agentcfg-fix-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TYPO_FIXTURE = "fixtures/cli/fallback-typo.json5";
const TYPO = readFileSync(join(ROOT, TYPO_FIXTURE), "utf8");
const SECRET = "sk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0";

/** A copy of `text` as `name` in a fresh folder (no settings file above it but the scratch's). */
function copy(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(scratch, "case-"));
  writeFileSync(join(dir, name), text);
  return { dir, file: join(dir, name) };
}

describe("check --fix", () => {
  it("fixes the typo fixture, and the fixed file then checks clean", () => {
    const { dir } = copy("openclaw.json5", TYPO);
    const fixed = runCli(["check", "openclaw.json5", "--fix"], { cwd: dir });
    expect(fixed.stderr).toContain("agentcfg: fixed 1 problem in openclaw.json5.");
    expect(fixed.stdout).toContain("no problems found");
    expect(fixed.status).toBe(0);
    const after = readFileSync(join(dir, "openclaw.json5"), "utf8");
    expect(after).toBe(TYPO.replace("fallback:", "fallbacks:"));
    const again = runCli(["check", "openclaw.json5", "--format", "json"], { cwd: dir });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).files[0].diagnostics).toEqual([]);
  });

  it("keeps comments and the rest of the text; reports what it could not fix", () => {
    const text = [
      "// the team's config: keep this comment",
      "{",
      '  agents: { defaults: { model: { primary: "kimi/kimi-code", fallback: [] } } }, // and this one',
      "  /* block */ unknownTopLevel: 1,",
      "}",
      "",
    ].join("\n");
    const { dir, file } = copy("openclaw.json5", text);
    const run = runCli(["check", "openclaw.json5", "--fix"], { cwd: dir });
    expect(readFileSync(file, "utf8")).toBe(text.replace("fallback:", "fallbacks:"));
    // The unknown key has no suggestion, so no fix: it is still reported, and the run still fails.
    expect(run.stdout).toContain("unknownTopLevel");
    expect(run.status).toBe(1);
  });

  it("never touches a secret: an auth.order entry that looks like a credential stays, and no output shows it", () => {
    const text = `{
  auth: {
    profiles: {
      "moonshot:${SECRET}": { provider: "moonshot", mode: "api_key" },
      "moonshot:other": { provider: "moonshot", mode: "api_key" },
    },
    order: { kimi: ["moonshot:${SECRET}", "moonshot:other"] },
  },
}
`;
    const { dir, file } = copy("openclaw.json5", text);
    const dry = runCli(["check", "openclaw.json5", "--fix-dry-run"], { cwd: dir });
    expect(dry.stdout).toContain('-    order: { kimi: ["moonshot:‹redacted›", "moonshot:other"] },');
    expect(dry.stdout).toContain('+    order: { kimi: ["moonshot:‹redacted›"] },');
    const run = runCli(["check", "openclaw.json5", "--fix"], { cwd: dir });
    expect(readFileSync(file, "utf8")).toBe(text.replace(', "moonshot:other"]', "]"));
    for (const out of [dry.stdout, dry.stderr, run.stdout, run.stderr]) expect(out).not.toContain(SECRET);
  });

  it("--fix-dry-run prints the diff and writes nothing; the report is of the text as it would be", () => {
    const { dir, file } = copy("openclaw.json5", TYPO);
    const dry = runCli(["check", "openclaw.json5", "--fix-dry-run"], { cwd: dir });
    expect(dry.stdout).toContain(["--- a/openclaw.json5", "+++ b/openclaw.json5", "@@ -3,7 +3,7 @@"].join("\n"));
    expect(dry.stdout).toContain('-        fallback: ["moonshot/kimi-k2.5"],\n+        fallbacks: ["moonshot/kimi-k2.5"],');
    expect(dry.stdout).toContain("no problems found");
    expect(dry.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(TYPO);
  });

  it("says so when there is nothing to fix, and leaves the file alone", () => {
    const { dir, file } = copy("openclaw.json5", readFileSync(join(ROOT, "examples", "two-kimi-keys.json5"), "utf8"));
    const before = readFileSync(file, "utf8");
    expect(runCli(["check", "openclaw.json5", "--fix-dry-run"], { cwd: dir }).stdout).toMatch(/^Nothing to fix/);
    const run = runCli(["check", "openclaw.json5", "--fix"], { cwd: dir });
    expect(run.stderr).not.toContain("fixed");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it.each([
    [["--fix", "--fix-dry-run"], "cannot be used together"],
    [["--fix", "--watch"], "cannot be used with --watch"],
    [["--fix-dry-run", "--format", "json"], "--fix-dry-run prints a diff"],
  ])("refuses %j with a usage error", (flags, said) => {
    const { dir, file } = copy("openclaw.json5", TYPO);
    const run = runCli(["check", "openclaw.json5", ...flags], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(said);
    expect(readFileSync(file, "utf8")).toBe(TYPO);
  });
});

describe("check --stdin", () => {
  it.each([["pretty"], ["json"], ["github"], ["sarif"]])("says what check FILE says, with --stdin-filename FILE (--format %s)", (format) => {
    const byFile = runCli(["check", TYPO_FIXTURE, "--format", format]);
    const byStdin = runCli(["check", "--stdin", "--stdin-filename", TYPO_FIXTURE, "--format", format], { input: TYPO });
    expect(byStdin).toEqual(byFile);
    expect(byFile.status).toBe(1);
  });

  it("`-` is standard input too", () => {
    expect(runCli(["check", "-", "--stdin-filename", TYPO_FIXTURE], { input: TYPO })).toEqual(runCli(["check", TYPO_FIXTURE]));
  });

  it("without a name, reports it as <stdin>, judged from the working folder", () => {
    const { dir } = copy("openclaw.json5", TYPO);
    const byFile = runCli(["check", "openclaw.json5"], { cwd: dir });
    const byStdin = runCli(["check", "-"], { cwd: dir, input: TYPO });
    expect(byStdin.stdout).toBe(byFile.stdout.replaceAll("openclaw.json5", "<stdin>"));
    expect(byStdin.status).toBe(byFile.status);
    // Not the default config: standard input was read.
    expect(byStdin.stderr).not.toContain("checking");
  });

  it("--fix-dry-run shows the diff of standard input", () => {
    const run = runCli(["check", "--stdin", "--fix-dry-run"], { input: TYPO, cwd: scratch });
    expect(run.stdout).toContain("+++ b/<stdin>");
    expect(run.stdout).toContain('+        fallbacks: ["moonshot/kimi-k2.5"],');
  });

  it.each([
    [["check", "--stdin", "a.json5"], "checked on its own"],
    [["check", "-", "a.json5"], "checked on its own"],
    [["check", "a.json5", "--stdin-filename", "a.json5"], "add --stdin"],
    [["check", "--stdin", "--fix"], "standard input is not one"],
    [["check", "--stdin", "--watch"], "cannot be used with --watch"],
  ])("refuses %j with a usage error", (argv, said) => {
    const run = runCli(argv, { input: TYPO, cwd: scratch });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(said);
  });
});
