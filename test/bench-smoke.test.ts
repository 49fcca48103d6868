/**
 * @fileoverview The benchmarks, run once at tiny sizes so they cannot rot: every
 * benchmark still runs and prints a figure, a ratio and a target. No timing is
 * asserted (CI machines vary). Also: the generators are deterministic and
 * produce clean configs of the size asked for.
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM benchmark modules, without type declarations
import { largeConfigText, seededRandom, typicalConfigText } from "../bench/generate.mjs";
// @ts-expect-error -- plain ESM benchmark modules, without type declarations
import { runBenchmarks } from "../bench/run.mjs";
import { check } from "../src/check.js";

interface Row {
  name: string;
  value: number;
  baseline: number;
  ratio: number;
  target: number | undefined;
  text: string;
}

describe("benchmark generators", () => {
  it("give the same text for the same seed and different text for another", () => {
    expect(largeConfigText(20_000, 7)).toBe(largeConfigText(20_000, 7));
    expect(typicalConfigText(3)).toBe(typicalConfigText(3));
    expect(typicalConfigText(3)).not.toBe(typicalConfigText(4));
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("reach the size asked for, as plain JSON that checks clean", () => {
    for (const bytes of [50_000, 200_000]) {
      const text: string = largeConfigText(bytes, 1);
      expect(text.length).toBeGreaterThanOrEqual(bytes);
      expect(text.length).toBeLessThan(bytes * 1.5);
      expect(() => JSON.parse(text)).not.toThrow();
      expect(check(text, { path: "generated.json" }).diagnostics).toEqual([]);
    }
    expect(check(typicalConfigText(1), { path: "typical.json" }).diagnostics).toEqual([]);
  });
});

describe("npm run bench:smoke", () => {
  it("runs every benchmark and prints figure, ratio and target for each", () => {
    const lines: string[] = [];
    const rows: Row[] = runBenchmarks({ smoke: true, print: (line: string) => lines.push(line) });
    const kinds = [...new Set(rows.map((r) => r.name.split(/[:(]/)[0]!.trim()))];
    const oracleShown = lines.filter((line) => line.startsWith("oracle:"));
    // The oracle (OpenClaw's own CLI, per release) is timed where it is installed, else a line says it is skipped.
    expect(oracleShown).toHaveLength(2);
    expect(kinds).toEqual(["cold start", "throughput", "bulk", "memory", ...(rows.some((r) => r.name.startsWith("oracle")) ? ["oracle"] : [])]);
    // Memory: JSON, JSON5, and JSON5 with a diagnostic at its end; then issue 32's large inputs through check, migrate, inspect.
    expect(rows.filter((r) => r.name.startsWith("memory")).map((r) => r.name.replace(/[\d.]+ MB/, "N MB"))).toEqual([
      "memory: peak RSS, check N MB JSON",
      "memory: peak RSS, check N MB JSON5",
      "memory: peak RSS, check N MB JSON5, a typo at the end",
      "memory: peak RSS, migrate --to 2026.9 N MB JSON5 config (exit 0)",
      "memory: peak RSS, inspect --html N MB JSON5 config (exit 0)",
      "memory: peak RSS, migrate --to 2026.9 N MB env.vars (exit 0)",
      "memory: peak RSS, check N MB env.vars (exit 0)",
      "memory: peak RSS, check N MB one string (exit 0)",
      "memory: peak RSS, inspect --html N MB one string (exit 0)",
    ]);
    for (const row of rows) {
      expect(Number.isFinite(row.value) && row.value > 0).toBe(true);
      expect(Number.isFinite(row.baseline) && row.baseline > 0).toBe(true);
      expect(row.ratio).toBeCloseTo(row.value / row.baseline, 6);
      expect(lines).toContain(row.text);
      expect(row.text).toMatch(/ratio +\d+\.\d\d×/);
      expect(row.text).toMatch(/target (≤ [\d.]+ +× (MET|NOT MET)|— +\(informational\))/);
    }
    // The cold-start target is judged even at smoke size: it does not depend on a size.
    expect(rows[0]!.target).toBe(1.5);
    expect(lines[0]).toMatch(/^node v\d+/);
  }, 60_000);
});
