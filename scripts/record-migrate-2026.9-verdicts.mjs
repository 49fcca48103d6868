#!/usr/bin/env node
/**
 * @fileoverview Re-records what the real OpenClaw 2026.9 says about each
 * expected output of `migrate --to 2026.9` (fixtures/migrate-2026.9/
 * <name>.expected.json5) into <name>.expected.verdict.json: valid, issues,
 * load-time warnings, the OpenClaw version, and the SHA-256 of the text it
 * was recorded on (the test checks the verdict belongs to the current output).
 * Cases whose migration stops on a conflict have no verdict (their output is
 * their input). Run where the oracle is installed:
 *
 *   OC9_VALIDATE=/path/to/oc9-validate node scripts/record-migrate-2026.9-verdicts.mjs [name…]
 *
 * Without OC9_VALIDATE it uses the oracle's own convention,
 * `${TMPDIR:-/tmp}/peer9/oc9-validate`. CI never runs this; tests replay the files.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const DIR = join(ROOT, "fixtures", "migrate-2026.9");
const ORACLE = process.env.OC9_VALIDATE ?? join(process.env.TMPDIR ?? tmpdir(), "peer9", "oc9-validate");

if (!existsSync(ORACLE)) {
  process.stderr.write(`record-migrate-2026.9-verdicts: no oracle at ${ORACLE}; set OC9_VALIDATE to the oc9-validate script.\n`);
  process.exit(2);
}

function version() {
  const out = spawnSync(ORACLE, [join(DIR, "single-entry-current.expected.json5"), "--version"], { encoding: "utf8" });
  const match = /\b(20\d\d\.\d+\.\d+)\b/.exec(out.stdout + out.stderr);
  if (!match) throw new Error(`cannot read the OpenClaw version from the oracle:\n${out.stdout}${out.stderr}`);
  return match[1];
}

/** The verdict of one file: OpenClaw's JSON with the run folder's path left out. */
function verdictOf(file) {
  const run = spawnSync(ORACLE, [file], { encoding: "utf8", maxBuffer: 16 << 20 });
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
let recorded = 0;
for (const name of readdirSync(DIR).filter((f) => f.endsWith(".expected.json5")).sort()) {
  const base = name.slice(0, -".expected.json5".length);
  if (only.size > 0 && !only.has(base)) continue;
  const expected = JSON.parse(readFileSync(join(DIR, `${base}.expected.json`), "utf8"));
  const verdictPath = join(DIR, `${base}.expected.verdict.json`);
  if (expected.diagnostics.some((d) => d.code === "legacy/conflict")) continue;
  const outputPath = join(DIR, name);
  const text = readFileSync(outputPath, "utf8");
  const verdict = { version: openclaw, sha256: createHash("sha256").update(text).digest("hex"), ...verdictOf(outputPath) };
  writeFileSync(verdictPath, JSON.stringify(verdict, null, 2) + "\n");
  recorded++;
  process.stdout.write(`${base}: ${verdict.valid ? "valid" : "invalid"}, ${verdict.issues.length} issue(s), ${verdict.warnings.length} warning(s)\n`);
}
process.stdout.write(`recorded ${recorded} verdict(s) with OpenClaw ${openclaw}\n`);
