/**
 * @fileoverview The state-folder migrations on fixture folders:
 * `fixtures/legacy/state/<name>/before/` (an OpenClaw state dir) migrates to
 * `after/` file for file (a file missing in `after/` is one the migration
 * retires), with the change lines and diagnostics of `expected.json`; running
 * again on the result changes nothing; secrets never reach the printed plan.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { changeText } from "../src/migrate/report.js";
import { migrateStateDir, STATE_FILES } from "../src/migrate/run-state.js";
import { ROOT, UPDATE } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

const STATE_FIXTURES = join(ROOT, "fixtures", "legacy", "state");
const names = readdirSync(STATE_FIXTURES).sort();

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => STATE_FILES.some((name) => f.endsWith(name)))
    .sort();
}

describe("fixtures/legacy/state", () => {
  it("has cases", () => expect(names.length).toBeGreaterThan(0));

  it.each(names)("%s", (name) => {
    const fixture = join(STATE_FIXTURES, name);
    const work = mkdtempSync(join(tmpdir(), "agentcfg-state-"));
    try {
      cpSync(join(fixture, "before"), work, { recursive: true });
      const outcome = migrateStateDir(work);
      const expected = {
        changes: outcome.changes.map((c) => ({ code: c.code, file: relative(work, c.file), message: changeText(c.change) })),
        diagnostics: outcome.diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          file: relative(work, d.file),
          line: d.range.start.line,
          message: messageOf(d),
        })),
      };
      const after = new Map(
        filesUnder(join(fixture, "before")).map((f) => [f, readFileSync(join(fixture, "before", f), "utf8")] as [string, string | undefined]),
      );
      for (const file of outcome.files) after.set(relative(work, file.path), file.after);
      if (UPDATE) {
        rmSync(join(fixture, "after"), { recursive: true, force: true });
        for (const [file, text] of after) {
          if (text === undefined) continue;
          mkdirSync(dirname(join(fixture, "after", file)), { recursive: true });
          writeFileSync(join(fixture, "after", file), text);
        }
        writeFileSync(join(fixture, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
        return;
      }
      expect(expected).toEqual(JSON.parse(readFileSync(join(fixture, "expected.json"), "utf8")));
      const present = [...after]
        .filter(([, text]) => text !== undefined)
        .map(([file]) => file)
        .sort();
      expect(present).toEqual(filesUnder(join(fixture, "after")));
      for (const file of present) expect(after.get(file), file).toBe(readFileSync(join(fixture, "after", file), "utf8"));

      // Once migrated, the folder is current: a second run finds nothing.
      const again = mkdtempSync(join(tmpdir(), "agentcfg-state-"));
      try {
        cpSync(join(fixture, "after"), again, { recursive: true });
        const second = migrateStateDir(again);
        expect(second.changes).toEqual([]);
        expect(second.files).toEqual([]);
      } finally {
        rmSync(again, { recursive: true, force: true });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
