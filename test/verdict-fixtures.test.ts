/**
 * @fileoverview The recorded verdict fixtures keep the shared format (COMMON.md): a one-line
 * description, both releases with version, valid, issues and warnings as {path, message}, an
 * invalid verdict naming at least one issue, and no path of the recording machine.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RELEASES, verdictCases, VERDICT_DIRS } from "./helpers/verdict-cases.js";

const MINIMUM: Record<(typeof VERDICT_DIRS)[number], number> = { "openclaw-2026.9": 150, "openclaw-sections": 200 };
const VERSION: Record<(typeof RELEASES)[number], RegExp> = { "2026.4": /^2026\.4\.\d+$/, "2026.9": /^2026\.9\.\d+$/ };

const entryShape = (list: unknown): boolean =>
  Array.isArray(list) &&
  list.every((e) => e && typeof e === "object" && Object.keys(e).join() === "path,message" && typeof e.path === "string" && typeof e.message === "string");

for (const dir of VERDICT_DIRS) {
  const cases = verdictCases(dir);
  describe(`fixtures/${dir}`, () => {
    it(`has at least ${MINIMUM[dir]} cases, every one recorded`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(MINIMUM[dir]);
      expect(cases.filter((c) => !c.verdicts).map((c) => c.name)).toEqual([]);
    });
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const v = c.verdicts!;
      expect(Object.keys(v).filter((k) => k !== "exceptions")).toEqual(["description", "releases"]);
      expect(v.description.length).toBeGreaterThan(0);
      expect(v.description).not.toContain("\n");
      // The description is the config's first-line comment, so re-recording keeps it.
      expect(readFileSync(c.config, "utf8").split("\n", 1)[0]).toBe(`// ${v.description}`);
      expect(Object.keys(v.releases)).toEqual([...RELEASES]);
      for (const release of RELEASES) {
        const r = v.releases[release];
        expect(Object.keys(r)).toEqual(["version", "valid", "issues", "warnings"]);
        expect(r.version).toMatch(VERSION[release]);
        expect(typeof r.valid).toBe("boolean");
        expect(entryShape(r.issues) && entryShape(r.warnings)).toBe(true);
        if (!r.valid) expect(r.issues.length).toBeGreaterThan(0);
      }
      const raw = readFileSync(c.verdictPath, "utf8");
      // Paths are scrubbed to placeholders (<config>, <case>, <run>, ~); none of this machine remains.
      expect(raw).not.toMatch(/(?<![>~\w.])\/(work|tmp|home|root|Users|var|opt)\//);
      expect(raw.endsWith("}\n")).toBe(true);
    });
  });
}
