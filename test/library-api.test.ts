/**
 * @fileoverview The library as a user imports it (`src/index.ts`): migrate
 * plan and apply on a legacy config, auth order set/get/clear, and compile,
 * on a temporary state folder, asserting on the data each call returns (no
 * CLI, no printing). Also type-checks that `OpenClawConfig` describes a
 * config a user writes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyMigration,
  applySqliteMigration,
  clearAuthOrder,
  compileAgents,
  getAuthOrder,
  loadAgentTarget,
  planExplain,
  planMigration,
  planSqliteMigration,
  readExplainInputs,
  Redactor,
  setAuthOrder,
  type AgentTarget,
  type OpenClawConfig,
  type OpenClawConfig2026_4,
} from "../src/index.js";

const CONFIG: OpenClawConfig2026_4 & OpenClawConfig = {
  agents: { defaults: { model: { primary: "kimi/kimi-code" } } },
  auth: { profiles: { "kimi:default": { provider: "kimi", mode: "api_key" }, "kimi:backup": { provider: "kimi", mode: "api_key" } } },
};
const STORE = {
  version: 1,
  profiles: {
    "kimi:default": { type: "api_key", provider: "kimi", key: "sk-kimi-default-000000000000" },
    "kimi:backup": { type: "api_key", provider: "kimi-coding", key: "sk-kimi-backup-111111111111" },
    "moonshot:main": { type: "api_key", provider: "moonshot", key: "sk-moonshot-2222222222222" },
  },
};

let root: string;
let stateDir: string;
let configPath: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "agentcfg-library-"));
  stateDir = join(root, "state");
  configPath = join(root, "openclaw.json");
  mkdirSync(join(stateDir, "agents", "main", "agent"), { recursive: true });
  writeFileSync(join(stateDir, "agents", "main", "agent", "auth-profiles.json"), JSON.stringify(STORE));
  writeFileSync(configPath, `${JSON.stringify(CONFIG, null, 2)}\n`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function target(): AgentTarget {
  const loaded = loadAgentTarget({ configPath, stateDir });
  if (!loaded.ok) throw new Error(`the agent did not load: ${loaded.problem}`);
  return loaded.target;
}

describe("the library API", () => {
  it("plans a migration without writing, then applies it with a backup", () => {
    const legacy = join(root, "legacy.json5");
    const text = `// mine\n{\n  agent: { model: "kimi/kimi-code" },\n}\n`;
    writeFileSync(legacy, text);
    const planned = planMigration({ file: legacy, mode: "write" });
    expect(planned.readable).toBe(true);
    expect(planned.stopped).toBe(false);
    expect([...new Set(planned.plan.changes.map((c) => c.file))]).toEqual([legacy]);
    expect(planned.plan.changes.length).toBeGreaterThan(0);
    expect(planned.plan.files[0]?.after).toContain("agents");
    expect(planned.plan.files[0]?.after).toContain("// mine");
    expect(readFileSync(legacy, "utf8")).toBe(text);

    const applied = applyMigration(planned);
    expect(applied).toEqual({ ok: true, written: [{ path: legacy, backup: `${legacy}.bak` }] });
    expect(readFileSync(legacy, "utf8")).toBe(planned.plan.files[0]?.after);
    expect(readFileSync(`${legacy}.bak`, "utf8")).toBe(text);
    expect(planMigration({ file: legacy }).plan.changes).toEqual([]);
  });

  it("refuses to apply a stopped plan", () => {
    const missing = join(root, "missing.json");
    const planned = planMigration({ file: missing, mode: "write" });
    expect(planned.readable).toBe(false);
    expect(planned.stopped).toBe(true);
    expect(applyMigration(planned).ok).toBe(false);
  });

  it("plans and applies a state folder's move to SQLite (2026.9), its secrets with the redactor", async () => {
    const planned = planSqliteMigration(stateDir);
    expect(planned.plan.stopped).toBe(false);
    expect(planned.plan.agents.map((a) => [a.agentId, a.action])).toEqual([["main", "migrate"]]);
    expect(planned.redactor.redact("sk-kimi-backup-111111111111")).not.toContain("sk-kimi");
    const applied = await applySqliteMigration(planned);
    expect(applied.ok).toBe(true);
    expect(existsSync(planned.plan.agents[0]!.dbPath)).toBe(true);
    expect(existsSync(join(stateDir, "agents", "main", "agent", "auth-profiles.json.bak"))).toBe(true);
  });

  it("sets, gets and clears an agent's auth order, refusing another provider's profile", async () => {
    expect(getAuthOrder(target(), "kimi")).toEqual({ ok: true, provider: "kimi", order: null });
    // An alias names the same provider; duplicates go.
    expect(await setAuthOrder(target(), "kimi-code", ["kimi:backup", "kimi:default", "kimi:backup"])).toEqual({
      ok: true,
      provider: "kimi",
      order: ["kimi:backup", "kimi:default"],
    });
    expect(getAuthOrder(target(), "kimi")).toEqual({ ok: true, provider: "kimi", order: ["kimi:backup", "kimi:default"] });
    const state = JSON.parse(readFileSync(join(stateDir, "agents", "main", "agent", "auth-state.json"), "utf8"));
    expect(state.order).toEqual({ kimi: ["kimi:backup", "kimi:default"] });

    const refused = await setAuthOrder(target(), "kimi", ["moonshot:main"]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.diagnostics.map((d) => d.code)).toEqual(["auth/order-set-wrong-provider"]);
    // A refusal writes nothing, and no secret is in its diagnostics.
    expect(getAuthOrder(target(), "kimi")).toMatchObject({ order: ["kimi:backup", "kimi:default"] });
    if (!refused.ok) expect(JSON.stringify(refused.diagnostics)).not.toContain("sk-moonshot");

    expect(await clearAuthOrder(target(), "kimi")).toEqual({ ok: true, provider: "kimi", order: null });
  });

  it("compiles the auth-state of every agent, dry run first", async () => {
    await setAuthOrder(target(), "kimi", ["kimi:default", "kimi:default", "kimi:backup"]);
    const statePath = join(stateDir, "agents", "main", "agent", "auth-state.json");
    const before = readFileSync(statePath, "utf8");
    const dry = await compileAgents({ configPath, stateDir, now: Date.UTC(2026, 3, 1), dryRun: true });
    expect(dry.ok).toBe(true);
    if (!dry.ok) return;
    expect(dry.results.map((r) => [r.agentId, r.dryRun])).toEqual([["main", true]]);
    expect(readFileSync(statePath, "utf8")).toBe(before);

    const real = await compileAgents({ configPath, stateDir, now: Date.UTC(2026, 3, 1) });
    expect(real.ok && real.results.map((r) => r.outcome)).toEqual([dry.results[0]!.outcome]);
    expect(JSON.parse(readFileSync(statePath, "utf8")).order).toEqual({ kimi: ["kimi:default", "kimi:backup"] });

    const unknown = await compileAgents({ configPath, stateDir, now: 0, agent: "nobody" });
    expect(unknown).toMatchObject({ ok: false, problem: "unknown-agent", agents: ["main"] });
  });

  it("reads an agent's store for explain, its secrets handed to the redactor", () => {
    const redactor = new Redactor();
    const inputs = readExplainInputs({ stateDir, agentId: "main", redactor });
    expect(inputs.ok).toBe(true);
    if (!inputs.ok) return;
    expect(Object.keys(inputs.store?.profiles ?? {}).sort()).toEqual(["kimi:backup", "kimi:default", "moonshot:main"]);
    expect([inputs.storeExists, inputs.stateExists]).toEqual([true, false]);
    expect(redactor.redact("key sk-moonshot-2222222222222")).not.toContain("sk-moonshot");
  });

  it("plans explain as data: the plan, the files read, and the problems that stop it", () => {
    const redactor = new Redactor();
    const base = {
      configPath,
      checkOptions: { target: "2026.4" as const },
      askedTarget: undefined,
      agent: undefined,
      stateDir,
      sessions: false,
      now: Date.UTC(2026, 3, 1),
      redactor,
    };
    const planned = planExplain(base);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.plan.models[0]?.ref).toBe("kimi/kimi-code");
    expect(planned.read).toMatchObject({ config: configPath, storeExists: true, stateExists: false });
    expect([planned.configErrors, planned.review, planned.sessionsDiagnostics]).toEqual([0, undefined, undefined]);
    expect(redactor.redact("sk-kimi-backup-111111111111")).not.toContain("sk-kimi-backup");

    expect(planExplain({ ...base, statePath: join(root, "missing.json") })).toMatchObject({ ok: false, problem: "no-such-file", flag: "--state" });
    expect(planExplain({ ...base, session: "agent:main:nope" })).toMatchObject({
      ok: false,
      problem: "no-such-session",
      session: "agent:main:nope",
      known: [],
    });
    writeFileSync(configPath, "{ agents: ");
    expect(planExplain(base)).toMatchObject({ ok: false, problem: "config-unreadable", file: configPath });
  });

  it("names a missing config the caller required", () => {
    expect(loadAgentTarget({ configPath: join(root, "nope.json"), configRequired: true, stateDir })).toMatchObject({ ok: false, problem: "config-missing" });
    expect(existsSync(join(root, "nope.json"))).toBe(false);
  });
});
