/**
 * @fileoverview The catalogue checks itself: code names, docs, the generated
 * docs page, and that every code is triggered by at least one fixture.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.js";
import { renderDiagnosticsDoc } from "../src/diagnostics/docs.js";
import { ROOT } from "./fixture-files.js";

const codes = Object.keys(catalogue);

/** Every code named in any expected file under fixtures/. */
function codesInFixtures(): Set<string> {
  const found = new Set<string>();
  const files = readdirSync(join(ROOT, "fixtures"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".json") || f.endsWith(".txt"));
  for (const file of files) {
    for (const match of readFileSync(join(ROOT, "fixtures", file), "utf8").matchAll(/"?code"?\s*[:=]\s*"([a-z]+\/[a-z0-9-]+)"/g)) found.add(match[1]!);
  }
  return found;
}

describe("the diagnostic catalogue", () => {
  it.each(codes)("%s is named stage/kebab-case and documented in one line", (code) => {
    expect(code).toMatch(/^(parse|schema|legacy|model|auth|secrets|agents|state|include|env|settings)\/[a-z0-9]+(-[a-z0-9]+)*$/);
    const spec = catalogue[code as keyof typeof catalogue];
    expect(spec.doc.length).toBeGreaterThan(10);
    expect(spec.doc).not.toMatch(/\n/);
  });

  it("docs/diagnostics.md is up to date (npm run docs)", () => {
    expect(readFileSync(join(ROOT, "docs", "diagnostics.md"), "utf8")).toBe(renderDiagnosticsDoc());
  });

  it("every code is triggered by at least one fixture", () => {
    const triggered = codesInFixtures();
    const untested = codes.filter((code) => !triggered.has(code));
    expect(untested).toEqual([]);
  });
});
