/**
 * @fileoverview The table of fixtures: every input beside its expected
 * diagnostics (code, severity, line, column), and for OpenClaw's own cases,
 * its verdict: we reject what OpenClaw rejects and accept what it accepts.
 */
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/check.js";
import { fixtureCases, UPDATE, writeExpected, type ExpectedDiagnostic } from "./fixture-files.js";

const GROUPS = ["valid", "invalid", "openclaw-cases"];

function run(file: string, input: string): { actual: ExpectedDiagnostic[]; paths: string[] } {
  const result = checkFile(input, file);
  return {
    actual: result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line, column: d.range.start.column, message: d.message })),
    paths: result.diagnostics.filter((d) => d.severity === "error").map((d) => d.path.join(".")),
  };
}

for (const group of GROUPS) {
  describe(`fixtures/${group}`, () => {
    const cases = fixtureCases(group);
    it("has cases", () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
      const { actual, paths } = run(fixture.file, fixture.input);
      if (UPDATE) writeExpected(fixture, actual);
      else expect(actual).toEqual(fixture.expected.diagnostics);
      if (group === "valid") expect(actual.filter((d) => d.severity === "error")).toEqual([]);
      if (group === "invalid") expect(actual.length).toBeGreaterThan(0);
      const verdict = fixture.expected.openclaw;
      if (verdict) {
        const hasErrors = actual.some((d) => d.severity === "error");
        expect(hasErrors, verdict.valid ? "OpenClaw accepts this config" : "OpenClaw rejects this config").toBe(!verdict.valid);
        // Each problem OpenClaw names is reported by us at that path or below it.
        for (const issue of verdict.issues) {
          if (issue.path === "" || issue.path === "<root>") continue;
          expect(paths.some((p) => p === issue.path || p.startsWith(`${issue.path}.`)), `an error at ${issue.path}`).toBe(true);
        }
      }
    });
  });
}
