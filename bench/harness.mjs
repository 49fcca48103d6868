/**
 * @fileoverview The measuring side of the benchmarks: run contenders
 * interleaved (so a noisy neighbour slows both alike), take medians, time
 * whole processes, read a child's peak RSS, and print each figure beside its
 * target and verdict.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full collection before every timed run (outside the timing), so an
 * in-process contender never pays for the garbage the other one left: without
 * it the 1 MB baseline swung between ≈ 3 and ≈ 10 ms from run to run, by where
 * the scavenges happened to land.
 */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");

/** The preload that makes a child process report its peak RSS on exit. */
const RSS_PRELOAD = fileURLToPath(new URL("./report-rss.mjs", import.meta.url));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs each contender `runs` times, round-robin, and returns the median
 * milliseconds of each. A contender is a function returning nothing.
 */
export function interleave(contenders, runs) {
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(contenders)) {
      collectGarbage();
      const start = process.hrtime.bigint();
      run();
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

/** Runs a process to the end; throws with its stderr when it exits with a code above `maxStatus`. */
export function runProcess(argv, { maxStatus = 1, cwd } = {}) {
  const result = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status === null || result.status > maxStatus) {
    throw new Error(`${argv.slice(0, 4).join(" ")} … exited with ${result.status ?? result.signal}: ${result.stderr.toString().slice(0, 500)}`);
  }
  return result;
}

/** A process contender for `interleave`: the whole process, start to exit. */
export function processContender(argv, options) {
  return () => {
    runProcess(argv, options);
  };
}

/** Peak RSS (bytes) of a node process running `args`, read by a preload that writes it to stderr at exit; and what it printed. */
export function peakRss(nodeArgs, options) {
  const result = runProcess([process.execPath, "--import", RSS_PRELOAD, ...nodeArgs], options);
  const match = /agentcfg-bench-max-rss=(\d+)/.exec(result.stderr.toString());
  if (!match) throw new Error("the child did not report its peak RSS");
  return { rss: Number(match[1]) * 1024, stdout: result.stdout.toString(), stderr: result.stderr.toString(), status: result.status };
}

/**
 * One printed line: a figure, the ratio to its baseline, the target and the
 * verdict. `target` undefined means informational (no target set).
 */
export function verdictRow({ name, value, baseline, unit, ratio, target }) {
  const met = target === undefined ? undefined : ratio <= target;
  return {
    name,
    value,
    baseline,
    unit,
    ratio,
    target,
    met,
    text:
      `${name.padEnd(44)} ${format(value, unit).padStart(10)} vs ${format(baseline, unit).padStart(10)}  ` +
      `ratio ${ratio.toFixed(2).padStart(6)}×  ` +
      (target === undefined ? "target —        (informational)" : `target ≤ ${String(target).padEnd(5)}× ${met ? "MET" : "NOT MET"}`),
  };
}

function format(value, unit) {
  if (unit === "bytes") return `${(value / 1024 / 1024).toFixed(1)} MiB`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}
