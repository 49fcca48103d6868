/**
 * @fileoverview `migrate --to 2026.9` on its fixtures: each
 * `fixtures/migrate-2026.9/<name>.json5` (a 2026.4 config) migrates byte for
 * byte to `<name>.expected.json5`, with the change lines and diagnostics of
 * `<name>.expected.json`; a second run changes nothing; the comments are kept;
 * the real OpenClaw 2026.9 accepted the output with no load-time warning (its
 * verdict, recorded by scripts/record-migrate-2026.9-verdicts.mjs, is
 * `<name>.expected.verdict.json`, tied to the text by its SHA-256); and
 * agentcfg's check under the 2026.9 target finds no error outside what is left for the user.
 * `UPDATE_FIXTURES=1` rewrites the expected outputs (then re-record the verdicts).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tokenize } from "@humanwhocodes/momoa";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { TARGET_VERSIONS } from "../src/schema/targets/ids.js";
import { parseDocument } from "../src/document/parse.js";
import { CONFIG_MIGRATIONS, CONFIG_MIGRATIONS_2026_9, configMigrationsFor } from "../src/migrate/registry.js";
import { changeText } from "../src/migrate/report.js";
import { migrateConfigText } from "../src/migrate/run.js";
import { fixtureCases, UPDATE } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

const cases = fixtureCases("migrate-2026.9");
const TO_9 = configMigrationsFor("2026.9", TARGET_VERSIONS["2026.9"]);

interface Verdict {
  version: string;
  sha256: string;
  valid: boolean;
  issues: { path: string; message: string }[];
  warnings: { path: string; message: string }[];
}

function commentTexts(text: string): string[] {
  return tokenize(text, { mode: "json5", ranges: true })
    .filter((t) => t.type === "LineComment" || t.type === "BlockComment")
    .map((t) => text.slice(t.loc.start.offset, t.loc.end.offset))
    .sort();
}

function expectedOf(outcome: ReturnType<typeof migrateConfigText>, input: string) {
  const value = parseDocument(input, outcome.file).value;
  return {
    // What each 2026.9 migration finds in the input (what a 2026.9 check reports).
    findings: CONFIG_MIGRATIONS_2026_9.flatMap((m) => m.detect(value)).map((f) => ({ code: f.code, path: f.path.join(".") })),
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

function isPlainJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const sibling = (input: string, suffix: string) => input.replace(/\.json5$/, suffix);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("fixtures/migrate-2026.9", () => {
  it("has at least 25 cases, and one for every 2026.9 migration", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const triggered = new Set(cases.flatMap((c) => ((c.expected["findings"] as { code: string }[] | undefined) ?? []).map((d) => d.code)));
    expect(CONFIG_MIGRATIONS_2026_9.map((m) => `legacy/${m.id}`).filter((code) => !triggered.has(code))).toEqual([]);
  });

  it("has plain JSON cases among them", () => {
    expect(cases.filter((c) => isPlainJson(readFileSync(c.input, "utf8"))).map((c) => c.name).length).toBeGreaterThanOrEqual(3);
  });

  it("at least 25 inputs are configs the real OpenClaw 2026.4 accepts; the others are older or partly migrated on purpose", () => {
    const verdicts = cases.map((c) => {
      const path = sibling(c.input, ".input.verdict.json");
      expect(existsSync(path), `${path}: run scripts/record-migrate-2026.9-verdicts.mjs`).toBe(true);
      const verdict = JSON.parse(readFileSync(path, "utf8")) as Verdict;
      // Recorded on exactly this input, by 2026.4.
      expect(verdict.sha256, c.name).toBe(sha256(readFileSync(c.input, "utf8")));
      expect(verdict.version).toMatch(/^2026\.4\./);
      return { name: c.name, valid: verdict.valid };
    });
    expect(verdicts.filter((v) => v.valid).length).toBeGreaterThanOrEqual(25);
    // legacy-*: forms 2026.4 already refuses (2026.3 and older); *-current and entries-*: written (partly) for 2026.9.
    expect(verdicts.filter((v) => !v.valid && !/^legacy-|-current$|entries/.test(v.name))).toEqual([]);
  });

  it("a conflict between agents.list and agents.entries names both places", () => {
    const fixture = cases.find((c) => c.name === "list-entries-conflict")!;
    const outcome = migrateConfigText(readFileSync(fixture.input, "utf8"), "openclaw.json5", TO_9);
    expect(outcome.stopped).toBe(true);
    const [conflict] = outcome.diagnostics;
    expect(conflict?.code).toBe("legacy/conflict");
    expect(messageOf(conflict)).toContain('"agents.list[0]" (openclaw.json5:4)');
    expect(messageOf(conflict)).toContain('"agents.entries.main" (openclaw.json5:8)');
    expect(conflict?.related?.[0]?.range.start.line).toBe(8);
  });

  it("a conflict found after earlier steps points into the file as written, not the text in between", () => {
    const fixture = cases.find((c) => c.name === "legacy-conflict-after-moves")!;
    const input = readFileSync(fixture.input, "utf8");
    const outcome = migrateConfigText(input, "openclaw.json5", TO_9);
    expect(outcome.stopped).toBe(true);
    expect(outcome.after).toBe(input);
    const [conflict] = outcome.diagnostics;
    expect(messageOf(conflict)).toContain('"env.REGION" (openclaw.json5:10)');
    expect(messageOf(conflict)).toContain('"env.vars.REGION" (openclaw.json5:11)');
    expect([conflict?.range.start.line, conflict?.related?.[0]?.range.start.line]).toEqual([10, 11]);
  });

  it.each(["auth-cooldowns", "agents-defaults-llm"])("%s: a key 2026.9 refuses and has no home for goes, kept as a comment where it stood", (name) => {
    const fixture = cases.find((c) => c.name === name)!;
    const input = readFileSync(fixture.input, "utf8");
    const outcome = migrateConfigText(input, fixture.file, TO_9);
    expect(outcome.diagnostics).toEqual([]);
    // Every line the block held, and every comment, is still in the file, behind `// `.
    const key = name === "auth-cooldowns" ? "cooldowns" : "llm";
    const block = input.split("\n").filter((line) => line.trimStart().startsWith(`${key}:`) || line.trimStart().startsWith("//"));
    expect(block.length).toBeGreaterThan(1);
    for (const line of block) expect(outcome.after).toContain(line.trimStart().startsWith("//") ? line.trim() : `// ${line.trim().replace(/,$/, "")}`);
    expect(check(outcome.after, { path: fixture.file, target: "2026.9" }).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(migrateConfigText(outcome.after, fixture.file, TO_9).after).toBe(outcome.after);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
    const input = readFileSync(fixture.input, "utf8");
    const outcome = migrateConfigText(input, fixture.file, TO_9);
    const outputPath = sibling(fixture.input, ".expected.json5");
    if (UPDATE) {
      writeFileSync(outputPath, outcome.after);
      writeFileSync(fixture.expectedPath, `${JSON.stringify(expectedOf(outcome, input), null, 2)}\n`);
      return;
    }
    expect(outcome.after).toBe(readFileSync(outputPath, "utf8"));
    expect(expectedOf(outcome, input)).toEqual({
      findings: fixture.expected["findings"],
      changes: fixture.expected["changes"],
      diagnostics: fixture.expected.diagnostics,
    });

    // A fixpoint: the output migrates to itself (a stopped run stops again, writing nothing).
    const again = migrateConfigText(outcome.after, fixture.file, TO_9);
    expect(again.after).toBe(outcome.after);
    if (outcome.stopped) expect(again.stopped).toBe(true);
    else expect(again.changes).toEqual([]);
    // Every comment survives (inside a block kept as a comment, as part of its line), and a file in plain JSON stays plain JSON.
    const kept = commentTexts(outcome.after);
    for (const comment of commentTexts(input))
      expect(
        kept.some((c) => c.includes(comment)),
        comment,
      ).toBe(true);
    const added = kept.filter((c) => !commentTexts(input).includes(c));
    expect(added.length === 0 || added.some((c) => c.startsWith("// Removed by `agentcfg migrate --to 2026.9`")), added.join("\n")).toBe(true);
    if (isPlainJson(input)) expect(() => JSON.parse(outcome.after)).not.toThrow();

    if (outcome.stopped) {
      expect(outcome.after).toBe(input);
      expect(outcome.diagnostics.map((d) => d.code)).toEqual(["legacy/conflict"]);
      return;
    }
    if (fixture.name.endsWith("-current")) {
      expect(outcome.after).toBe(input);
      expect(outcome.changes).toEqual([]);
    }
    const manual = outcome.diagnostics.filter((d) => d.code === "legacy/manual-step");
    const verdictPath = sibling(fixture.input, ".expected.verdict.json");
    expect(existsSync(verdictPath), `${verdictPath}: run scripts/record-migrate-2026.9-verdicts.mjs`).toBe(true);
    const verdict = JSON.parse(readFileSync(verdictPath, "utf8")) as Verdict;
    // The verdict was recorded on exactly this output.
    expect(verdict.sha256).toBe(sha256(outcome.after));
    expect(verdict.version).toMatch(/^2026\.9\./);
    if (manual.length === 0) {
      expect({ valid: verdict.valid, issues: verdict.issues, warnings: verdict.warnings }).toEqual({ valid: true, issues: [], warnings: [] });
    } else {
      // Whatever 2026.9 still refuses is in the section left for the user (models-bad-ref: 2026.9
      // keeps the implicit restriction and loads it, so there is nothing to refuse).
      const sections = new Set(manual.map((d) => String(d.path[0])));
      // (A refused root key is reported at "<root>", naming the keys.)
      const inLeftSection = (issue: { path: string; message: string }) =>
        issue.path === "<root>" ? [...sections].some((key) => issue.message.includes(JSON.stringify(key))) : sections.has(issue.path.split(".")[0]!);
      expect(verdict.issues.filter((issue) => !inLeftSection(issue))).toEqual([]);
      expect(verdict.warnings).toEqual([]);
    }

    // agentcfg's check, judging by 2026.9 (the release the output is for): no error but in what is left for the user.
    const errors = check(outcome.after, { path: fixture.file, target: "2026.9" }).diagnostics.filter((d) => d.severity === "error");
    const left = manual.map((d) => d.path.join("."));
    const unexpected = errors.filter((d) => {
      const at = d.path.join(".");
      return !left.some((p) => at.startsWith(p) || p.startsWith(at));
    });
    expect(unexpected.map((d) => `${d.code} ${d.path.join(".")}: ${messageOf(d)}`)).toEqual([]);
  });
});

describe("--to 2026.4 keeps today's behaviour", () => {
  it("configMigrationsFor('2026.4') is exactly the 2026.4 set (then the stamp, given its version), and 2026.9 runs that set first", () => {
    expect(configMigrationsFor("2026.4")).toBe(CONFIG_MIGRATIONS);
    const to4 = configMigrationsFor("2026.4", TARGET_VERSIONS["2026.4"]);
    expect(to4.slice(0, -1)).toEqual([...CONFIG_MIGRATIONS]);
    expect(to4.at(-1)?.id).toBe("release-stamp");
    expect(TO_9.slice(0, CONFIG_MIGRATIONS.length)).toEqual([...CONFIG_MIGRATIONS]);
    expect(TO_9.at(-1)?.id).toBe("release-stamp");
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: the 2026.9 forms are left alone under 2026.4", (_name, fixture) => {
    const input = readFileSync(fixture.input, "utf8");
    const outcome = migrateConfigText(input, fixture.file);
    const codes9 = new Set(CONFIG_MIGRATIONS_2026_9.map((m) => `legacy/${m.id}`));
    expect(outcome.changes.filter((c) => codes9.has(c.code))).toEqual([]);
  });
});
