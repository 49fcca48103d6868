/**
 * @fileoverview Parity: the committed JSON Schema (compiled with ajv, draft-07,
 * strict) and the Zod schema agree on valid versus invalid for every fixture
 * and for 1,000 generated configs, except where an entry of
 * PARITY_EXCEPTIONS explains the difference; and every exception is seen.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import fc from "fast-check";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { OpenClawConfigSchema } from "../src/schema/config.js";
import { EDITOR_KEYWORDS } from "../src/schema/json-schema.js";
import { PARITY_EXCEPTIONS, type Disagreement } from "../src/schema/parity-exceptions.js";
import { configArbitrary } from "./json-schema-arbitraries.js";
import { CURSOR, SCHEMA_PATH } from "./json-schema-service.js";
import { ROOT } from "./fixture-files.js";

const GENERATED_RUNS = 1000;
const SEED = 20260412;

function compileCommittedSchema(): ValidateFunction {
  // Strict: an unknown keyword (a typo, or a private x- key left behind) fails the compile.
  // allErrors: an exception must explain every error, not only the first.
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
}

const validateWithAjv = compileCommittedSchema();

interface Verdict extends Disagreement {
  name: string;
}

function judge(name: string, value: unknown): Verdict {
  const zod = OpenClawConfigSchema.safeParse(value);
  const ajvValid = validateWithAjv(value) === true;
  return {
    name,
    value,
    zodValid: zod.success,
    ajvValid,
    ajvErrorPaths: ajvValid ? [] : (validateWithAjv.errors ?? []).map((error) => error.instancePath),
  };
}

/** The disagreements no documented exception explains, and which exceptions explained the others. */
function unexplained(verdicts: Verdict[], seen: Set<string>): { name: string; zod: boolean; ajv: boolean; value: string }[] {
  const out: { name: string; zod: boolean; ajv: boolean; value: string }[] = [];
  for (const verdict of verdicts) {
    if (verdict.zodValid === verdict.ajvValid) continue;
    const exception = PARITY_EXCEPTIONS.find((e) => e.explains(verdict));
    if (exception) seen.add(exception.id);
    else out.push({ name: verdict.name, zod: verdict.zodValid, ajv: verdict.ajvValid, value: JSON5.stringify(verdict.value).slice(0, 400) });
  }
  return out;
}

/** Config inputs under fixtures/: every JSON5 file, and the JSON documents of fixtures/editor/. */
function fixtureInputs(): string[] {
  const all = readdirSync(join(ROOT, "fixtures"), { recursive: true }).map(String).sort();
  const isInput = (name: string) =>
    !name.includes(".expected.") && !name.includes(".output.") && (name.endsWith(".json5") || (name.startsWith("editor") && name.endsWith(".json")));
  return all.filter(isInput).map((name) => join("fixtures", name));
}

/**
 * Fixture inputs as values. One that JSON5 cannot parse gives neither
 * validator a value; `check` must then report it as a parse/ problem.
 */
function fixtureValues(): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [];
  for (const file of fixtureInputs()) {
    let text: string;
    try {
      text = readFileSync(join(ROOT, file), "utf8").replace(CURSOR, "");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EISDIR") continue; // a folder named like a config, on purpose
      throw error;
    }
    try {
      out.push({ name: file, value: JSON5.parse(text) });
    } catch {
      const reported = check(text, { path: file }).diagnostics.some((d) => d.code.startsWith("parse/"));
      if (!reported) throw new Error(`${file} does not parse, yet check reports no parse/ problem`);
    }
  }
  return out;
}

let memo: { fixtures: Verdict[]; generated: Verdict[] } | undefined;

/** Both sets of verdicts, computed once for the tests below. */
function verdicts(): { fixtures: Verdict[]; generated: Verdict[] } {
  memo ??= {
    fixtures: fixtureValues().map(({ name, value }) => judge(name, value)),
    generated: fc.sample(configArbitrary, { seed: SEED, numRuns: GENERATED_RUNS }).map((value, i) => judge(`generated #${i}`, value)),
  };
  return memo;
}

describe("JSON Schema and Zod parity", () => {
  it("agree on every fixture under fixtures/", () => {
    const { fixtures } = verdicts();
    expect(fixtures.length).toBeGreaterThan(200);
    expect(unexplained(fixtures, new Set())).toEqual([]);
    // Both kinds are really there: a suite of only valid (or only invalid) inputs proves little.
    expect(fixtures.filter((v) => v.zodValid).length).toBeGreaterThan(20);
    expect(fixtures.filter((v) => !v.zodValid).length).toBeGreaterThan(20);
  });

  it(`agree on ${GENERATED_RUNS} generated configs, valid and near-valid (seed ${SEED})`, () => {
    const { generated } = verdicts();
    expect(generated).toHaveLength(GENERATED_RUNS);
    expect(unexplained(generated, new Set())).toEqual([]);
    const valid = generated.filter((v) => v.zodValid).length;
    expect(valid, "valid configs generated").toBeGreaterThan(GENERATED_RUNS * 0.2);
    expect(GENERATED_RUNS - valid, "invalid configs generated").toBeGreaterThan(GENERATED_RUNS * 0.2);
  });

  it("every documented exception is needed: each explains at least one disagreement seen", () => {
    const seen = new Set<string>();
    const { fixtures, generated } = verdicts();
    unexplained([...fixtures, ...generated], seen);
    expect([...seen].sort()).toEqual(PARITY_EXCEPTIONS.map((e) => e.id).sort());
  });

  it("documents every exception with a summary and a reason", () => {
    for (const exception of PARITY_EXCEPTIONS) {
      expect(exception.summary.length, exception.id).toBeGreaterThan(20);
      expect(exception.reason.length, exception.id).toBeGreaterThan(40);
    }
  });

  it("an exception does not excuse an unrelated disagreement", () => {
    // Even were Zod to accept it, the wrong mode is not under __proto__: the disagreement stays unexplained.
    const value = JSON5.parse('{agents: {defaults: {models: {"__proto__": {alias: 3}}}}, auth: {profiles: {"a:b": {provider: "a", mode: "apikey"}}}}');
    const verdict = judge("mixed", value);
    expect(verdict.ajvValid).toBe(false);
    expect(PARITY_EXCEPTIONS.some((e) => e.explains({ ...verdict, zodValid: true }))).toBe(false);
  });
});
