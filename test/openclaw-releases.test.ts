/**
 * Holds agentcfg to the real OpenClaw releases: every recorded case of
 * fixtures/openclaw-2026.9/, fixtures/openclaw-sections/ and fixtures/targets/
 * is checked once per release with that release as the target, and must get
 * - the same verdict (an error ⇔ the release refuses the file);
 * - an error at or below each path the release names (where the release names a
 *   path the file does not have, e.g. agents.entries.main for an agents.list
 *   item it moved, at or below the deepest part of that path the file has);
 * - the `legacy/*` warning RELEASE_WARNINGS gives for each warning it printed.
 * A release with an `exceptions` entry in the case is skipped with its reason.
 * The verdicts were recorded with the releases' CLIs (scripts/record-target-verdicts.mjs).
 *
 * fixtures/targets/ (agentcfg's own cases about targets) also keeps agentcfg's
 * full answer beside each case, `<name>.expected.json`: the diagnostics under
 * each target, and the target chosen with none given (UPDATE_FIXTURES=1 rewrites it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UPDATE } from "./fixture-files.js";
import { checkFile } from "../src/check.js";
import { isTargetId } from "../src/schema/targets/ids.js";
import { RELEASE_WARNINGS } from "../src/schema/targets/load-rewrites.js";
import { messageOf } from "./helpers/words.js";

const ROOT = new URL("..", import.meta.url).pathname;
const DIRS = ["fixtures/openclaw-2026.9", "fixtures/openclaw-sections", "fixtures/targets"];

interface Verdict {
  version: string;
  valid: boolean;
  issues: { path: string; message: string }[];
  warnings: { path: string; message: string }[];
}
interface Case {
  dir: string;
  name: string;
  config: string;
  description: string;
  releases: Record<string, Verdict>;
  exceptions: Record<string, string>;
  env: Record<string, string>;
}

function casesOf(dir: string): Case[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith(".verdicts.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".verdicts.json".length);
      const folder = join(full, name);
      const config = existsSync(folder) && statSync(folder).isDirectory() ? join(folder, "openclaw.json5") : join(full, `${name}.json5`);
      const recorded = JSON.parse(readFileSync(join(full, f), "utf8"));
      // The variables the case was recorded with (scripts/record-verdicts.mjs); none otherwise, as the oracle's env -i.
      const envFile = join(full, `${name}.env.json`);
      const env = existsSync(envFile) ? (JSON.parse(readFileSync(envFile, "utf8")) as Record<string, string>) : {};
      return { dir, name, config, env, description: recorded.description, releases: recorded.releases, exceptions: recorded.exceptions ?? {} };
    });
}

/**
 * The deepest prefix of the dotted `path` that exists in `value`, dotted. Keys
 * may hold dots themselves ("openai/gpt-5.2"), so each step tries the longest
 * key that matches.
 */
export function existingPrefix(value: unknown, path: string): string {
  let current = value;
  let rest = path;
  const done: string[] = [];
  while (rest !== "" && current !== null && typeof current === "object") {
    const keys = Object.keys(current)
      .filter((k) => rest === k || rest.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length);
    const key = keys[0];
    if (key === undefined) break;
    done.push(key);
    current = (current as Record<string, unknown>)[key];
    rest = rest.slice(key.length + 1);
  }
  return done.join(".");
}

const atOrBelow = (path: readonly (string | number)[], prefix: string) => {
  const dotted = path.join(".");
  return prefix === "" || dotted === prefix || dotted.startsWith(`${prefix}.`);
};

const all = DIRS.flatMap(casesOf);

describe("verdicts of the real OpenClaw releases", () => {
  it("has recorded cases to hold agentcfg to", () => {
    expect(all.length).toBeGreaterThan(20);
  });

  for (const c of all) {
    describe(`${c.dir}/${c.name}`, () => {
      for (const [release, verdict] of Object.entries(c.releases)) {
        const exception = c.exceptions[release];
        if (exception) {
          it.skip(`${release}: ${exception}`, () => {});
          continue;
        }
        it(`${release} (${verdict.valid ? "valid" : "invalid"}): ${c.description}`, () => {
          if (!isTargetId(release)) throw new Error(`unknown release ${release}`);
          const result = checkFile(c.config, c.config, { target: release, env: c.env });
          expect(result.target?.id).toBe(release);
          const errors = result.diagnostics.filter((d) => d.severity === "error");
          const shown = errors.map((d) => `${d.code} at ${d.path.join(".")}: ${messageOf(d)}`);
          expect(errors.length > 0, `errors: ${JSON.stringify(shown, null, 1)}`).toBe(!verdict.valid);
          const value = result.source?.value;
          for (const issue of verdict.issues) {
            const prefix = existingPrefix(value, issue.path);
            expect(
              errors.some((d) => atOrBelow(d.path, prefix)),
              `no error at or below ${prefix || "<root>"} for ${issue.path}: ${issue.message}; got ${JSON.stringify(shown)}`,
            ).toBe(true);
          }
          for (const warning of verdict.warnings) {
            const known = RELEASE_WARNINGS.find((w) => w.message.test(warning.message));
            expect(known, `a warning RELEASE_WARNINGS does not classify: ${warning.message}`).toBeDefined();
            if (!known?.code) continue;
            expect(
              result.diagnostics.map((d) => d.code),
              `${known.code} for "${warning.message}"`,
            ).toContain(known.code);
          }
        });
      }
    });
  }
});

describe("fixtures/targets: agentcfg's answer under each target", () => {
  const cases = casesOf("fixtures/targets");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const brief = (target?: "2026.4" | "2026.9") => {
      const result = checkFile(c.config, `fixtures/targets/${c.name}.json5`, { ...(target ? { target } : {}), env: {} });
      return {
        target: { id: result.target?.id, reason: result.target?.reason },
        diagnostics: result.diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          line: d.range.start.line,
          column: d.range.start.column,
          message: messageOf(d),
        })),
      };
    };
    const actual = { "2026.4": brief("2026.4").diagnostics, "2026.9": brief("2026.9").diagnostics, default: brief() };
    const file = join(ROOT, "fixtures/targets", `${c.name}.expected.json`);
    if (UPDATE) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    else expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
