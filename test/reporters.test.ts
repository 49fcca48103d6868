/**
 * @fileoverview Every reporter on the same invalid inputs (fixtures/reporters/inputs),
 * compared with its golden output in fixtures/reporters/. `UPDATE_FIXTURES=1`
 * rewrites the golden files from what agentcfg prints now (review the diff!).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORTER_NAMES as CLI_REPORTER_NAMES } from "../src/cli/commands/check.js";
import { REPORTER_NAMES, REPORTERS } from "../src/diagnostics/reporters/index.js";
import { ROOT, UPDATE } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

const INPUTS = "fixtures/reporters/inputs";
const GOLDEN_FILE: Record<string, string> = {
  pretty: "golden.pretty.txt",
  json: "golden.json.json",
  github: "golden.github.txt",
  sarif: "golden.sarif.json",
};
/** The secret written in fixtures/reporters/inputs/fallback-typo-and-secret.json5; it contains a `%`. */
const SEEDED_SECRET = "sk-golden-SECRET-1234%5";

describe("reporters", () => {
  it("the CLI's --format choices are exactly the reporters", () => {
    expect([...CLI_REPORTER_NAMES].sort()).toEqual([...REPORTER_NAMES].sort());
    expect(Object.keys(REPORTERS).sort()).toEqual([...CLI_REPORTER_NAMES].sort());
  });

  it("every reporter has a golden file", () => {
    expect(Object.keys(GOLDEN_FILE).sort()).toEqual([...REPORTER_NAMES].sort());
  });

  it.each([...REPORTER_NAMES])("%s: matches its golden output on the invalid inputs", (name) => {
    const r = runCli(["check", INPUTS, "--format", name]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const golden = join(ROOT, "fixtures", "reporters", GOLDEN_FILE[name]!);
    if (UPDATE) writeFileSync(golden, r.stdout);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_FIXTURES=1 npx vitest run test/reporters.test.ts`).toBe(true);
    expect(r.stdout).toBe(readFileSync(golden, "utf8"));
  });

  it.each([...REPORTER_NAMES])("%s: never prints the seeded secret, not even percent-encoded", (name) => {
    const r = runCli(["check", INPUTS, "--format", name]);
    const out = r.stdout + r.stderr;
    expect(out).toContain("‹redacted›");
    expect(out).not.toContain("golden-SECRET");
    expect(out).not.toContain(encodeURIComponent(SEEDED_SECRET));
  });

  it("the golden set covers errors, warnings, a fix, a related location and a clean file", () => {
    const report = JSON.parse(readFileSync(join(ROOT, "fixtures", "reporters", GOLDEN_FILE["json"]!), "utf8"));
    const diagnostics = report.files.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics);
    expect(report.summary.files).toBe(4);
    expect(report.files.some((f: { diagnostics: unknown[] }) => f.diagnostics.length === 0)).toBe(true);
    expect(diagnostics.some((d: { severity: string }) => d.severity === "error")).toBe(true);
    expect(diagnostics.some((d: { severity: string }) => d.severity === "warning")).toBe(true);
    expect(diagnostics.some((d: { fix?: unknown }) => d.fix)).toBe(true);
    expect(diagnostics.some((d: { related?: unknown }) => d.related)).toBe(true);
  });

  it("pretty and github group the findings by file, in input order", () => {
    for (const name of ["pretty", "github"]) {
      const text = readFileSync(join(ROOT, "fixtures", "reporters", GOLDEN_FILE[name]!), "utf8");
      const files = [...text.matchAll(/fixtures\/reporters\/inputs\/([a-z-]+\.json5)(?::\d+:\d+ |,line=)/g)].map((m) => m[1]);
      const runs = files.filter((f, i) => f !== files[i - 1]);
      expect(runs).toEqual([...new Set(files)]);
      expect(runs).toEqual([...runs].sort());
    }
  });
});
