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
import { OpenClawConfigSchema } from "../src/schema/config.js";
import { EDITOR_KEYWORDS } from "../src/schema/json-schema.js";
import { PARITY_EXCEPTIONS, type Disagreement } from "../src/schema/parity-exceptions.js";
import { configArbitrary } from "./json-schema-arbitraries.js";
import { CURSOR, SCHEMA_PATH } from "./json-schema-service.js";
import { fixtureCases, ROOT } from "./fixture-files.js";

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

/** Fixture inputs as values; the ones that do not parse must be the ones whose expected diagnostics say so. */
function fixtureValues(): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [];
  for (const group of ["valid", "invalid", "openclaw-cases", "cli"]) {
    for (const fixture of fixtureCases(group)) {
      let text: string;
      try {
        text = readFileSync(fixture.input, "utf8");
      } catch {
        continue; // e.g. a fixture that is a folder on purpose
      }
      try {
        out.push({ name: fixture.file, value: JSON5.parse(text) });
      } catch {
        const parseError = fixture.expected.diagnostics.some((d) => d.code.startsWith("parse/"));
        if (!parseError) throw new Error(`${fixture.file} does not parse, but its expected file reports no parse/ diagnostic`);
      }
    }
  }
  const editorDir = join(ROOT, "fixtures", "editor");
  for (const name of readdirSync(editorDir).filter((n) => n.endsWith(".json") || n.endsWith(".json5")).sort()) {
    const text = readFileSync(join(editorDir, name), "utf8").replace(CURSOR, "");
    try {
      out.push({ name: `fixtures/editor/${name}`, value: JSON5.parse(text) });
    } catch {
      // A cursor document may stop mid-value (`"mode": |`): it is there for completion, not for parity.
      if (!name.startsWith("cursor-")) throw new Error(`fixtures/editor/${name} does not parse`);
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
    expect(fixtures.length).toBeGreaterThan(100);
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
