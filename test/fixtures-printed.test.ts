/**
 * @fileoverview What a person sees for each invalid fixture: the pretty report
 * (location, message, code frame, related places, hint, summary) beside the case as
 * `fixtures/invalid/<name>.expected.txt`, built as `agentcfg check` builds it (one
 * report per file read, secrets masked) but in process, so the table stays fast.
 * `UPDATE_FIXTURES=1` rewrites the files from the current output (review the diff).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/check.js";
import { fileReports } from "../src/cli/commands/check-run.js";
import { prettyReporter } from "../src/diagnostics/reporters/pretty.js";
import { collectConfigSecrets } from "../src/secrets/collect.js";
import { Redactor } from "../src/secrets/redact.js";
import { fixtureCases, settingsTargetFor, UPDATE } from "./fixture-files.js";

function printed(file: string, input: string): string {
  const result = checkFile(input, file, settingsTargetFor(file));
  const redactor = new Redactor();
  collectConfigSecrets(result.source?.value ?? result.document?.value, redactor);
  return redactor.redact(prettyReporter(fileReports(result), { color: false, version: "0.0.0" }));
}

const cases = fixtureCases("invalid");

describe("fixtures/invalid, as printed", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
    const expectedPath = fixture.expectedPath.replace(/\.expected\.json$/, ".expected.txt");
    const actual = printed(fixture.file, fixture.input);
    if (UPDATE) writeFileSync(expectedPath, actual);
    else {
      expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE_FIXTURES=1 npx vitest run test/fixtures-printed.test.ts`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, "utf8"));
    }
  });
});
