/**
 * @fileoverview How the property suite runs: in CI with a fixed seed and a
 * fixed number of cases per property; under `npm run fuzz` (FUZZ_SEED, FUZZ_SCALE
 * set by scripts/fuzz.mjs) with a fresh seed each round and more cases. Every
 * property counts the cases it ran, prints the count, and, when
 * AGENTCFG_FUZZ_COUNTS names a folder, leaves it there for the fuzz script to add up.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";

/** The CI seed: a fixed date, so a failure in CI replays anywhere. */
const CI_SEED = 20_260_420;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export const FUZZ_SEED = envNumber("FUZZ_SEED") ?? CI_SEED;
/** Multiplies each property's CI case count (1 in CI). */
export const FUZZ_SCALE = Math.max(1, envNumber("FUZZ_SCALE") ?? 1);
/** Runs per property, overriding the scale when set. */
const FUZZ_RUNS = envNumber("FUZZ_RUNS");

fc.configureGlobal({ seed: FUZZ_SEED, endOnFailure: false });

/** How many cases a property whose CI budget is `ciRuns` runs now. */
export function runsFor(ciRuns: number): number {
  return FUZZ_RUNS ?? Math.round(ciRuns * FUZZ_SCALE);
}

/**
 * Asserts a property over `runsFor(ciRuns)` cases and records how many ran.
 * The fast-check failure message carries the seed and path to replay it.
 */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  ciRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
): number {
  let cases = 0;
  const property = fc.property(...arbitraries, (...args: Ts) => {
    cases++;
    trace(name, args);
    predicate(...args);
  });
  const numRuns = runsFor(ciRuns);
  fc.assert(property as fc.IPropertyWithHooks<Ts>, { numRuns, seed: FUZZ_SEED });
  record(name, cases);
  expect(cases).toBeGreaterThanOrEqual(numRuns);
  return cases;
}

/** Same for an async predicate. */
export async function assertAsyncProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  ciRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => Promise<void>,
): Promise<number> {
  let cases = 0;
  const property = fc.asyncProperty(...arbitraries, async (...args: Ts) => {
    cases++;
    trace(name, args);
    await predicate(...args);
  });
  const numRuns = runsFor(ciRuns);
  await fc.assert(property as fc.IAsyncPropertyWithHooks<Ts>, { numRuns, seed: FUZZ_SEED });
  record(name, cases);
  expect(cases).toBeGreaterThanOrEqual(numRuns);
  return cases;
}

/** With FUZZ_TRACE=<file>, each case is written there before it runs: after a hang, the file holds the culprit. */
const TRACE = process.env["FUZZ_TRACE"];
function trace(name: string, args: unknown[]): void {
  if (TRACE) writeFileSync(`${TRACE}.${process.pid}`, JSON.stringify({ name, seed: FUZZ_SEED, args }));
}

function record(name: string, cases: number): void {
  console.log(`property "${name}": ${cases} cases (seed ${FUZZ_SEED})`);
  const dir = process.env["AGENTCFG_FUZZ_COUNTS"];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const safe = name.replace(/[^a-z0-9]+/gi, "-").slice(0, 80);
  writeFileSync(join(dir, `${safe}.${process.pid}.${Date.now()}.json`), JSON.stringify({ name, cases, seed: FUZZ_SEED }));
}
