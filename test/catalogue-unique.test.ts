/**
 * @fileoverview A code is defined once. The catalogue joins the stage files
 * with object spread, where a second definition would silently win; this reads
 * every `src/diagnostics/codes/*.ts` module itself and fails on a code that
 * two of them (or none the catalogue joins) define.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.js";
import { ROOT } from "./fixture-files.js";

const CODES_DIR = join(ROOT, "src", "diagnostics", "codes");

describe("the catalogue's stage files", () => {
  it("define every code exactly once, and the catalogue joins them all", async () => {
    const definedIn = new Map<string, string[]>();
    for (const name of readdirSync(CODES_DIR).filter((f) => f.endsWith(".ts"))) {
      const module = (await import(pathToFileURL(join(CODES_DIR, name)).href)) as Record<string, unknown>;
      for (const exported of Object.values(module)) {
        if (exported === null || typeof exported !== "object") continue;
        for (const code of Object.keys(exported)) definedIn.set(code, [...(definedIn.get(code) ?? []), name]);
      }
    }
    const twice = [...definedIn].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
    expect([...definedIn.keys()].sort()).toEqual(Object.keys(catalogue).sort());
  });
});
