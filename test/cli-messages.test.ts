/**
 * @fileoverview The CLI's message catalogue (src/cli/messages.ts) has no
 * dead entries: every key is called somewhere in src/ outside the catalogue.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { M } from "../src/cli/messages.js";
import { ROOT } from "./fixture-files.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the CLI message catalogue", () => {
  it("has no entry that nothing uses", () => {
    const catalogue = join(ROOT, "src/cli/messages.ts");
    const text = sources(join(ROOT, "src"))
      .filter((path) => path !== catalogue)
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    const unused = Object.keys(M).filter((key) => !new RegExp(`\\bM\\.${key}\\(`).test(text));
    expect(unused).toEqual([]);
    expect(Object.keys(M).length).toBeGreaterThan(30);
  });

  it("ends every agentcfg-prefixed line with a newline", () => {
    const sample = { cliProblem: M.cliProblem("x"), migrateWriteFailed: M.migrateWriteFailed("x"), authUsage: M.authUsage("x") };
    for (const text of Object.values(sample)) expect(text.endsWith("\n")).toBe(true);
  });
});
