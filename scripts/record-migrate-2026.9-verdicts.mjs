#!/usr/bin/env node
/**
 * @fileoverview Re-records what the real OpenClaw 2026.9 says about each
 * expected output of `migrate --to 2026.9` (fixtures/migrate-2026.9/
 * <name>.expected.json5) into <name>.expected.verdict.json: valid, issues,
 * load-time warnings, the OpenClaw version, and the SHA-256 of the text it
 * was recorded on (the test checks the verdict belongs to the current output).
 * Cases whose migration stops on a conflict have no verdict (their output is
 * their input). It also records what OpenClaw 2026.4 says about each input
 * (<name>.input.verdict.json, same shape), so the test can count the inputs
 * that are real 2026.4 configs. Run where the oracles are installed:
 *
 *   OC9_VALIDATE=/path/to/oc9-validate OC_VALIDATE=/path/to/oc-validate \
 *     node scripts/record-migrate-2026.9-verdicts.mjs [name…]
 *
 * Without those variables it uses the oracles' own convention,
 * `${TMPDIR:-/tmp}/peer9/oc9-validate` and `${TMPDIR:-/tmp}/peer/oc-validate`.
 * CI never runs this; tests replay the files.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const DIR = join(ROOT, "fixtures", "migrate-2026.9");
const ORACLE = process.env.OC9_VALIDATE ?? join(process.env.TMPDIR ?? tmpdir(), "peer9", "oc9-validate");
const ORACLE_4 = process.env.OC_VALIDATE ?? join(process.env.TMPDIR ?? tmpdir(), "peer", "oc-validate");

for (const [oracle, variable] of [
  [ORACLE, "OC9_VALIDATE"],
  [ORACLE_4, "OC_VALIDATE"],
]) {
  if (!existsSync(oracle)) {
    process.stderr.write(`record-migrate-2026.9-verdicts: no oracle at ${oracle}; set ${variable} to its validate script.\n`);
    process.exit(2);
  }
}

function version(oracle = ORACLE) {
  const out = spawnSync(oracle, [join(DIR, "single-entry-current.expected.json5"), "--version"], { encoding: "utf8" });
  const match = /\b(20\d\d\.\d+\.\d+)\b/.exec(out.stdout + out.stderr);
  if (!match) throw new Error(`cannot read the OpenClaw version from the oracle:\n${out.stdout}${out.stderr}`);
  return match[1];
}

/** The verdict of one file: OpenClaw's JSON with the run folder's path left out. */
function verdictOf(file, oracle = ORACLE) {
  const run = spawnSync(oracle, [file], { encoding: "utf8", maxBuffer: 16 << 20 });
  const json = run.stdout.trim();
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`the oracle did not print JSON for ${file}:\n${run.stdout}${run.stderr}`);
  }
  const scrub = (list) => (list ?? []).map((d) => ({ path: d.path, message: String(d.message).split(file).join("<config>") }));
  return { valid: parsed.valid === true, issues: scrub(parsed.issues), warnings: scrub(parsed.warnings) };
}

const only = new Set(process.argv.slice(2));
const openclaw = version();
const openclaw4 = version(ORACLE_4);
let recorded = 0;
for (const name of readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json5"))
  .sort()) {
  const base = name.slice(0, -".expected.json5".length);
  if (only.size > 0 && !only.has(base)) continue;
  const expected = JSON.parse(readFileSync(join(DIR, `${base}.expected.json`), "utf8"));
  const verdictPath = join(DIR, `${base}.expected.verdict.json`);
  const inputPath = join(DIR, `${base}.json5`);
  const input = readFileSync(inputPath, "utf8");
  const inputVerdict = { version: openclaw4, sha256: createHash("sha256").update(input).digest("hex"), ...verdictOf(inputPath, ORACLE_4) };
  writeFileSync(join(DIR, `${base}.input.verdict.json`), `${JSON.stringify(inputVerdict, null, 2)}\n`);
  if (expected.diagnostics.some((d) => d.code === "legacy/conflict")) continue;
  const outputPath = join(DIR, name);
  const text = readFileSync(outputPath, "utf8");
  const verdict = { version: openclaw, sha256: createHash("sha256").update(text).digest("hex"), ...verdictOf(outputPath) };
  writeFileSync(verdictPath, `${JSON.stringify(verdict, null, 2)}\n`);
  recorded++;
  process.stdout.write(
    `${base}: input ${inputVerdict.valid ? "valid" : "invalid"} for ${openclaw4}; output ${verdict.valid ? "valid" : "invalid"} for ${openclaw}, ${verdict.issues.length} issue(s), ${verdict.warnings.length} warning(s)\n`,
  );
}
process.stdout.write(`recorded ${recorded} verdict(s) with OpenClaw ${openclaw} (inputs with ${openclaw4})\n`);
