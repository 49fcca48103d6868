/**
 * @fileoverview Issue 32, "bounded work": the work a command does grows
 * linearly with its input. Each case runs an input at sizes n, 2n, 4n and 8n
 * (test/helpers/work-scenarios.mjs, on the built dist/) and counts the work
 * (test/helpers/work-meter.ts: JavaScript blocks run and characters handed to
 * regular expressions; never a time). Linear work grows 4× from the first
 * step to the last, quadratic 16×; the check allows 5.5× (room for a sort's
 * log factor). Each case also checks what the input made the command find, so
 * an input that stopped triggering its problem fails too.
 *
 * Backtracking inside a regular expression is V8's to count
 * (regex-backtracks.test.ts): the JWT and `explain --error` cases are there too.
 */
import { describe, expect, it } from "vitest";
import { growth, LINEAR_GROWTH, workOf } from "./helpers/work-meter.js";

interface CheckFound {
  codes: Record<string, number>;
  clean: boolean;
}

interface Case {
  scenario: string;
  /** The smallest size n; the case runs n, 2n, 4n, 8n. */
  n: number;
  /** What the command must have found at `size`. */
  found: (found: CheckFound, size: number) => void;
}

const CASES: Case[] = [
  // Each a diagnostic with a did-you-mean, a position, a code frame, a redaction pass.
  { scenario: "unknown-keys", n: 100, found: (f, size) => expect(f.codes["schema/unknown-key"]).toBe(size) },
  { scenario: "unknown-keys-json", n: 100, found: (f, size) => expect(f.codes["schema/unknown-key"]).toBe(size) },
  { scenario: "duplicate-keys", n: 100, found: (f, size) => expect(f.codes["parse/duplicate-key"]).toBe(size - 1) },
  { scenario: "unset-vars", n: 100, found: (f, size) => expect(f.codes["env/unset-variable"]).toBe(size) },
  // 30,000 BEGIN lines with no END took 40 s: the scan looked for an END from every BEGIN.
  { scenario: "pem-headers", n: 60, found: (f) => expect(f.codes["schema/unknown-key"]).toBe(1) },
  { scenario: "jwt-shapes", n: 500, found: (f) => expect(f.codes["schema/unknown-key"]).toBe(1) },
  // Each file read and parsed once, the list merged once (not once per item).
  { scenario: "include-list", n: 40, found: (f) => expect(f.clean).toBe(true) },
  // 11 files of 1.5 KB, each including the next ten times, ran past 120 s. Every size here is over the
  // include budget: what grows is the files' own work, not the copies'.
  { scenario: "include-fan-out", n: 20, found: (f) => expect(f.codes["include/over-budget"]).toBe(1) },
];

describe("the work grows linearly with the input", () => {
  // Each case is one child process of a few seconds; a loaded machine can make that a minute.
  it.each(CASES.map((c) => [c.scenario, c] as const))("%s", { timeout: 240_000 }, (_, c) => {
    const sizes = [c.n, 2 * c.n, 4 * c.n, 8 * c.n];
    const work = workOf(c.scenario, sizes);
    for (const w of work) c.found(w.found as CheckFound, w.size);
    const totals = work.map((w) => w.total);
    expect(growth(totals), `work at ${sizes.join(", ")}: ${totals.join(", ")}`).toBeLessThanOrEqual(LINEAR_GROWTH);
  });

  // The matcher's own work (failover-pattern.ts); the backtracking the old whole-pattern test did is
  // V8's to count, in regex-backtracks.test.ts.
  it("explain --error with 2026.9's rules", { timeout: 240_000 }, () => {
    const sizes = [200, 400, 800, 1600];
    const work = workOf("explain-error", sizes);
    for (const w of work) expect(w.found).toEqual({ reason: null, printed: true });
    const totals = work.map((w) => w.total);
    expect(growth(totals), `work at ${sizes.join(", ")}: ${totals.join(", ")}`).toBeLessThanOrEqual(LINEAR_GROWTH);
  });

  it("the measure sees a quadratic loop (growth of a known quadratic)", () => {
    expect(growth([1, 4, 16, 64])).toBe(16);
    expect(growth([10, 20, 40, 80])).toBe(4);
  });
});
