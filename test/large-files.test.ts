/**
 * @fileoverview Issue 32: a file too big for a command's memory bound gets a
 * clear diagnostic, not an abort. Each case of fixtures/large-files/ names
 * the file to generate (too big to commit), the command line and the
 * diagnostics expected; the test runs the built CLI on it and checks the file
 * is left as it was. The figures themselves are measured in bench/ (`node
 * bench/run.mjs --only large`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

interface LargeCase {
  generate: { envVars: number };
  args: string[];
  status: number;
  diagnostics: { file: string; code: string; line: number; column: number }[];
}

const GROUP = join(ROOT, "fixtures", "large-files");
const dir = mkdtempSync(join(tmpdir(), "agentcfg-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** env.vars entries until the text is `size` characters long. */
function envVarsConfig(size: number): string {
  const parts = ["{\n  env: {\n    vars: {\n"];
  for (let i = 0, length = 0; length < size; i++) {
    const line = `      VAR_${i}: "value-${i}",\n`;
    parts.push(line);
    length += line.length;
  }
  parts.push("    },\n  },\n}\n");
  return parts.join("");
}

describe("fixtures/large-files", () => {
  it.each(readdirSync(GROUP).sort())("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(GROUP, name, "case.json"), "utf8")) as LargeCase;
    const file = join(dir, `${name}.json5`);
    const text = envVarsConfig(expected.generate.envVars);
    writeFileSync(file, text);
    const page = join(dir, `${name}.html`);
    const html = expected.args.includes("--html");
    const args = expected.args.map((arg) => (arg === "PAGE" ? page : arg));
    const result = runCli(html ? [...args, file, "--state-dir", join(dir, "state")] : [...args, file, "--format", "json"]);
    expect(result.status, result.stderr).toBe(expected.status);
    if (html) {
      // The page is written, and says why it holds nothing else.
      const written = readFileSync(page, "utf8");
      for (const d of expected.diagnostics) expect(written).toContain(d.code);
      expect(written.length).toBeLessThan(text.length / 10);
    } else {
      const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; range: { start: { line: number; column: number } } }[] })
        .diagnostics;
      expect(
        diagnostics.map((d) => ({ file: d.file === file ? "openclaw.json5" : d.file, code: d.code, line: d.range.start.line, column: d.range.start.column })),
      ).toEqual(expected.diagnostics);
    }
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
