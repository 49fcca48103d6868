/**
 * @fileoverview Issue 32, "bounded work": the work a command does grows
 * linearly with its input. Each case builds an input at sizes n, 2n, 4n and
 * 8n and counts the work done on it (test/helpers/work-meter.ts: JavaScript
 * blocks run in src/ and characters handed to regular expressions; never a
 * time). Linear work grows 4× from the first step to the last, quadratic 16×;
 * the check allows 5.5× (room for a sort's log factor). Each case also says
 * what it found, so an input that stopped triggering the problem fails too.
 *
 * Backtracking inside a regular expression is measured apart, by V8 itself
 * (test/regex-backtracks.test.ts); the JWT and `explain --error` cases are there.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPass } from "../src/cli/commands/check-run.js";
import type { CheckArgs } from "../src/cli/commands/check.js";
import { growth, LINEAR_GROWTH, measureWorkAsync } from "./helpers/work-meter.js";

const dir = mkdtempSync(join(tmpdir(), "agentcfg-bounded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARGS: CheckArgs = {
  files: [],
  format: "pretty",
  output: undefined,
  quiet: false,
  strict: false,
  maxWarnings: undefined,
  color: false,
  watch: false,
  envCheck: true,
  rule: undefined,
  settings: undefined,
  printConfig: false,
  target: "2026.9",
};

let runs = 0;

/**
 * `agentcfg check --format <format> --env-check --output <report>` of the
 * files `write` puts in a fresh folder (it returns the entry); the report's text.
 */
async function checkRun(write: (folder: string) => string, format: CheckArgs["format"] = "pretty"): Promise<string> {
  const folder = join(dir, `run-${++runs}`);
  mkdirSync(folder);
  const entry = write(folder);
  const output = join(folder, "report.txt");
  // A fresh name per run: nothing a run remembers (a cache keyed by name) helps the next.
  await checkPass([entry], { ...ARGS, format, output });
  return readFileSync(output, "utf8");
}

interface Case {
  name: string;
  /** The smallest size n; the case runs n, 2n, 4n, 8n. */
  n: number;
  run: (size: number) => Promise<string>;
  /** What the report must show at `size` (the input still triggers what it is about). */
  found: (report: string, size: number) => void;
}

function keysFile(size: number, line: (i: number) => string, wrap: (body: string) => string = (b) => `{\n${b}}\n`) {
  return (folder: string) => {
    let body = "";
    for (let i = 0; i < size; i++) body += `${line(i)}\n`;
    const file = join(folder, "openclaw.json5");
    writeFileSync(file, wrap(body));
    return file;
  };
}

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

const CASES: Case[] = [
  {
    name: "unknown keys (each a diagnostic with a did-you-mean, a position and a code frame)",
    n: 100,
    run: (size) => checkRun(keysFile(size, (i) => `  modle${i}: ${i},`)),
    found: (report, size) => expect(count(report, "schema/unknown-key")).toBe(size),
  },
  {
    name: "unknown keys, reported as JSON",
    n: 100,
    run: (size) =>
      checkRun(
        keysFile(size, (i) => `  gatewey${i}: ${i},`),
        "json",
      ),
    found: (report, size) => expect(count(report, '"schema/unknown-key"')).toBe(size),
  },
  {
    name: "duplicate keys",
    n: 100,
    run: (size) =>
      checkRun(
        keysFile(
          size,
          () => `    A: "x",`,
          (b) => `{ env: { vars: {\n${b}} } }\n`,
        ),
      ),
    found: (report, size) => expect(count(report, "parse/duplicate-key")).toBe(size - 1),
  },
  {
    name: "unset ${VAR}s",
    n: 100,
    run: (size) =>
      checkRun(
        keysFile(
          size,
          (i) => `    V${i}: "\${AGENTCFG_UNSET_${i}}",`,
          (b) => `{ env: { vars: {\n${b}} } }\n`,
        ),
      ),
    found: (report, size) => expect(count(report, "env/")).toBeGreaterThanOrEqual(size),
  },
  {
    name: "PEM headers without an END line",
    n: 200,
    run: (size) =>
      checkRun((folder) => {
        const file = join(folder, "openclaw.json5");
        writeFileSync(file, `{\n  // ${"-----BEGIN RSA PRIVATE KEY----- ".repeat(size)}\n  modle: 1,\n}\n`);
        return file;
      }),
    found: (report) => expect(report).toContain("schema/unknown-key"),
  },
];

describe("the work grows linearly with the input", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      await c.run(c.n); // module loading and first-call set-up are not charged to the smallest size
      const sizes = [c.n, 2 * c.n, 4 * c.n, 8 * c.n];
      const work: number[] = [];
      for (const size of sizes) {
        let report = "";
        work.push((await measureWorkAsync(async () => (report = await c.run(size)))).total);
        c.found(report, size);
      }
      expect(growth(work), `work at ${sizes.join(", ")}: ${work.join(", ")}`).toBeLessThanOrEqual(LINEAR_GROWTH);
    });
  }
});
