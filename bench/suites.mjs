/**
 * @fileoverview The four benchmarks of issue 8, each against its baseline in
 * the same run: cold start, throughput on large configs, bulk (many files in
 * one invocation), and peak memory. Each returns printable rows with targets
 * and verdicts. Sizes and run counts come from the caller, so CI can run the
 * same code at tiny sizes as a smoke test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { check } from "../dist/index.js";
import { OpenClawConfigSchema } from "../dist/schema/config.js";
import { largeConfigText, typicalConfigText } from "./generate.mjs";
import { interleave, median, peakRss, processContender, verdictRow } from "./harness.mjs";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = join(ROOT, "bin", "agentcfg.js");
export const TYPICAL_EXAMPLE = "examples/two-kimi-keys.json5";

export const TARGETS = { coldStart: 1.5, throughput1MB: 5, bulk: 15, memory: 20 };

/** A scratch folder for generated files, removed by `dispose`. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), "agentcfg-bench-"));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Cold start: the whole `agentcfg check <typical example>` process against `node -e 0`. */
export function coldStart({ runs }) {
  const times = interleave(
    {
      node: processContender([process.execPath, "-e", "0"]),
      agentcfg: processContender([process.execPath, BIN, "check", TYPICAL_EXAMPLE], { cwd: ROOT }),
    },
    runs,
  );
  return [
    verdictRow({
      name: `cold start: agentcfg check ${TYPICAL_EXAMPLE}`,
      value: times.agentcfg,
      baseline: times.node,
      unit: "ms",
      ratio: times.agentcfg / times.node,
      target: TARGETS.coldStart,
    }),
  ];
}

/**
 * Throughput: the full check (parse, validate, resolve, rules) of one
 * generated config against `JSON.parse` plus a compiled zod 4 validation of the
 * same text, in this process. `sizes` are [label, bytes, target|undefined].
 */
export function throughput({ runs, sizes, seed = 1 }) {
  const compiled = z.compile(OpenClawConfigSchema);
  const rows = [];
  for (const [label, bytes, target] of sizes) {
    const text = largeConfigText(bytes, seed);
    const found = check(text, { path: "generated.json" }).diagnostics;
    if (found.length > 0) throw new Error(`the generated ${label} config is not clean: ${found[0].code} ${found[0].message}`);
    if (!compiled.safeParse(JSON.parse(text)).success) throw new Error(`the generated ${label} config fails the schema`);
    // One warm-up each, then interleaved runs.
    const times = interleave(
      {
        baseline: () => compiled.safeParse(JSON.parse(text)),
        agentcfg: () => check(text, { path: "generated.json" }),
      },
      runs + 1,
    );
    rows.push(
      verdictRow({
        name: `throughput: check ${label} (${(text.length / 1e6).toFixed(2)} MB JSON)`,
        value: times.agentcfg,
        baseline: times.baseline,
        unit: "ms",
        ratio: times.agentcfg / times.baseline,
        target,
      }),
    );
  }
  return rows;
}

/** Bulk: one `agentcfg check` over `count` typical configs against one over a single config. */
export function bulk({ runs, count }) {
  const { dir, dispose } = scratch();
  try {
    const files = [];
    mkdirSync(join(dir, "configs"));
    for (let i = 0; i < count; i++) {
      const file = join(dir, "configs", `config-${String(i).padStart(4, "0")}.json`);
      writeFileSync(file, typicalConfigText(i + 1));
      files.push(file);
    }
    const times = interleave(
      {
        one: processContender([process.execPath, BIN, "check", files[0]]),
        all: processContender([process.execPath, BIN, "check", ...files]),
      },
      runs,
    );
    return [
      verdictRow({
        name: `bulk: ${count} typical configs in one agentcfg check`,
        value: times.all,
        baseline: times.one,
        unit: "ms",
        ratio: times.all / times.one,
        target: count >= 1000 ? TARGETS.bulk : undefined,
      }),
    ];
  } finally {
    dispose();
  }
}

/** Memory: peak RSS of `agentcfg check` on a generated config against the file's size. */
export function memory({ runs, bytes, seed = 1 }) {
  const { dir, dispose } = scratch();
  try {
    const text = largeConfigText(bytes, seed);
    const file = join(dir, "large.json");
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(peakRss([BIN, "check", file]));
    const rss = median(samples);
    return [
      verdictRow({
        name: `memory: peak RSS, check ${(size / 1e6).toFixed(1)} MB config`,
        value: rss,
        baseline: size,
        unit: "bytes",
        ratio: rss / size,
        target: bytes >= 10_000_000 ? TARGETS.memory : undefined,
      }),
    ];
  } finally {
    dispose();
  }
}
