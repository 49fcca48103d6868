/**
 * @fileoverview Finds fixture inputs and reads/writes their expected files.
 * A case is `fixtures/<group>/<name>.json5` beside `<name>.expected.json`;
 * adding a case is adding those two files. `UPDATE_FIXTURES=1` rewrites the
 * expected diagnostics from what agentcfg reports now (review the diff!).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { CheckSourceOptions } from "../src/check.js";
import { findSettingsFile, loadSettingsFile, SETTINGS_FILE_NAMES } from "../src/rules/settings.js";

export const ROOT = new URL("..", import.meta.url).pathname;
export const UPDATE = process.env["UPDATE_FIXTURES"] === "1";

export interface ExpectedDiagnostic {
  code: string;
  severity: string;
  line: number;
  column: number;
  message?: string;
}

export interface FixtureCase {
  name: string;
  input: string;
  /** Path relative to the repo root, as diagnostics name it. */
  file: string;
  expectedPath: string;
  expected: { diagnostics: ExpectedDiagnostic[]; openclaw?: { valid: boolean; issues: { path: string; message: string }[] }; [key: string]: unknown };
}

export function fixtureCases(group: string, extension = ".json5"): FixtureCase[] {
  const dir = join(ROOT, "fixtures", group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => !SETTINGS_FILE_NAMES.some((settings) => name.endsWith(settings)))
    .filter(
      (name) =>
        name.endsWith(extension) && !name.includes(".expected.") && !name.includes(".output.") && (extension !== ".json5" || !name.endsWith(".settings.json5")),
    )
    .sort()
    .map((name) => {
      const input = join(dir, name);
      const expectedPath = `${input.slice(0, -extension.length)}.expected.json`;
      const expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, "utf8")) : { diagnostics: [] };
      return { name: name.slice(0, -extension.length), input, file: relative(ROOT, input), expectedPath, expected };
    });
}

export function writeExpected(fixture: FixtureCase, diagnostics: ExpectedDiagnostic[]): void {
  writeFileSync(fixture.expectedPath, `${JSON.stringify({ ...fixture.expected, diagnostics }, null, 2)}\n`);
}

/**
 * The target the nearest agentcfg.config.json5 sets for a fixture, as the CLI
 * would find it: the 2026.4 suites carry one that says `target: "2026.4"`.
 */
export function settingsTargetFor(file: string): Pick<CheckSourceOptions, "settingsTarget"> {
  const found = findSettingsFile(dirname(join(ROOT, file)));
  if (!found) return {};
  const loaded = loadSettingsFile(found, relative(ROOT, found));
  return loaded.target ? { settingsTarget: { target: loaded.target, file: loaded.file ?? found } } : {};
}
