/**
 * @fileoverview Generated configs, near-valid over the in-scope sections (the
 * arbitraries of the JSON Schema parity test: typo keys, wrong types, bad
 * enum values, non-finite numbers, "__proto__" map keys, legacy keys), written
 * out as JSON5 in varied styles, through check, normalize, explain and
 * migrate. Nothing throws; every diagnostic has a catalogued code and a
 * position in the file; a valid config normalizes idempotently; migrate's
 * output parses and is a fixpoint; no prototype is polluted.
 */
import fc from "fast-check";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { normalizeConfig } from "../../src/emit/normalize-config.js";
import { assertProperty } from "../helpers/fuzz.js";
import { checkText, explainValue, expectNoPollution, migrateText } from "../helpers/pipeline.js";
import { configArbitrary } from "../json-schema-arbitraries.js";
import { scaled } from "../helpers/test-scale.js";

const FILE = "generated/openclaw.json5";

/** The same value written in several styles: JSON5 or JSON, compact or indented, quotes single or double. */
const style = fc.record({ json5: fc.boolean(), space: fc.constantFrom(0, 2, "\t"), quote: fc.constantFrom("'", '"'), crlf: fc.boolean() });

function render(value: unknown, s: { json5: boolean; space: number | string; quote: string; crlf: boolean }): string {
  const text = s.json5 ? JSON5.stringify(value, { space: s.space, quote: s.quote }) : (JSON.stringify(value, null, s.space) ?? "null");
  return s.crlf ? text.replace(/\n/g, "\r\n") : text;
}

describe("generated configs", () => {
  it("through check, normalize, explain and migrate", { timeout: 120_000 }, () => {
    let valid = 0;
    const cases = assertProperty("generated configs: check/normalize/explain/migrate", scaled(1000, 2500), [configArbitrary, style], (config, s) => {
      const text = render(config, s);
      // The arbitraries are of the 2026.4 schema (the JSON Schema parity test's): judge them by that release.
      const outcome = checkText(text, FILE, "2026.4");
      if (outcome.valid) {
        valid++;
        // Idempotence on the raw value too, not only on check's normalized copy.
        const once = normalizeConfig(outcome.result.source?.value);
        expect(normalizeConfig(once)).toEqual(once);
      }
      explainValue(outcome.result.source?.value);
      migrateText(text, FILE);
      expectNoPollution();
    });
    console.log(`generated configs: ${valid} of ${cases} valid`);
    // Both sides must be exercised, or the idempotence half proves nothing.
    expect(valid).toBeGreaterThan(cases / 10);
    expect(valid).toBeLessThan(cases);
  });
});
