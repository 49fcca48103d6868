/**
 * @fileoverview Records one scenario (`fixtures/runtime/<release>/<name>/scenario.json`) against the
 * real OpenClaw of a release: sets up the run folder (config, keys, stored order), runs the
 * optional prepare turns (to create sessions), plants the scenario's state (usage stats, pins),
 * snapshots the stores, runs the turns against the fake provider, snapshots again, and writes the
 * recording beside the scenario. See scripts/record-runtime.mjs for the scenario format.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { FAKE_KEY_FOR, summarizeTurns } from "./recording.mjs";
import { PROVIDERS } from "./releases.mjs";
import { runPhase } from "./sandbox-run.mjs";
import { sanitize } from "./sanitize.mjs";

const DEFAULTS = {
  keys: ["kimi:default", "kimi:backup", "moonshot:default"],
  storedOrder: { kimi: ["kimi:default", "kimi:backup"] },
  chain: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5"] },
};

function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** `base` with `over` merged in: objects merge, anything else (arrays too) replaces. */
export function deepMerge(base, over) {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

/** Replaces "now+600s" / "now-2m" / "now" strings by epoch ms relative to `now`. */
export function resolveTimes(value, now) {
  if (typeof value === "string") {
    const m = /^now(?:([+-])(\d+)(ms|s|m|h))?$/.exec(value);
    if (!m) return value;
    if (!m[1]) return now;
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[3]];
    return now + (m[1] === "+" ? 1 : -1) * Number(m[2]) * unit;
  }
  if (Array.isArray(value)) return value.map((v) => resolveTimes(v, now));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveTimes(v, now)]));
  return value;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function writeJson(file, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function turnCommand(turn, i) {
  const args = ["agent", "--local", "--json", "--agent", turn.agent ?? "main", "-m", turn.message ?? `turn ${i + 1}: say hi`, ...(turn.args ?? [])];
  return { name: `turn-${i + 1}`, args };
}

/** Keys and stored order through OpenClaw's own commands, once per key set: later runs copy it. */
async function keysTemplate(ctx, keys, storedOrder) {
  const hash = createHash("sha256")
    .update(JSON.stringify({ keys, storedOrder, base: ctx.release.baseConfig }))
    .digest("hex")
    .slice(0, 12);
  const template = join(ctx.work, "templates", `${ctx.releaseName}-${hash}`);
  if (existsSync(join(template, "template-ok"))) return template;
  rmSync(template, { recursive: true, force: true });
  for (const d of ["state", "home", "tmp"]) mkdirSync(join(template, d), { recursive: true });
  writeJson(join(template, "openclaw.json"), deepMerge(ctx.release.baseConfig, { models: { mode: "merge", providers: PROVIDERS } }));
  const commands = keys.map((label, i) => ({
    name: `key-${i + 1}`,
    args: ["models", "auth", "paste-api-key", "--provider", label.split(":")[0], "--profile-id", label],
    stdin: FAKE_KEY_FOR(label),
  }));
  for (const [provider, order] of Object.entries(storedOrder ?? {})) {
    commands.push({ name: `order-${provider}`, args: ["models", "auth", "order", "set", "--provider", provider, ...order] });
  }
  const phase = await runPhase({ ...ctx, run: template, phase: "setup", commands, script: { replies: {} }, timeoutSeconds: 300 });
  const failed = phase.results.filter((r) => r.exit !== 0);
  if (failed.length > 0) throw new Error(`template setup failed: ${failed.map((r) => `${r.name} exit ${r.exit}: ${r.stderr.slice(-400)}`).join("; ")}`);
  writeFileSync(join(template, "template-ok"), "");
  return template;
}

/** The run folder with config, keys and stored order in place. */
async function setUp(ctx, scenario) {
  const keys = scenario.keys ?? DEFAULTS.keys;
  const storedOrder = scenario.storedOrder === undefined ? DEFAULTS.storedOrder : scenario.storedOrder;
  const chain = scenario.chain ?? DEFAULTS.chain;
  rmSync(ctx.run, { recursive: true, force: true });
  let config;
  if (ctx.release.keysBy === "commands") {
    cpSync(await keysTemplate(ctx, keys, storedOrder), ctx.run, { recursive: true });
    rmSync(join(ctx.run, "setup"), { recursive: true, force: true });
    config = readJson(join(ctx.run, "openclaw.json"));
  } else {
    for (const d of ["state", "home", "tmp"]) mkdirSync(join(ctx.run, d), { recursive: true });
    ctx.release.store.writeKeys(ctx.run, { keys: Object.fromEntries(keys.map((l) => [l, FAKE_KEY_FOR(l)])), storedOrder });
    const profiles = Object.fromEntries(keys.map((l) => [l, { provider: l.split(":")[0], mode: "api_key" }]));
    config = deepMerge(ctx.release.baseConfig, { models: { mode: "merge", providers: PROVIDERS }, auth: { profiles } });
  }
  config = deepMerge(config, { agents: { defaults: { model: chain } } });
  writeJson(join(ctx.run, "openclaw.json"), deepMerge(config, scenario.config ?? {}));
}

/** Plants usage stats and pins; times like "now+600s" are resolved now. */
function plant(ctx, scenario) {
  const spec = resolveTimes(scenario.plant ?? {}, Date.now());
  for (const [agent, usageStats] of Object.entries(spec.usageStats ?? {})) ctx.release.store.plantUsage(ctx.run, agent, usageStats);
  for (const pin of spec.pins ?? []) ctx.release.store.plantPin(ctx.run, pin);
}

/** Records the scenario in `dir`; returns a one-line summary. */
export async function recordScenario(ctx, dir) {
  const scenario = readJson(join(dir, "scenario.json"));
  const timeoutSeconds = scenario.timeoutSeconds ?? 900;
  await setUp(ctx, scenario);
  let prepared;
  if (scenario.prepare) {
    const commands = scenario.prepare.turns.map((t, i) => ({ ...turnCommand(t, i), name: `prepare-${i + 1}` }));
    prepared = await runPhase({ ...ctx, phase: "prepare", commands, script: { replies: scenario.prepare.replies ?? {} }, timeoutSeconds });
    const failed = prepared.results.filter((r) => r.exit !== 0);
    if (failed.length > 0) throw new Error(`prepare turn failed: ${failed.map((r) => `${r.name} exit ${r.exit}`).join(", ")}`);
  }
  plant(ctx, scenario);
  const before = ctx.release.store.snapshot(ctx.run);
  const config = readJson(join(ctx.run, "openclaw.json"));
  const commands = scenario.turns.map(turnCommand);
  const phase = await runPhase({ ...ctx, phase: "record", commands, script: { replies: scenario.replies ?? {} }, timeoutSeconds });
  const after = ctx.release.store.snapshot(ctx.run);
  const recording = summarizeTurns(ctx, scenario, phase, prepared);
  const clean = (v) => sanitize(v, ctx.paths);
  writeJson(join(dir, "config.json"), clean(config));
  writeJson(join(dir, "state-before.json"), clean(before));
  writeJson(join(dir, "state-after.json"), clean(after));
  writeJson(join(dir, "recording.json"), clean(recording));
  return recording.turns
    .map(
      (t) =>
        `turn ${t.turn} exit ${t.exit}: ${
          recording.requests
            .filter((r) => r.turn === t.turn)
            .map((r) => `${r.label}/${r.model}=${r.reply}`)
            .join(" ") || "(no requests)"
        }`,
    )
    .join(" | ");
}
