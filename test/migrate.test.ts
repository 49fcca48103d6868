/**
 * @fileoverview The migrate stage beyond its fixtures: comments survive (the
 * multiset of comment texts, read with momoa's tokenizer, is the same before
 * and after), a current config is a byte-identical no-op, the source edits keep
 * the user's formatting, a conflict names both places, the diff reads like
 * `git diff`, and the registry checks itself.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize } from "@humanwhocodes/momoa";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.js";
import { SourceEditor } from "../src/document/edit.js";
import { parseDocument } from "../src/document/parse.js";
import { unifiedDiff } from "../src/migrate/diff.js";
import { findLegacyKeys } from "../src/migrate/legacy-keys.js";
import { CONFIG_MIGRATIONS, CONFIG_MIGRATIONS_2026_9, MIGRATIONS, STATE_MIGRATIONS } from "../src/migrate/registry.js";
import { migrateConfigText } from "../src/migrate/run.js";
import { fixtureCases, ROOT } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

function commentTexts(text: string): string[] {
  return tokenize(text, { mode: "json5", ranges: true })
    .filter((t) => t.type === "LineComment" || t.type === "BlockComment")
    .map((t) => text.slice(t.loc.start.offset, t.loc.end.offset))
    .sort();
}

describe("comments survive every migration", () => {
  const legacy = fixtureCases("legacy");
  it.each(legacy.map((c) => [c.name, c] as const))("%s keeps the multiset of comment texts", (_name, fixture) => {
    const input = readFileSync(fixture.input, "utf8");
    expect(commentTexts(migrateConfigText(input, fixture.file).after)).toEqual(commentTexts(input));
  });

  it("the comments fixture has a comment above, beside and after every moved key", () => {
    const input = readFileSync(join(ROOT, "fixtures/legacy/comments-everywhere.json5"), "utf8");
    const output = migrateConfigText(input).after;
    expect(commentTexts(input).length).toBeGreaterThanOrEqual(14);
    expect(commentTexts(output)).toEqual(commentTexts(input));
    // Each moved key carries its own comments: the one above it and the one beside it stay next to it.
    expect(output).toMatch(/\/\/ above model\n\s+model: \{/);
    expect(output).toMatch(/\], \/\/ beside fallbacks\n/);
    expect(output).toMatch(/maxConcurrent: 0x10, \/\* beside hex \*\//);
    expect(output).toMatch(/params: \{ maxTokens: Infinity \}, \/\/ JSON5 only: Infinity stays as written\n/);
    expect(output).toMatch(/\/\/ above telegram\n\s+telegram: \{ enabled: true \}, \/\/ beside telegram/);
  });
});

describe("a current config is a byte-identical no-op", () => {
  const current = [...fixtureCases("valid"), ...fixtureCases("legacy").filter((c) => c.name.endsWith("-current"))];
  it.each(current.map((c) => [c.name, c] as const))("%s", (_name, fixture) => {
    const input = readFileSync(fixture.input, "utf8");
    const outcome = migrateConfigText(input, fixture.file);
    expect(outcome.after).toBe(input);
    expect(outcome.changes).toEqual([]);
    expect(findLegacyKeys(parseDocument(input, fixture.file).value)).toEqual([]);
  });

  it("the migrated output of every legacy fixture is itself a no-op", () => {
    for (const fixture of fixtureCases("legacy")) {
      const output = readFileSync(fixture.input.replace(/\.json5$/, ".output.json5"), "utf8");
      expect(migrateConfigText(output).after, fixture.name).toBe(output);
    }
  });
});

describe("source edits keep the user's formatting", () => {
  it("inserts a key with the file's indentation, key quoting and trailing-comma habit", () => {
    const editor = new SourceEditor('{\n    "a": 1,\n    "b": {\n        "c": 0x1F\n    }\n}\n');
    editor.insertMember(["b"], "d", "Infinity");
    editor.insertMember(["e", "f"], "g", "'x'");
    expect(editor.text).toBe(
      '{\n    "a": 1,\n    "b": {\n        "c": 0x1F,\n        "d": Infinity\n    },\n    "e": {\n        "f": {\n            "g": \'x\'\n        }\n    }\n}\n',
    );
  });

  it("removes a member with its comments and comma, leaving neighbours as written", () => {
    const editor = new SourceEditor("{\n  a: 1, // about a\n  // about b\n  b: 2, // beside b\n  c: 3,\n}\n");
    editor.removeMember(["b"]);
    expect(editor.text).toBe("{\n  a: 1, // about a\n  c: 3,\n}\n");
  });

  it("removing the last member of a no-trailing-comma block takes the comma before it", () => {
    const editor = new SourceEditor("{\n  a: 1,\n  b: 2\n}");
    editor.removeMember(["b"]);
    expect(editor.text).toBe("{\n  a: 1\n}");
  });

  it("renames a key in its own quote style and replaces part of a string in place", () => {
    const editor = new SourceEditor("{ 'kimi-coding/k2p5': {}, m: 'kimi-coding/k2p5' }");
    editor.renameKey(["kimi-coding/k2p5"], "kimi/k2p5");
    editor.replaceInValue(["m"], 1, 12, "kimi");
    expect(editor.text).toBe("{ 'kimi/k2p5': {}, m: 'kimi/k2p5' }");
  });

  it("keeps CRLF line endings", () => {
    const input = '{\r\n  agent: {\r\n    model: "openai/gpt-5.4", // main\r\n  },\r\n}\r\n';
    const output = migrateConfigText(input).after;
    expect(output.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(output).toContain('model: "openai/gpt-5.4", // main\r\n');
  });

  it("never deletes a key it does not understand: it moves under the same name", () => {
    const output = migrateConfigText("{ agent: { someFutureKey: { x: 1 } } }").after;
    expect(JSON.parse(JSON.stringify(new SourceEditor(output).value))).toEqual({ agents: { defaults: { someFutureKey: { x: 1 } } } });
  });
});

describe("conflicts", () => {
  it("stop the run and name both positions", () => {
    const input = readFileSync(join(ROOT, "fixtures/legacy/conflict-agent-model.json5"), "utf8");
    const outcome = migrateConfigText(input, "openclaw.json");
    expect(outcome.stopped).toBe(true);
    expect(outcome.after).toBe(input);
    const [conflict] = outcome.diagnostics;
    expect(conflict?.code).toBe("legacy/conflict");
    expect(messageOf(conflict)).toContain("openclaw.json:3");
    expect(messageOf(conflict)).toContain("openclaw.json:7");
    expect(conflict?.related?.[0]?.range.start.line).toBe(7);
  });
});

describe("unifiedDiff", () => {
  it("prints hunks with three lines of context", () => {
    const before = `${["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].join("\n")}\n`;
    const after = before.replace("e\n", "E\n");
    expect(unifiedDiff(before, after, "x.json5")).toBe("--- a/x.json5\n+++ b/x.json5\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
  });

  it("marks a missing final line break and new or removed files", () => {
    expect(unifiedDiff("a", "b", "f")).toBe("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n");
    expect(unifiedDiff(undefined, "x\n", "f")).toBe("--- /dev/null\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
    expect(unifiedDiff("x\n", undefined, "f")).toBe("--- a/f\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n");
    expect(unifiedDiff("same\n", "same\n", "f")).toBe("");
  });
});

describe("the migration registry", () => {
  it("registers every file in src/migrate/migrations, once, under a unique id", () => {
    const files = readdirSync(join(ROOT, "src/migrate/migrations"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      // The release stamp is made per target, with its version, by configMigrationsFor.
      .filter((id) => id !== "release-stamp")
      .sort();
    expect(MIGRATIONS.map((m) => m.id).sort()).toEqual(files);
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length);
    expect(CONFIG_MIGRATIONS.length + CONFIG_MIGRATIONS_2026_9.length + STATE_MIGRATIONS.length).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m) => [m.id, m] as const))("%s has a code, a version and a one-line description", (_id, migration) => {
    expect(Object.keys(catalogue)).toContain(`legacy/${migration.id}`);
    expect(migration.retiredIn).toMatch(/^\d{4}\.\d+/);
    expect(migration.description.length).toBeGreaterThan(10);
    expect(migration.description).not.toMatch(/\n/);
  });

  it("every legacy form detected is one migrate changes (unless a conflict stops it), and check reports it", () => {
    for (const fixture of fixtureCases("legacy")) {
      const input = readFileSync(fixture.input, "utf8");
      const outcome = migrateConfigText(input, fixture.file);
      const value = parseDocument(input, fixture.file).value;
      const found = CONFIG_MIGRATIONS.flatMap((m) => m.detect(value)).map((f) => f.code);
      // check reports all of them but the ones a rule already reports.
      expect(findLegacyKeys(value).map((f) => f.code)).toEqual(found.filter((code) => code !== "legacy/provider-id-alias"));
      expect(found.length, `${fixture.name} has a legacy form`).toBeGreaterThan(0);
      if (outcome.stopped) continue;
      const changed = new Set(outcome.changes.map((c) => c.code));
      for (const code of found) expect(changed.has(code), `${fixture.name}: ${code}`).toBe(true);
    }
  });
});
