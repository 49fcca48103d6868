#!/usr/bin/env node
/**
 * @fileoverview Records the failover reason OpenClaw's own classifier gives each provider
 * error text under fixtures/failover-errors/. Each case file holds `text` and `provider`
 * (the input, written by hand); this script fills `releases.<target>` with
 * `{version, reason}` for every installed release. It runs where the oracle is installed,
 * never in CI: the tests replay the recorded files against agentcfg's own classifier.
 *
 * Where the releases are (no machine path is written here):
 *   OC_PACKAGE_2026_4  folder of the openclaw 2026.4 package (holds package.json and dist/)
 *   OC_NODE_2026_4     the Node binary that release runs on (default: this node)
 *   OC_PACKAGE_2026_9, OC_NODE_2026_9  the same for 2026.9
 * A release whose package variable is unset is skipped and its recorded results kept.
 *
 *   node scripts/record-failover-reasons.mjs [--check]
 *
 * --check records nothing: it prints the cases whose recorded reason differs from what the
 * classifier says now (exit 1 when any does).
 *
 * How: for each release the script starts itself again under that release's Node with
 * `--child <package>`. The child finds the dist module that exports `classifyFailoverReason`
 * (the bundler renames exports, so it reads the export clause), imports it, classifies
 * every text read from stdin as `classifyFailoverReason(text, { provider })` and prints
 * the reasons as JSON. Where the classifier takes a provider plugin (2026.9 moved some
 * providers' wordings into their bundled plugins), the case is also classified with the
 * plugin the package bundles for its provider, recorded as `withProviderPlugin`. Nothing of
 * OpenClaw is copied into the project.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const CASES_DIR = join(here, "..", "fixtures", "failover-errors");
const RELEASES = [
  { target: "2026.4", packageVar: "OC_PACKAGE_2026_4", nodeVar: "OC_NODE_2026_4" },
  { target: "2026.9", packageVar: "OC_PACKAGE_2026_9", nodeVar: "OC_NODE_2026_9" },
];

/** The dist module exporting classifyFailoverReason, and the name it is exported under. */
function findClassifier(packageDir) {
  const dist = join(packageDir, "dist");
  const exportRe = /export\s*\{([^}]*)\}/g;
  for (const name of readdirSync(dist).sort()) {
    if (!/\.(m?js)$/.test(name)) continue;
    const text = readFileSync(join(dist, name), "utf8");
    if (!text.includes("function classifyFailoverReason(")) continue;
    for (const match of text.matchAll(exportRe)) {
      const item = match[1]
        .split(",")
        .map((s) => s.trim())
        .find((s) => s === "classifyFailoverReason" || s.startsWith("classifyFailoverReason as "));
      if (item) return { file: join(dist, name), exported: item.includes(" as ") ? item.split(" as ")[1].trim() : "classifyFailoverReason" };
    }
  }
  throw new Error(`no module of ${dist} exports classifyFailoverReason`);
}

async function child(packageDir) {
  const { file, exported } = findClassifier(packageDir);
  const module = await import(pathToFileURL(file).href);
  const classify = module[exported];
  if (typeof classify !== "function") throw new Error(`${exported} of ${file} is not a function`);
  const version = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
  const inputs = JSON.parse(readFileSync(0, "utf8"));
  const reasons = inputs.map(({ text, provider }) => classify(text, provider !== undefined ? { provider } : undefined) ?? null);
  // A release whose classifier takes the provider's plugin (2026.9) is also asked with the
  // bundled plugin of the case's provider, as a gateway that loaded it would ask.
  const takesPlugin = readFileSync(file, "utf8").includes("providerPlugin");
  const pluginReasons = [];
  for (const { text, provider } of inputs) {
    const plugin = takesPlugin && provider !== undefined ? await bundledProviderPlugin(packageDir, provider) : undefined;
    // { reason } when the provider has a bundled plugin; null when it has none.
    pluginReasons.push(plugin !== undefined ? { reason: classify(text, { provider, providerPlugin: plugin }) ?? null } : null);
  }
  process.stdout.write(JSON.stringify({ version, module: file.slice(packageDir.length + 1), reasons, pluginReasons }));
}

const pluginCache = new Map();
/** The provider object a bundled extension registers, captured with a stand-in plugin API. */
async function bundledProviderPlugin(packageDir, provider) {
  if (pluginCache.has(provider)) return pluginCache.get(provider);
  let found;
  const entryFile = join(packageDir, "dist", "extensions", provider, "index.js");
  try {
    const entry = (await import(pathToFileURL(entryFile).href)).default;
    const captured = [];
    const api = new Proxy(
      {},
      {
        get: (_target, key) => {
          if (key === "registerProvider") return (p) => captured.push(p);
          if (key === "config" || key === "pluginConfig" || key === "runtime") return {};
          if (key === "logger") return { info() {}, warn() {}, error() {}, debug() {} };
          if (typeof key === "string" && key.startsWith("register")) return () => {};
          return key === "id" ? provider : undefined;
        },
      },
    );
    await entry.register(api);
    found = captured.find((p) => p.id === provider && (p.classifyFailoverReason || p.matchesContextOverflowError));
  } catch {
    found = undefined;
  }
  pluginCache.set(provider, found);
  return found;
}

function readCases() {
  return readdirSync(CASES_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name, path: join(CASES_DIR, name), value: JSON.parse(readFileSync(join(CASES_DIR, name), "utf8")) }));
}

function classifyWith(release, cases) {
  const packageDir = process.env[release.packageVar];
  if (!packageDir) return undefined;
  const node = process.env[release.nodeVar] || process.execPath;
  const input = JSON.stringify(cases.map((c) => ({ text: c.value.text, provider: c.value.provider })));
  const run = spawnSync(node, [fileURLToPath(import.meta.url), "--child", packageDir], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${release.target}: the classifier run failed (exit ${run.status}):\n${run.stderr}`);
  // The classifier may log on stdout before our JSON; the JSON is the last line.
  const last = run.stdout.trim().split("\n").pop();
  return JSON.parse(last);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1]);
  const check = args.includes("--check");
  const cases = readCases();
  let differences = 0;
  let recorded = 0;
  for (const release of RELEASES) {
    const result = classifyWith(release, cases);
    if (result === undefined) {
      process.stderr.write(`skipped ${release.target}: ${release.packageVar} is not set\n`);
      continue;
    }
    recorded++;
    process.stderr.write(`${release.target}: openclaw ${result.version}, ${result.module}, ${cases.length} cases\n`);
    cases.forEach((c, index) => {
      const reason = result.reasons[index];
      const before = c.value.releases?.[release.target]?.reason;
      if (check) {
        const pluginBefore = c.value.releases?.[release.target]?.withProviderPlugin;
        const pluginNow = result.pluginReasons?.[index];
        if (before !== reason || (pluginNow && pluginBefore !== pluginNow.reason)) {
          differences++;
          process.stdout.write(`${c.name} ${release.target}: recorded ${JSON.stringify(before)}, now ${JSON.stringify(reason)}\n`);
        }
        return;
      }
      const withPlugin = result.pluginReasons?.[index];
      c.value.releases = {
        ...(c.value.releases ?? {}),
        [release.target]: { version: result.version, reason, ...(withPlugin ? { withProviderPlugin: withPlugin.reason } : {}) },
      };
    });
  }
  if (check) process.exit(differences > 0 ? 1 : 0);
  if (recorded === 0) process.exit(2);
  for (const c of cases) {
    const { description, provider, text, releases } = c.value;
    writeFileSync(c.path, `${JSON.stringify({ description, provider, text, releases }, null, 2)}\n`);
  }
}

await main();
