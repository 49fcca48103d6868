/**
 * @fileoverview The library's config types (`OpenClawConfig`, generated into
 * src/schema/config-types/ by scripts/write-config-types.mjs) are as strict as
 * the schema on the modelled core and cheap for a consumer:
 *
 * - the `@ts-expect-error` lines below are type assertions that `npm run
 *   typecheck` holds: a typo'd key or a wrong type in agents, models, auth or
 *   env does not compile (an unused `@ts-expect-error` is itself an error, so
 *   a type that turned loose again fails the type check);
 * - a consumer package type-checks the published declarations (dist/) with
 *   `skipLibCheck: false`: every config the real OpenClaw accepts compiles as
 *   that release's type, the typos do not, and Zod's declarations are never
 *   loaded (that was most of the 14.5 s; the time itself is measured, not
 *   asserted: see the report in the commit);
 * - the generated files are what the committed editor schemas give.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSON5 from "json5";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { OpenClawConfig, OpenClawConfig2026_4 } from "../src/index.js";
import { ROOT } from "./fixture-files.js";

describe("OpenClawConfig (type assertions, held by npm run typecheck)", () => {
  it("accepts a config users write and refuses typos and wrong types in the modelled core", () => {
    const ok: OpenClawConfig = {
      agents: { defaults: { model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5"] } } },
      auth: { profiles: { "kimi:backup": { provider: "kimi", mode: "api_key" } }, order: { kimi: ["kimi:backup"] } },
      env: { vars: { KIMI_API_KEY: "${KIMI_API_KEY}" } },
      gateway: { port: 18789 },
    };
    // @ts-expect-error -- `fallback` is a typo of `fallbacks`.
    const typo: OpenClawConfig = { agents: { defaults: { model: { fallback: [] } } } };
    // @ts-expect-error -- a model ref is a string.
    const wrongType: OpenClawConfig = { agents: { defaults: { model: { primary: 42 } } } };
    // @ts-expect-error -- "apikey" is not a credential kind.
    const badMode: OpenClawConfig = { auth: { profiles: { "kimi:backup": { provider: "kimi", mode: "apikey" } } } };
    // @ts-expect-error -- an unknown root key.
    const unknownRoot: OpenClawConfig = { agentz: {} };
    // @ts-expect-error -- a retired root key (2026.4's `agent`) is refused, as OpenClaw refuses it.
    const retired: OpenClawConfig = { agent: { model: "kimi/kimi-code" } };
    // @ts-expect-error -- `auth.cooldowns` is 2026.4's, gone from 2026.9.
    const removed: OpenClawConfig = { auth: { cooldowns: { billingBackoffHours: 3 } } };
    const old: OpenClawConfig2026_4 = { auth: { cooldowns: { billingBackoffHours: 3 } } };
    // @ts-expect-error -- 2026.4 has no `agents.entries`.
    const newer: OpenClawConfig2026_4 = { agents: { entries: { main: {} } } };
    expectTypeOf(ok.agents?.defaults?.model).toEqualTypeOf<string | { primary?: string; fallbacks?: string[] } | undefined>();
    expect([ok, typo, wrongType, badMode, unknownRoot, retired, removed, old, newer]).toHaveLength(9);
  });
});

describe("the generated config types", () => {
  it("are what the committed editor schemas give", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "write-config-types.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

/** Every recorded case of fixtures/openclaw-2026.9/ that `release` accepts, parsed. */
function acceptedCases(release: "2026.4" | "2026.9"): { name: string; config: unknown }[] {
  const dir = join(ROOT, "fixtures", "openclaw-2026.9");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".verdicts.json"))
    .sort()
    .flatMap((f) => {
      const verdict = JSON.parse(readFileSync(join(dir, f), "utf8"));
      if (verdict.releases?.[release]?.valid !== true) return [];
      const name = f.replace(/\.verdicts\.json$/, "");
      return [{ name, config: JSON5.parse(readFileSync(join(dir, `${name}.json5`), "utf8")) }];
    });
}

describe("a consumer of the published declarations", () => {
  it("type-checks with skipLibCheck false: every accepted config compiles, the typos do not, Zod is never loaded", () => {
    const cases = { "2026.9": acceptedCases("2026.9"), "2026.4": acceptedCases("2026.4") };
    expect(cases["2026.9"].length).toBeGreaterThan(50);
    expect(cases["2026.4"].length).toBeGreaterThan(50);
    const lines = ['import type { OpenClawConfig, OpenClawConfig2026_4, OpenClawConfig2026_9 } from "agentcfg";'];
    for (const [release, list] of Object.entries(cases)) {
      const type = release === "2026.9" ? "OpenClawConfig2026_9" : "OpenClawConfig2026_4";
      list.forEach(({ name, config }, i) => lines.push(`// ${name}`, `export const c${release.replace(".", "_")}_${i}: ${type} = ${JSON.stringify(config)};`));
    }
    lines.push(
      "// @ts-expect-error -- the issue's typo",
      "export const typo: OpenClawConfig = { agents: { defaults: { model: { fallback: [] } } } };",
      "// @ts-expect-error -- a wrong type",
      "export const wrongType: OpenClawConfig = { agents: { defaults: { model: { primary: 42 } } } };",
      "// @ts-expect-error -- a typo in an agent entry",
      'export const entryTypo: OpenClawConfig = { agents: { entries: { main: { modle: "kimi/kimi-code" } } } };',
      "// @ts-expect-error -- a provider's models are a list",
      'export const providerModels: OpenClawConfig = { models: { providers: { kimi: { baseUrl: "https://x", models: {} } } } };',
    );
    // Inside the package folder, so "agentcfg" resolves to this package (self-reference), as for a user.
    const dir = join(ROOT, ".tmp", `config-types-consumer-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, "consumer.mts"), `${lines.join("\n")}\n`);
      const compilerOptions = {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
      };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.mts"] }));
      const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
      const r = spawnSync(process.execPath, [tsc, "-p", dir, "--listFiles"], { cwd: dir, encoding: "utf8" });
      const output = `${r.stdout}${r.stderr}`.split("\n").filter(Boolean);
      const loaded = output.filter((line) => !/error TS\d+/.test(line));
      expect(output.filter((line) => !loaded.includes(line))).toEqual([]);
      expect(r.status).toBe(0);
      expect(loaded.some((f) => f.endsWith("/dist/index.d.ts"))).toBe(true);
      expect(loaded.filter((f) => /node_modules\/zod\//.test(f))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
