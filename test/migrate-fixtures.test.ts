/**
 * @fileoverview The migration fixtures: each `fixtures/legacy/<name>.json5`
 * migrates to `<name>.output.json5` byte for byte, with the change lines and
 * diagnostics of `<name>.expected.json`; migrating the output again changes
 * nothing; the output passes `check` with no errors (unless a key was left for
 * the user, when only its legacy diagnostic remains). `UPDATE_FIXTURES=1`
 * rewrites the expected files (review the diff!).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { CONFIG_MIGRATIONS } from "../src/migrate/registry.js";
import { changeText } from "../src/migrate/report.js";
import { migrateConfigText } from "../src/migrate/run.js";
import { fixtureCases, UPDATE, settingsTargetFor } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

const cases = fixtureCases("legacy");

function expectedOf(outcome: ReturnType<typeof migrateConfigText>) {
  return {
    changes: outcome.changes.map((c) => ({ code: c.code, message: changeText(c.change) })),
    diagnostics: outcome.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.range.start.line,
      column: d.range.start.column,
      message: messageOf(d),
    })),
  };
}

describe("fixtures/legacy", () => {
  it("has a fixture for every config migration", () => {
    const triggered = new Set(cases.flatMap((c) => ((c.expected["changes"] as { code: string }[] | undefined) ?? []).map((change) => change.code)));
    expect(CONFIG_MIGRATIONS.map((m) => `legacy/${m.id}`).filter((code) => !triggered.has(code))).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
    const input = readFileSync(fixture.input, "utf8");
    const outcome = migrateConfigText(input, fixture.file);
    const outputPath = fixture.input.replace(/\.json5$/, ".output.json5");
    if (UPDATE) {
      writeFileSync(outputPath, outcome.after);
      writeFileSync(fixture.expectedPath, `${JSON.stringify(expectedOf(outcome), null, 2)}\n`);
      return;
    }
    expect(existsSync(outputPath), `${outputPath} exists`).toBe(true);
    expect(outcome.after).toBe(readFileSync(outputPath, "utf8"));
    expect(expectedOf(outcome)).toEqual({ changes: fixture.expected["changes"], diagnostics: fixture.expected.diagnostics });

    // A fixpoint: the output migrates to itself, with no change line.
    const again = migrateConfigText(outcome.after, fixture.file);
    expect(again.after).toBe(outcome.after);
    expect(again.changes).toEqual([]);

    const errors = check(outcome.after, { path: fixture.file, ...settingsTargetFor(fixture.file) }).diagnostics.filter((d) => d.severity === "error");
    if (outcome.stopped) {
      expect(outcome.after).toBe(input);
      expect(outcome.diagnostics.some((d) => d.code === "legacy/conflict")).toBe(true);
    } else if (outcome.diagnostics.some((d) => d.code === "legacy/manual-step")) {
      // What is left is exactly the legacy block holding the keys left for the user.
      expect(errors.map((d) => d.code).every((code) => code.startsWith("legacy/"))).toBe(true);
    } else {
      expect(errors).toEqual([]);
    }
  });
});
