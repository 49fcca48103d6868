/**
 * @fileoverview `compile --dry-run` as a library call (compileAuthState with
 * dryRun) on damaged state: the auth-state.json and auth-profiles.json
 * fixtures mutated, beside a config that is itself a mutated fixture. Nothing
 * throws; every diagnostic has a catalogued code and a position inside the
 * file it names; a dry run writes nothing; what it would write is JSON and a
 * second compile of it changes nothing more.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { compileAuthState } from "../../src/emit/auth-state.js";
import { Redactor } from "../../src/secrets/redact.js";
import { authProfilesPath, authStatePath } from "../../src/state/index.js";
import { expectWellFormed } from "../helpers/diagnostic-invariants.js";
import { fixtureTexts } from "../helpers/fixture-texts.js";
import { assertAsyncProperty } from "../helpers/fuzz.js";
import { mutatedText } from "../helpers/mutate.js";
import { expectNoPollution } from "../helpers/pipeline.js";

const ALL = fixtureTexts();
const STATE_TEXTS = ALL.filter((f) => /auth-state\.json$|fixtures\/state\/.*\.json$/.test(f.file)).map((f) => f.text);
const STORE_TEXTS = ALL.filter((f) => /auth-profiles\.json$/.test(f.file)).map((f) => f.text);
const CONFIG_TEXTS = ALL.filter((f) => /fixtures\/(compile|auth-cli|rules\/auth|valid)\/.*\.json5$/.test(f.file)).map((f) => f.text);

const stateDir = mkdtempSync(join(tmpdir(), "agentcfg-prop-compile-"));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));
const AGENT = "main";
const statePath = authStatePath(stateDir, AGENT);
const storePath = authProfilesPath(stateDir, AGENT);
mkdirSync(join(stateDir, "agents", AGENT, "agent"), { recursive: true });

/** A text as found, or mutated, or absent. */
function maybeMutated(texts: string[]): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.constantFrom(...texts), weight: 2 },
    { arbitrary: fc.constantFrom(...texts).chain(mutatedText), weight: 5 },
  );
}

/** Writes `text` as UTF-8 (a lone surrogate becomes U+FFFD, as in any file) and returns what the file now holds. */
function put(path: string, text: string | undefined): string | undefined {
  rmSync(path, { force: true });
  if (text === undefined) return undefined;
  writeFileSync(path, text);
  return readFileSync(path, "utf8");
}

function hasInlineState(storeText: string | undefined): boolean {
  try {
    const value: unknown = JSON.parse(storeText ?? "null");
    return value !== null && typeof value === "object" && ["order", "lastGood", "usageStats"].some((k) => k in value);
  } catch {
    return false;
  }
}

describe("compile --dry-run on damaged state", () => {
  it("the corpus is there", () => {
    expect([STATE_TEXTS.length, STORE_TEXTS.length, CONFIG_TEXTS.length].every((n) => n > 0)).toBe(true);
  });

  it("settles when cleaning resolves a provider collision (regression: found by npm run fuzz)", async () => {
    put(statePath, JSON.stringify({ version: 1, order: { kimi: ["kimi:default"], "kimi-code": ["kimi:backup", "kimi:default"] } }));
    put(storePath, undefined);
    const config = { auth: { profiles: { "kimi:backup": { provider: "kimi", mode: "api_key" } } } };
    const first = await compileAuthState({ config, agentId: AGENT, stateDir, now: 0, dryRun: true });
    expect(first.outcome).toBe("written");
    expect(JSON.parse(first.after!)).toEqual({ version: 1, order: { kimi: ["kimi:backup"] } });
    put(statePath, first.after);
    expect((await compileAuthState({ config, agentId: AGENT, stateDir, now: 0, dryRun: true })).outcome).toBe("unchanged");
  });

  it("never throws, reports well-formed diagnostics, writes nothing, and settles", { timeout: 120_000 }, async () => {
    const now = fc.constantFrom(0, 1_776_000_000_000, 8.64e15, Number.MAX_SAFE_INTEGER);
    await assertAsyncProperty(
      "mutated state: compileAuthState dry run",
      1500,
      [maybeMutated(STATE_TEXTS), maybeMutated(STORE_TEXTS), maybeMutated(CONFIG_TEXTS), now],
      async (stateText, storeText, configText, instant) => {
        const stateOnDisk = put(statePath, stateText);
        const storeOnDisk = put(storePath, storeText);
        const config = configText === undefined ? undefined : check(configText, { path: "openclaw.json5", env: {} }).source?.value;
        const redactor = new Redactor();
        const result = await compileAuthState({ config, agentId: AGENT, stateDir, now: instant, dryRun: true, redactor });
        const texts = new Map<string, string>();
        if (stateOnDisk !== undefined) texts.set(statePath, stateOnDisk);
        if (storeOnDisk !== undefined) texts.set(storePath, storeOnDisk);
        expectWellFormed(result.diagnostics, texts);
        // A dry run leaves both files byte for byte as they were, and no lock or temp file behind.
        expect(existsSync(statePath) ? readFileSync(statePath, "utf8") : undefined).toBe(stateOnDisk);
        expect(existsSync(storePath) ? readFileSync(storePath, "utf8") : undefined).toBe(storeOnDisk);
        expect(readdirSync(join(stateDir, "agents", AGENT, "agent")).filter((n) => !/^auth-(state|profiles)\.json$/.test(n))).toEqual([]);
        if (result.outcome === "written" && result.after !== undefined) {
          JSON.parse(result.after);
        }
        // What compile would write is its own fixpoint — except beside an old store that still holds
        // inline routing state: compile leaves that store alone, so an override compile drops (every id
        // unknown) lets the store's inline one through on the next run. `migrate --state-dir` moves it out.
        if (result.outcome === "written" && result.after !== undefined && !hasInlineState(storeOnDisk)) {
          put(statePath, result.after);
          const again = await compileAuthState({ config, agentId: AGENT, stateDir, now: instant, dryRun: true });
          expect(again.outcome).toBe("unchanged");
        }
        expectNoPollution();
      },
    );
  });
});
