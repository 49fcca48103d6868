/**
 * @fileoverview The three ways the project grows — a rule, a migration, a
 * message — each touch the files CONTRIBUTING.md and their registry's header
 * name, and no others. These checks fail when one of those files was
 * forgotten: a rule or migration file nobody registered, a rule without its
 * fixtures, a migration no fixture exercises, a code file the catalogue does
 * not join.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.js";
import { MIGRATIONS } from "../src/migrate/registry.js";
import { RULES } from "../src/rules/registry.js";
import { ROOT } from "./fixture-files.js";

const SRC = join(ROOT, "src");
const read = (...parts: string[]) => readFileSync(join(...parts), "utf8");
const tsFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".ts"));
const subfolders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Every file the JSON fixtures of a folder tree hold, as text. */
function fixtureTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => read(entry.parentPath, entry.name));
}

describe("adding a rule: its file under src/rules/<area>/, its code in diagnostics/codes/, its fixtures, a line in rules/registry.ts", () => {
  const registry = read(SRC, "rules", "registry.ts");

  it("every rule file is imported by the registry", () => {
    for (const area of subfolders(join(SRC, "rules"))) {
      for (const file of tsFiles(join(SRC, "rules", area)))
        expect(registry, `src/rules/${area}/${file}`).toContain(`"./${area}/${file.replace(/\.ts$/, ".js")}"`);
    }
  });

  it("every registered rule has a catalogue code and a fixture folder with valid-* and invalid-* cases", () => {
    for (const rule of RULES) {
      expect(Object.hasOwn(catalogue, rule.code), rule.code).toBe(true);
      const folder = join(ROOT, "fixtures", "rules", ...rule.code.split("/"));
      const names = readdirSync(folder);
      expect(
        names.some((name) => name.startsWith("invalid-") && name.endsWith(".expected.json")),
        `${rule.code}: an invalid-* case`,
      ).toBe(true);
      expect(
        names.some((name) => name.startsWith("valid-") && name.endsWith(".expected.json")),
        `${rule.code}: a valid-* case`,
      ).toBe(true);
    }
  });
});

describe("adding a migration: its file under src/migrate/migrations/, its legacy/<id> code, a line in migrate/registry.ts, a fixture", () => {
  const registry = read(SRC, "migrate", "registry.ts");
  const fixtures = [...fixtureTexts(join(ROOT, "fixtures", "legacy")), ...fixtureTexts(join(ROOT, "fixtures", "migrate-2026.9"))];

  it("every migration file is imported by the registry and registered once", () => {
    for (const file of tsFiles(join(SRC, "migrate", "migrations"))) expect(registry, file).toContain(`"./migrations/${file.replace(/\.ts$/, ".js")}"`);
    const ids = MIGRATIONS.map((migration) => migration.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The release stamp is made per target, with its version, by configMigrationsFor.
    expect(ids.length).toBe(tsFiles(join(SRC, "migrate", "migrations")).filter((f) => f !== "release-stamp.ts").length);
  });

  it("every migration has its legacy/<id> code and is exercised by a recorded fixture", () => {
    for (const migration of MIGRATIONS) {
      expect(Object.hasOwn(catalogue, `legacy/${migration.id}`), migration.id).toBe(true);
      expect(
        fixtures.some((text) => text.includes(`"${migration.id}"`) || text.includes(`"legacy/${migration.id}"`)),
        `${migration.id}: a fixture`,
      ).toBe(true);
    }
  });
});

describe("adding a message: its code in src/diagnostics/codes/<stage>.ts (joined in catalogue.ts), then `npm run docs`", () => {
  it("every code file is joined into the catalogue", () => {
    const catalogueText = read(SRC, "diagnostics", "catalogue.ts");
    for (const file of tsFiles(join(SRC, "diagnostics", "codes"))) expect(catalogueText, file).toContain(`"./codes/${file.replace(/\.ts$/, ".js")}"`);
  });

  it("every code is in docs/diagnostics.md", () => {
    const docs = read(ROOT, "docs", "diagnostics.md");
    for (const code of Object.keys(catalogue)) expect(docs, code).toContain(code);
  });
});
