// Records the real OpenClaw's verdicts (`openclaw config validate --json`, both releases) beside
// every case under fixtures/openclaw-2026.9/ and fixtures/openclaw-sections/, as
// `<name>.verdicts.json` in the shared verdict format. CI never has the oracle: tests replay these
// files. Run it where the oracle is installed:
//
//   node scripts/record-verdicts.mjs [--check] [--missing] [--dir <folder>] [name-substring…]
//
//   --check    record into memory and report every file that would change (exit 1 if any)
//   --missing  record only cases without a verdicts file yet
//
// A case is `<name>.json5`, or a folder `<name>/` holding `openclaw.json5` and the files it
// `$include`s. Its description is the first line of the config when that line is a `//` comment.
// Oracle locations: AGENTCFG_ORACLE_2026_4 and AGENTCFG_ORACLE_2026_9, defaulting to the oracle's
// own convention under ${TMPDIR:-/tmp}. At most two oracle processes run at a time (shared cores).
// Output is scrubbed of this machine's paths, so re-recording an unchanged case is byte-identical.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const tmp = process.env.TMPDIR || "/tmp";
const RELEASES = [
  { key: "2026.4", oracle: process.env.AGENTCFG_ORACLE_2026_4 || join(tmp, "peer", "oc-validate") },
  { key: "2026.9", oracle: process.env.AGENTCFG_ORACLE_2026_9 || join(tmp, "peer9", "oc9-validate") },
];
const DEFAULT_DIRS = ["fixtures/openclaw-2026.9", "fixtures/openclaw-sections"];
const MAX_PARALLEL = 2;

/** Every case in a fixture folder: { name, dir, config (file the oracle reads), caseRoot }. */
export function listCases(dir) {
  const cases = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      const config = join(full, "openclaw.json5");
      if (existsSync(config)) cases.push({ name: entry, dir, config, caseRoot: full });
    } else if (entry.endsWith(".json5")) {
      cases.push({ name: entry.slice(0, -".json5".length), dir, config: full, caseRoot: full });
    }
  }
  return cases;
}

/** The first-line `//` comment of a config, which is its one-line description. */
export function descriptionOf(configPath) {
  const first = readFileSync(configPath, "utf8").split("\n", 1)[0].trim();
  return first.startsWith("//") ? first.slice(2).trim() : "";
}

/**
 * The environment variables a case is recorded with: `<name>.env.json` beside it (`{ "NAME": "value" }`),
 * passed through the oracle's `env -i` by OC_VALIDATE_PASSENV. The tests replay the case with the same ones.
 */
function envOf(c) {
  const file = join(c.dir, `${c.name}.env.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

function run(file, args, vars) {
  const env = vars ? { ...process.env, ...vars, OC_VALIDATE_PASSENV: Object.keys(vars).join(" ") } : process.env;
  return new Promise((done) => {
    execFile(file, args, { maxBuffer: 16 * 1024 * 1024, timeout: 120_000, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Replaces every path of this machine in an oracle message with a placeholder. */
function scrub(text, c) {
  let out = String(text);
  const swaps = [
    [resolve(c.config), "<config>"],
    [resolve(c.caseRoot), "<case>"],
    [resolve(c.dir), "<dir>"],
    [root, "<project>"],
  ];
  for (const [from, to] of swaps) out = out.split(from).join(to);
  // The oracle's per-run folder: its home reads as `~` (as a user's config would say), the rest
  // (state, tmp) as <run>; then anything else under the temp root.
  out = out.replace(/\/[^\s"'`]*\/runs\/[A-Za-z0-9]+\/home(?=\/|\b)/g, "~");
  out = out.replace(/\/[^\s"'`]*\/runs\/[A-Za-z0-9]+/g, "<run>");
  out = out.split(resolve(tmp)).join("<tmp>");
  return out;
}

function entries(list, c) {
  return (Array.isArray(list) ? list : []).map((x) => ({
    path: scrub(x?.path ?? "", c),
    message: scrub(x?.message ?? "", c),
  }));
}

async function verdictOf(release, version, c) {
  const { code, stdout, stderr } = await run(release.oracle, [c.config], envOf(c));
  let doc;
  try {
    doc = JSON.parse(stdout);
  } catch {
    const tail = scrub(`${stdout}\n${stderr}`.trim(), c).split("\n").slice(0, 3).join(" ");
    throw new Error(`${release.key} ${c.name}: output is not JSON (exit ${code}): ${tail}`);
  }
  const valid = doc.valid === true;
  if (valid !== (code === 0)) throw new Error(`${release.key} ${c.name}: valid=${doc.valid} but exit ${code}`);
  return { version, valid, issues: entries(doc.issues, c), warnings: entries(doc.warnings, c) };
}

async function versionOf(release) {
  const { code, stdout } = await run(release.oracle, [join(root, "package.json"), "--version"]);
  const m = /OpenClaw (\d+\.\d+\.\d+)/.exec(stdout);
  if (code !== 0 || !m) throw new Error(`cannot run the ${release.key} oracle at ${release.oracle}`);
  return m[1];
}

/** Runs tasks with at most `limit` in flight. */
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export function render(description, releases, exceptions) {
  const doc = { description, releases };
  if (exceptions && Object.keys(exceptions).length > 0) doc.exceptions = exceptions;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const missing = args.includes("--missing");
  const dirs = [];
  const filters = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--dir") dirs.push(args[++i]);
    else if (!args[i].startsWith("--")) filters.push(args[i]);
  }
  let cases = (dirs.length ? dirs : DEFAULT_DIRS).flatMap((d) => {
    const abs = resolve(root, d);
    return existsSync(abs) ? listCases(abs) : [];
  });
  if (filters.length) cases = cases.filter((c) => filters.some((f) => c.name.includes(f)));
  const target = (c) => join(c.dir, `${c.name}.verdicts.json`);
  if (missing) cases = cases.filter((c) => !existsSync(target(c)));
  const versions = {};
  for (const r of RELEASES) versions[r.key] = await versionOf(r);

  let changed = 0;
  let failed = 0;
  let done = 0;
  // Each case is written as soon as both its releases are in, so an interrupted run keeps its work.
  const got = cases.map(() => []);
  const finish = (i) => {
    const c = cases[i];
    done++;
    const bad = got[i].find((g) => g.e);
    if (bad) {
      failed++;
      console.error(`FAIL ${c.name}: ${bad.e.message}`);
      return;
    }
    const description = descriptionOf(c.config);
    if (!description) console.error(`warn ${c.name}: no first-line // description`);
    const file = target(c);
    const old = existsSync(file) ? readFileSync(file, "utf8") : null;
    const exceptions = old ? JSON.parse(old).exceptions : undefined;
    const releases = Object.fromEntries(RELEASES.map((r, k) => [r.key, got[i][k].v]));
    const text = render(description, releases, exceptions);
    if (done % 10 === 0) console.error(`${done}/${cases.length}`);
    if (text === old) return;
    changed++;
    if (check) console.log(`differs: ${file.slice(root.length + 1)}`);
    else writeFileSync(file, text);
  };
  const tasks = cases.flatMap((c, i) =>
    RELEASES.map((r, k) => async () => {
      got[i][k] = await verdictOf(r, versions[r.key], c).then(
        (v) => ({ v }),
        (e) => ({ e }),
      );
      if (RELEASES.every((_, j) => got[i][j])) finish(i);
    }),
  );
  await pool(tasks, MAX_PARALLEL);
  console.log(`${cases.length} cases, ${changed} ${check ? "differ" : "written"}, ${failed} failed`);
  if (failed || (check && changed)) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
