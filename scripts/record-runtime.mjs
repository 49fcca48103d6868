#!/usr/bin/env node
/**
 * @fileoverview The runtime recorder: runs the real OpenClaw of a release as
 * `openclaw agent --local --json -m …` inside the oracle's sandbox (`../shared/oracle/runtime/
 * sandbox.sh`: a fresh network and mount namespace with only loopback up) against the project's
 * fake provider (`src/drill/fake-provider.ts`), and records what it did into
 * `fixtures/runtime/<release>/<scenario>/`. A dev tool, never run by `npm test`; needs root (or
 * `unshare -r`), Node 24 (the project's; it reads 2026.9's stores with `node:sqlite`), `npm run build`,
 * and the oracle's release installed (`../shared/oracle/setup-2026.4.sh`,
 * `setup-2026.9.sh`).
 *
 *   node scripts/record-runtime.mjs <release> [scenario ...] [--missing]
 *   node scripts/record-runtime.mjs <release> --summary     one line per recorded turn
 *
 * With no scenario names it records every scenario of the release, one after the other;
 * `--missing` only those without a recording yet. Environment: ORACLE_DIR (default
 * ../shared/oracle beside the checkout), OC_PEER_DIR / OC9_PEER_DIR (where the setup scripts
 * installed 2026.4 / 2026.9; default peer/ and peer9/ under TMPDIR), RECORD_WORK (scratch folder
 * for run folders and the 2026.9 key templates; default under TMPDIR).
 *
 * scenario.json (written by hand; every field but `turns` optional):
 *   about        what the scenario shows, in words
 *   keys         profile labels to store, each with the fake key that encodes it
 *                (default kimi:default, kimi:backup, moonshot:default)
 *   storedOrder  provider → labels, stored as `models auth order set` does (default kimi: default,
 *                backup); null for none
 *   chain        agents.defaults.model (default kimi/kimi-code, then moonshot/kimi-k2.5)
 *   config       merged over the config last (objects merge, arrays replace)
 *   prepare      {turns, replies}: turns run before the state is planted (to create a session)
 *   plant        {usageStats: {agent: {label: stats}}, pins: [{agent, sessionKey, fields}]};
 *                a value "now+600s" / "now-1m" is a time relative to the moment it is planted
 *   replies      the fake's script: label → model → [{reply, times}] (src/drill/fake-script.ts)
 *   turns        [{message, agent, args}] run in order in one sandbox (one fake, one count)
 *   timeoutSeconds  per turn (default 900)
 *
 * Written beside it: config.json (the config the turns ran with), state-before.json and
 * state-after.json (both stores; keys shown as <key:LABEL>), recording.json (per turn: exit code,
 * duration, answer, log lines, failover lines of the file log; every request the fake saw with
 * its turn, time since the turn started, key label, model and reply). Machine paths are replaced
 * by <run>, <oracle-root>, <openclaw-install>.
 */
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RELEASES } from "./runtime/releases.mjs";
import { recordScenario } from "./runtime/scenario-run.mjs";
import { summaryLines } from "./runtime/summary.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const releaseName = args.find((a) => !a.startsWith("--"));
const release = RELEASES[releaseName];
if (!release) {
  process.stderr.write(`usage: node scripts/record-runtime.mjs <${Object.keys(RELEASES).join("|")}> [scenario ...] [--missing]\n`);
  process.exit(2);
}
if (args.includes("--summary")) {
  for (const line of summaryLines(join(repoRoot, "fixtures", "runtime", releaseName))) process.stdout.write(`${line}\n`);
  process.exit(0);
}
if (!existsSync(release.entry)) {
  process.stderr.write(`OpenClaw ${release.version} is not installed where expected (${release.entry}); run ../shared/oracle/setup-${releaseName}.sh\n`);
  process.exit(2);
}
if (!existsSync(join(repoRoot, "dist", "drill", "fake-provider.js"))) {
  process.stderr.write("dist/drill/fake-provider.js is missing: run `npm run build` first\n");
  process.exit(2);
}
const fixtures = join(repoRoot, "fixtures", "runtime", releaseName);
const named = args.filter((a) => !a.startsWith("--") && a !== releaseName);
let names =
  named.length > 0
    ? named
    : readdirSync(fixtures)
        .filter((n) => existsSync(join(fixtures, n, "scenario.json")))
        .sort();
if (args.includes("--missing")) names = names.filter((n) => !existsSync(join(fixtures, n, "recording.json")));

const work = process.env.RECORD_WORK ?? join(process.env.TMPDIR ?? tmpdir(), "agentcfg-record-runtime");
const oracle = process.env.ORACLE_DIR ?? join(repoRoot, "..", "shared", "oracle");
const runAt = join(work, `at-${releaseName}`);
mkdirSync(runAt, { recursive: true });

let failures = 0;
for (const name of names) {
  const run = join(work, "runs", releaseName, name);
  const ctx = {
    releaseName,
    release,
    oracle,
    repoRoot,
    work,
    run,
    runAt,
    // longest first is done by sanitize; each machine path becomes a placeholder
    paths: {
      [runAt]: "<run>",
      [run]: "<run>",
      [work]: "<oracle-root>",
      [dirname(dirname(dirname(release.packageDir)))]: "<openclaw-install>",
      [repoRoot]: "<agentcfg>",
    },
  };
  const started = Date.now();
  process.stdout.write(`${releaseName} ${name}: recording…\n`);
  try {
    const summary = await recordScenario(ctx, join(fixtures, name));
    process.stdout.write(`${releaseName} ${name}: ${Math.round((Date.now() - started) / 1000)} s — ${summary}\n`);
  } catch (error) {
    failures++;
    process.stdout.write(`${releaseName} ${name}: FAILED after ${Math.round((Date.now() - started) / 1000)} s: ${error.message}\n`);
  }
}
process.exit(failures > 0 ? 1 : 0);
