/**
 * @fileoverview The CLI's message catalogues (src/cli/messages.ts, and
 * src/cli/check-messages.ts for the check path) have no dead entries: every
 * key is called somewhere in src/ outside the catalogues. And the run files
 * hold no sentence of their own: no string literal in them starts with the
 * `agentcfg: ` prefix every printed problem carries.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CM } from "../src/cli/check-messages.js";
import { M } from "../src/cli/messages.js";
import { ROOT } from "./fixture-files.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the CLI message catalogue", () => {
  const catalogues = [join(ROOT, "src/cli/messages.ts"), join(ROOT, "src/cli/check-messages.ts")];
  const others = () => sources(join(ROOT, "src")).filter((path) => !catalogues.includes(path));

  it("has no entry that nothing uses", () => {
    const text = others()
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    for (const [name, catalogue] of [
      ["M", M],
      ["CM", CM],
    ] as const) {
      const unused = Object.keys(catalogue).filter((key) => !new RegExp(`\\b${name}\\.${key}\\(`).test(text));
      expect(unused, name).toEqual([]);
    }
    expect(Object.keys(M).length).toBeGreaterThan(30);
  });

  it("leaves no agentcfg-prefixed sentence in the CLI's run files", () => {
    const offenders = others()
      .filter((path) => path.includes(join("src", "cli")))
      .flatMap((path) =>
        readFileSync(path, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${path.slice(ROOT.length + 1)}:${i + 1}`, line }))
          .filter(({ line }) => /[`"']agentcfg: /.test(line)),
      )
      .map((o) => o.where);
    expect(offenders).toEqual([]);
  });

  it("ends every agentcfg-prefixed line with a newline", () => {
    const sample = {
      cliProblem: M.cliProblem("x"),
      migrateWriteFailed: M.migrateWriteFailed("x", "y", "z", []),
      authUsage: M.authUsage("x"),
      quietHid: CM.quietHid(1, 0, CM.failReason("max-warnings", 0)),
      internalError: CM.internalError("x"),
    };
    for (const text of Object.values(sample)) expect(text.endsWith("\n")).toBe(true);
  });
});
