/**
 * @fileoverview The table of fixtures: every input beside its expected
 * diagnostics (code, severity, line, column), and for OpenClaw's own cases,
 * its verdict: we reject what OpenClaw rejects and accept what it accepts.
 */
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/check.js";
import { RULE_CODES } from "../src/rules/registry.js";
import { loadSettingsFile } from "../src/rules/settings.js";
import { fixtureCases, settingsTargetFor, UPDATE, writeExpected, type ExpectedDiagnostic } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

const GROUPS = ["valid", "invalid", "openclaw-cases", "rules"];

function run(file: string, input: string): { actual: ExpectedDiagnostic[]; paths: string[] } {
  const result = checkFile(input, file, settingsTargetFor(file));
  return {
    actual: result.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.range.start.line,
      column: d.range.start.column,
      message: messageOf(d),
    })),
    paths: result.diagnostics.filter((d) => d.severity === "error").map((d) => d.path.join(".")),
  };
}

for (const group of GROUPS) {
  describe(`fixtures/${group}`, () => {
    const cases = fixtureCases(group);
    it("has cases", () => expect(cases.length).toBeGreaterThan(0));
    // Rules that follow a 2026.9 release record: their folders say target 2026.9.
    const RULES_OF_2026_9 = ["model/not-in-model-policy/", "model/retired-model/", "agents/binding-unknown-agent/", "secrets/web-search-key-moved/"];
    it("names its target in agentcfg.config.json5 (2026.4, which the expected outputs were recorded with, unless a folder says otherwise)", () => {
      const targets = cases.map((c) => [c.name, settingsTargetFor(c.file).settingsTarget?.target] as const);
      expect(targets.filter(([, target]) => target === undefined)).toEqual([]);
      expect(targets.filter(([name, target]) => target !== "2026.4" && !RULES_OF_2026_9.some((folder) => name.startsWith(folder)))).toEqual([]);
    });
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
      const { actual, paths } = run(fixture.file, fixture.input);
      if (UPDATE) writeExpected(fixture, actual);
      else expect(actual).toEqual(fixture.expected.diagnostics);
      if (group === "valid") expect(actual.filter((d) => d.severity === "error")).toEqual([]);
      if (group === "invalid") expect(actual.length).toBeGreaterThan(0);
      if (group === "rules") {
        // fixtures/rules/<stage>/<rule>/(valid|invalid)-*.json5: the rule fires on invalid-*, never on valid-*.
        const [stage, rule, caseName] = fixture.name.split("/");
        const fired = actual.some((d) => d.code === `${stage}/${rule}`);
        expect(fired, `${stage}/${rule} on ${caseName}`).toBe(caseName!.startsWith("invalid-"));
      }
      const verdict = fixture.expected.openclaw;
      if (verdict) {
        const hasErrors = actual.some((d) => d.severity === "error");
        expect(hasErrors, verdict.valid ? "OpenClaw accepts this config" : "OpenClaw rejects this config").toBe(!verdict.valid);
        // Each problem OpenClaw names is reported by us at that path or below it.
        for (const issue of verdict.issues) {
          if (issue.path === "" || issue.path === "<root>") continue;
          expect(
            paths.some((p) => p === issue.path || p.startsWith(`${issue.path}.`)),
            `an error at ${issue.path}`,
          ).toBe(true);
        }
      }
    });
  });
}

describe("fixtures/rules", () => {
  it.each(RULE_CODES.map((code) => [code]))("%s has a valid and an invalid fixture", (code) => {
    const names = fixtureCases("rules").map((c) => c.name);
    expect(names.some((n) => n.startsWith(`${code}/valid-`))).toBe(true);
    expect(names.some((n) => n.startsWith(`${code}/invalid-`))).toBe(true);
  });
});

describe("fixtures/settings", () => {
  it.each(fixtureCases("settings", ".settings.json5").map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
    const loaded = loadSettingsFile(fixture.input, fixture.file);
    const actual = loaded.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.range.start.line,
      column: d.range.start.column,
      message: messageOf(d),
    }));
    if (UPDATE) writeExpected(fixture, actual);
    else expect(actual).toEqual(fixture.expected.diagnostics);
  });
});
