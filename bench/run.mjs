#!/usr/bin/env node
/**
 * @fileoverview `npm run bench`: runs every benchmark and prints each figure
 * with its baseline, ratio, target and verdict, then the machine it ran on.
 * `--smoke` runs the same code once at tiny sizes (CI: proves the benchmarks
 * still run; its figures mean nothing). `--runs N` sets the runs per contender.
 * Needs `npm run build` first (it measures dist/ and bin/).
 */
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bulk, coldStart, largeInputs, memory, oracle, throughput, TARGETS } from "./suites.mjs";

const FULL = {
  runs: 11,
  bulkRuns: 10,
  bulkCount: 1000,
  sizes: [
    ["1 MB", 1_000_000, 5],
    ["10 MB", 10_000_000, undefined],
  ],
  memoryBytes: 10_000_000,
  json5MemoryBytes: 50_000_000,
  json5MemoryRuns: 3,
  largeRuns: 1,
  oracleRuns: 5,
};

const SMOKE = {
  runs: 1,
  bulkRuns: 1,
  bulkCount: 3,
  sizes: [["10 KB", 10_000, undefined]],
  memoryBytes: 10_000,
  json5MemoryBytes: 10_000,
  json5MemoryRuns: 1,
  largeRuns: 1,
  oracleRuns: 1,
};

export function machineLines() {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return [
    `node ${process.version} on ${process.platform}-${process.arch}`,
    `${cpus().length} CPUs (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory`,
  ];
}

/** Runs the benchmarks; `print` receives each line as it is ready. Returns every row. */
export function runBenchmarks({ smoke = false, runs, only, print = (line) => console.log(line) } = {}) {
  const plan = smoke ? SMOKE : { ...FULL, ...(runs ? { runs, bulkRuns: runs } : {}) };
  const rows = [];
  const add = (found) => {
    for (const row of found) {
      // A skipped benchmark (the oracle where OpenClaw is not installed) is a printed line, not a figure.
      if (!row.skipped) rows.push(row);
      print(row.text);
    }
  };
  for (const line of machineLines()) print(line);
  print(
    `median of ${plan.runs} runs per contender (bulk: ${plan.bulkRuns}), contenders interleaved${smoke ? " — SMOKE: tiny sizes, figures mean nothing" : ""}`,
  );
  if (only === "large") {
    // `--only large`: the 50 MB memory rows alone (issue 32), with check's own 50 MB row.
    add(memory({ runs: plan.json5MemoryRuns, bytes: plan.json5MemoryBytes, json5: true, typo: true, target: smoke ? undefined : TARGETS.memory }));
    add(largeInputs({ runs: plan.largeRuns, bytes: plan.json5MemoryBytes, target: smoke ? undefined : TARGETS.memory }));
    return rows;
  }
  add(coldStart({ runs: plan.runs }));
  add(throughput({ runs: plan.runs, sizes: plan.sizes }));
  add(bulk({ runs: plan.bulkRuns, count: plan.bulkCount }));
  const big = !smoke;
  add(memory({ runs: plan.runs, bytes: plan.memoryBytes, target: big ? TARGETS.memory : undefined }));
  add(memory({ runs: plan.json5MemoryRuns, bytes: plan.memoryBytes, json5: true }));
  add(memory({ runs: plan.json5MemoryRuns, bytes: plan.json5MemoryBytes, json5: true, typo: true, target: big ? TARGETS.memory : undefined }));
  add(largeInputs({ runs: plan.largeRuns, bytes: plan.json5MemoryBytes, target: big ? TARGETS.memory : undefined }));
  add(oracle({ runs: plan.oracleRuns }));
  const judged = rows.filter((row) => row.target !== undefined);
  const missed = judged.filter((row) => !row.met);
  if (!smoke)
    print(
      missed.length === 0
        ? `all ${judged.length} targets met`
        : `${missed.length} of ${judged.length} targets not met: ${missed.map((r) => r.name).join("; ")}`,
    );
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const onlyAt = args.indexOf("--only");
  runBenchmarks({
    smoke: args.includes("--smoke"),
    runs: runsAt >= 0 ? Number(args[runsAt + 1]) : undefined,
    only: onlyAt >= 0 ? args[onlyAt + 1] : undefined,
  });
}
