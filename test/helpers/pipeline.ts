/**
 * @fileoverview Runs one config text through every library entry point a
 * command uses — check (with its normalized config), migrate (twice),
 * explain and its text, normalizeConfig twice — and asserts what must hold for
 * any input: nothing throws, every diagnostic is well formed, migrate's output
 * parses and is a fixpoint, normalizing is idempotent on valid configs, and no
 * prototype was polluted.
 */
import JSON5 from "json5";
import { expect } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import { normalizeConfig } from "../../src/emit/normalize-config.js";
import { migrateConfigText } from "../../src/migrate/run.js";
import { explain, formatExplainPlan } from "../../src/resolve/index.js";
import { expectWellFormed } from "./diagnostic-invariants.js";
import type { TargetId } from "../../src/schema/targets/ids.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

/** Asserts that nothing added a property to Object.prototype or Array.prototype. */
export function expectNoPollution(): void {
  expect(({} as Obj)["polluted"]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => !BUILTIN_OBJECT_KEYS.has(k))).toEqual([]);
  expect(Object.getOwnPropertyNames(Array.prototype).filter((k) => !BUILTIN_ARRAY_KEYS.has(k))).toEqual([]);
}
const BUILTIN_OBJECT_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const BUILTIN_ARRAY_KEYS = new Set(Object.getOwnPropertyNames(Array.prototype));

/** Every file the check read, by the name its diagnostics use. */
export function textsOf(result: CheckResult, file: string, text: string): Map<string, string> {
  const texts = new Map<string, string>([[file, text]]);
  for (const doc of result.source?.documents ?? []) texts.set(doc.file, doc.text);
  if (result.document) texts.set(result.document.file, result.document.text);
  return texts;
}

export interface PipelineOutcome {
  result: CheckResult;
  /** True when check found no error. */
  valid: boolean;
}

/** `check` on `text` named `file`, with all the invariants. */
export function checkText(text: string, file: string, target?: TargetId): PipelineOutcome {
  const result = check(text, { path: file, env: {}, ...(target ? { target } : {}) });
  expectWellFormed(result.diagnostics, textsOf(result, file, text));
  const valid = result.document !== undefined && !result.diagnostics.some((d) => d.severity === "error");
  const normalized = result.config; // the lazily computed normalized config must not throw either
  if (valid && isObj(result.source?.value)) {
    // Idempotent: the normalized config is its own normal form.
    expect(normalizeConfig(normalized)).toEqual(normalized);
  }
  return { result, valid };
}

/** migrate on `text`: never throws; output parses; migrating it again changes nothing. */
export function migrateText(text: string, file: string): void {
  const outcome = migrateConfigText(text, file);
  expectWellFormed(outcome.diagnostics, new Map([[file, outcome.stopped ? text : outcome.after]]));
  if (outcome.stopped) {
    expect(outcome.after).toBe(text);
    return;
  }
  expect(() => JSON5.parse(outcome.after), "migrate wrote text json5 cannot read").not.toThrow();
  const again = migrateConfigText(outcome.after, file);
  expect(again.after, "migrating the output again changed it").toBe(outcome.after);
  expect(again.changes).toEqual([]);
}

/** explain on a config value (with a few session inputs), then its text form. */
export function explainValue(config: unknown, session: { agentId?: string; model?: string; pin?: string } = {}): void {
  const plan = explain({ config: isObj(config) ? (config as Parameters<typeof explain>[0]["config"]) : undefined, now: 1_776_000_000_000, ...session });
  expect(typeof plan.summary).toBe("string");
  expect(typeof formatExplainPlan(plan, { color: false })).toBe("string");
  JSON.stringify(plan);
}
