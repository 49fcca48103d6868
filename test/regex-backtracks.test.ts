/**
 * @fileoverview Issue 32: no regular expression agentcfg applies to user text
 * backtracks super-linearly. V8 counts: run with
 * `--enable-experimental-regexp-engine-on-excessive-backtracks
 * --regexp-backtracks-before-fallback=N --trace-experimental-regexp-engine`,
 * it prints a line naming any expression whose run went past N backtracks.
 * A child (helpers/regex-budget-child.mjs, on the built dist/) feeds every
 * expression adversarial texts of 16,000 characters built from its own words
 * (the failover tables as classification applies them, the secrets scans,
 * `${VAR}`s, every pattern of both config schemas); the budget is 300
 * backtracks per character. A quadratic expression does thousands per
 * character at this size: the old `\bmodel\b.*\bnot\s+available\b.*` forms
 * and the old JWT shape went over it, and the test failed on them.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CREDENTIAL_SHAPES } from "../src/secrets/rules.js";
import { ROOT } from "./fixture-files.js";

const SIZE = 16_000;
const PER_CHARACTER = 300;

describe("regular expressions on user text", () => {
  it(`backtrack at most ${PER_CHARACTER} times per character on adversarial texts of ${SIZE} characters`, () => {
    const result = spawnSync(
      process.execPath,
      [
        "--enable-experimental-regexp-engine-on-excessive-backtracks",
        `--regexp-backtracks-before-fallback=${SIZE * PER_CHARACTER}`,
        "--trace-experimental-regexp-engine",
        join(ROOT, "test", "helpers", "regex-budget-child.mjs"),
        String(SIZE),
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 280_000 },
    );
    expect(result.status, result.stderr.slice(0, 2000)).toBe(0);
    // The child ran them all: every failover pattern, every schema pattern, thousands of texts.
    const [, runs, failover, schema] = /RUNS (\d+) (\d+) (\d+)/.exec(result.stderr) ?? [];
    expect(Number(runs)).toBeGreaterThan(2000);
    expect(Number(failover)).toBeGreaterThan(100);
    expect(Number(schema)).toBeGreaterThan(30);
    const over = result.stdout.split("\n").filter((line) => line.includes("Experimental execution"));
    expect(over, "expressions past the budget (V8 names each)").toEqual([]);
  }, 300_000);
});

describe("the credential shapes", () => {
  // V8 does not count the backtracking of a greedy class loop before a literal: the old JWT shape
  // (`eyJ` × 350,000 took 21 s in credentialSpans) stayed under the budget above. What keeps a
  // long shape linear is where it may start: only at the start of a token, checked by a look back
  // right after its literal prefix, so each run of token characters is read once, not once per `eyJ` in it.
  it("a shape that may read more than 64 token characters starts only at a token start", () => {
    const long = CREDENTIAL_SHAPES.filter((shape) => [...shape.pattern.source.matchAll(/\{\d+,(\d+)\}/g)].some((m) => Number(m[1]) > 64));
    expect(long.map((s) => s.name)).toContain("JSON Web Token: eyJ….eyJ….…");
    for (const shape of long) expect(shape.pattern.source, shape.name).toMatch(/^[A-Za-z]+\(\?<!/);
  });
});
