#!/usr/bin/env node
/**
 * @fileoverview `npm run fuzz`: runs the property suite (test/property and the
 * json5 differential test) round after round, each round with a fresh random
 * seed and FUZZ_SCALE times the CI case count, until FUZZ_SECONDS (default
 * 600) are spent (FUZZ_SCALE, default 4). Prints each round's seed and case count and the total; on a
 * failure, prints the seed that replays it (FUZZ_SEED=<seed> FUZZ_SCALE=<n>
 * npx vitest run <file>) and exits 1. A round that hangs past its time is a
 * failure too, and the case it was running (written by test/helpers/fuzz.ts
 * to the trace file) is printed.
 *
 * `node scripts/fuzz.mjs --ci` runs one round at CI settings (the fixed seed,
 * scale 1) and prints the total count and wall time.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const VITEST = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const FILES = ["test/property", "test/differential-json5.test.ts"];
const ci = process.argv.includes("--ci");
const budgetMs = Number(process.env.FUZZ_SECONDS ?? 600) * 1000;
const scale = ci ? 1 : Number(process.env.FUZZ_SCALE ?? 4);
const work = mkdtempSync(join(tmpdir(), "agentcfg-fuzz-"));

function countsIn(dir) {
  let total = 0;
  const byProperty = {};
  let files = [];
  try {
    files = readdirSync(dir);
  } catch {
    return { total, byProperty };
  }
  for (const name of files) {
    const { name: property, cases } = JSON.parse(readFileSync(join(dir, name), "utf8"));
    total += cases;
    byProperty[property] = (byProperty[property] ?? 0) + cases;
  }
  return { total, byProperty };
}

function lastTraces() {
  return readdirSync(work)
    .filter((n) => n.startsWith("trace."))
    .map((n) => readFileSync(join(work, n), "utf8").slice(0, 4000));
}

const started = Date.now();
let round = 0;
let total = 0;
let longestRoundMs = 0;
let failed = false;
while (true) {
  const elapsed = Date.now() - started;
  // Stop when another round (as long as the longest so far) would overrun the budget.
  if (round > 0 && (ci || elapsed + longestRoundMs > budgetMs)) break;
  round++;
  const seed = ci ? undefined : process.env.FUZZ_SEED && round === 1 ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const countsDir = join(work, `round-${round}`);
  const roundStart = Date.now();
  const env = { ...process.env, FUZZ_SCALE: String(scale), AGENTCFG_FUZZ_COUNTS: countsDir, FUZZ_TRACE: join(work, "trace") };
  if (seed !== undefined) env.FUZZ_SEED = String(seed);
  else delete env.FUZZ_SEED;
  // A round may take as long as the whole budget left (at least 3 minutes) before it counts as hung.
  const timeout = Math.max(180_000, budgetMs - elapsed + 60_000);
  const result = spawnSync(process.execPath, [VITEST, "run", ...FILES], { cwd: ROOT, env, encoding: "utf8", timeout, maxBuffer: 256 * 1024 * 1024 });
  const roundMs = Date.now() - roundStart;
  longestRoundMs = Math.max(longestRoundMs, roundMs);
  const counts = countsIn(countsDir);
  total += counts.total;
  const label = seed === undefined ? "CI seed" : `seed ${seed}`;
  console.log(`round ${round} (${label}, scale ${scale}): ${counts.total} cases in ${(roundMs / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failed = true;
    const hung = result.error?.code === "ETIMEDOUT" || result.signal !== null;
    console.log(hung ? `round ${round} did not finish within ${timeout / 1000} s; the cases it was running:` : `round ${round} FAILED (${label}):`);
    if (hung) for (const t of lastTraces()) console.log(t);
    console.log(
      `${result.stdout}\n${result.stderr}`
        .split("\n")
        .filter((l) => /FAIL|Error|Counterexample|seed|×|Property failed/.test(l))
        .slice(0, 60)
        .join("\n"),
    );
    console.log(`replay: FUZZ_SEED=${seed ?? "(unset)"} FUZZ_SCALE=${scale} npx vitest run ${FILES.join(" ")}`);
    break;
  }
  if (ci) console.log(JSON.stringify(counts.byProperty, null, 2));
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${failed ? "FAILED" : "ok"}: ${total} cases in ${round} round(s), ${seconds} s`);
rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
