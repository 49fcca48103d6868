/**
 * @fileoverview Damaged fixtures: every input under fixtures/ with tokens
 * deleted, duplicated, swapped or replaced, cut short, or with random
 * characters dropped in, through check, migrate, explain and normalize (the
 * library calls behind `check`, `migrate`, `explain` and `check
 * --print-config`). Nothing may throw; every diagnostic has a catalogued code
 * and a position inside its file; migrate's output parses and is a fixpoint;
 * a valid result normalizes idempotently; no prototype is polluted. Also
 * random bytes through the UTF-8 reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSON5 from "json5";
import { afterAll, describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/document/read.js";
import { expectWellFormed } from "../helpers/diagnostic-invariants.js";
import { fixtureTexts } from "../helpers/fixture-texts.js";
import { assertProperty } from "../helpers/fuzz.js";
import { mutatedBytes, mutatedFixture } from "../helpers/mutate.js";
import { checkText, explainValue, expectNoPollution, migrateText } from "../helpers/pipeline.js";

const FIXTURES = fixtureTexts();
/** A folder whose `self.json5` includes itself, so that a `$include` a mutation drops in has something to find. */
const dir = mkdtempSync(join(tmpdir(), "agentcfg-prop-mut-"));
writeFileSync(join(dir, "self.json5"), '{ $include: "./self.json5" }\n');
const FILE = join(dir, "openclaw.json5");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const session = fc.record(
  {
    agentId: fc.constantFrom("main", "coder", "nope", "__proto__"),
    model: fc.constantFrom("kimi/kimi-code", "moonshot/kimi-k2.5@moonshot:default", "/", "@", "opus", "constructor"),
    pin: fc.constantFrom("kimi:backup", "", "toString"),
  },
  { requiredKeys: [] },
);

describe("mutated fixtures", () => {
  it("the corpus is there", () => {
    expect(FIXTURES.length).toBeGreaterThan(100);
  });

  it("through check, migrate, explain and normalize: no throw, well-formed diagnostics, migrate fixpoint", { timeout: 120_000 }, () => {
    assertProperty("mutated fixtures: check/migrate/explain/normalize", 3000, [mutatedFixture(FIXTURES), session], ({ text }, sessionInput) => {
      const { result } = checkText(text, FILE);
      // check reads text exactly as json5 does: a parse error exactly when json5 refuses it.
      let json5Ok = true;
      try {
        JSON5.parse(text);
      } catch {
        json5Ok = false;
      }
      const parseFailed = result.diagnostics.some((d) => d.code === "parse/syntax-error" || d.code === "parse/empty-file" || d.code === "parse/too-deep");
      if (!json5Ok) expect(parseFailed, "json5 refused the text but check reported no parse error").toBe(true);
      migrateText(text, FILE);
      explainValue(result.source?.value, sessionInput);
      expectNoPollution();
    });
  });

  it("random bytes: the UTF-8 reader either decodes or says where the bad byte is", () => {
    const texts = FIXTURES.filter((f) => f.text.length < 4000);
    const bytes = fc.constantFrom(...texts).chain((f) => mutatedBytes(f.text));
    assertProperty("mutated bytes: UTF-8 reader", 1000, [bytes], (input) => {
      const read = decodeUtf8(input, "bytes.json5");
      if (read.ok) {
        checkText(read.text, FILE);
        return;
      }
      expect(read.diagnostic.code).toBe("parse/invalid-encoding");
      // The position is counted in the valid prefix decoded as text.
      expectWellFormed([read.diagnostic], new Map());
      const prefix = new TextDecoder().decode(input);
      expect(read.diagnostic.range.start.offset).toBeLessThanOrEqual(prefix.length);
    });
  });
});
