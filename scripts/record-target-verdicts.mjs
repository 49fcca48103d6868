// Records what the real OpenClaw CLI of each release says about every case in a
// verdict fixture folder (default fixtures/targets/): `<name>.json5` (or a folder
// `<name>/openclaw.json5`) gets `<name>.verdicts.json` beside it, in the shared
// verdict format: per release, valid, issues and load-time rewrite warnings.
//
// Needs the oracle wrappers, which CI never has; the tests replay the recorded
// files. Usage:
//   OC4=<path of oc-validate> OC9=<path of oc9-validate> node scripts/record-target-verdicts.mjs [dir] [name…]
// A case's description comes from its first `// description:` comment line.
// Exceptions already in a verdicts file are kept. Run-folder paths are scrubbed.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const RELEASES = [
  { id: "2026.4", version: "2026.4.12", bin: process.env.OC4 },
  { id: "2026.9", version: "2026.9.6", bin: process.env.OC9 },
];
const dir = resolve(process.argv[2] ?? "fixtures/targets");
const only = new Set(process.argv.slice(3));
for (const r of RELEASES) {
  if (!r.bin) {
    console.error("set OC4 and OC9 to the oracle wrappers (oc-validate, oc9-validate)");
    process.exit(2);
  }
}

function cases() {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (entry.endsWith(".json5")) out.push({ name: entry.slice(0, -6), config: full });
    else if (statSync(full).isDirectory() && existsSync(join(full, "openclaw.json5"))) out.push({ name: entry, config: join(full, "openclaw.json5") });
  }
  return out.filter((c) => only.size === 0 || only.has(c.name));
}

function run(bin, config) {
  return new Promise((done) => {
    execFile(bin, [config], { maxBuffer: 64 << 20 }, (_error, stdout) => done(stdout));
  });
}

/** Keeps only what a verdict needs, with the run folder's paths replaced. */
function verdict(release, stdout, config) {
  const text = stdout.split(config).join("<config>");
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${release.id}: not JSON for ${config}:\n${text.slice(0, 400)}`);
  }
  return {
    version: release.version,
    valid: parsed.valid === true,
    issues: (parsed.issues ?? []).map(({ path, message }) => ({ path, message })),
    warnings: (parsed.warnings ?? []).map(({ path, message }) => ({ path, message })),
  };
}

async function record(c) {
  const text = readFileSync(c.config, "utf8");
  const description = /\/\/\s*description:\s*(.+)/.exec(text)?.[1]?.trim() ?? c.name;
  const target = join(dir, `${c.name}.verdicts.json`);
  const previous = existsSync(target) ? JSON.parse(readFileSync(target, "utf8")) : {};
  const releases = {};
  for (const release of RELEASES) releases[release.id] = verdict(release, await run(release.bin, c.config), c.config);
  const out = { description, releases, ...(previous.exceptions ? { exceptions: previous.exceptions } : {}) };
  writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${c.name}: ${RELEASES.map((r) => `${r.id} ${releases[r.id].valid ? "valid" : "invalid"}`).join(", ")}`);
}

// Two at a time: each run starts a whole OpenClaw.
const queue = cases();
await Promise.all(
  [0, 1].map(async () => {
    for (let c = queue.shift(); c; c = queue.shift()) await record(c);
  }),
);
