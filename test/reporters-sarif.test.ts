/**
 * @fileoverview The SARIF reporter: its output validates against the official
 * SARIF 2.1.0 JSON Schema (test/schemas/, see its README), and carries rules,
 * regions, related locations and fixes as SARIF viewers expect them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/diagnostics/catalogue.js";
import { artifactUri, diagnosticAnchor, sarifReporter } from "../src/diagnostics/reporters/sarif.js";
import type { Diagnostic } from "../src/diagnostics/types.js";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, "test", "schemas", "sarif-schema-2.1.0.json"), "utf8"));
  // A draft-04 schema: its `id` is draft-07's `$id` (see test/schemas/README.md).
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = sarifValidator();
const sarifOf = (args: string[]) => JSON.parse(runCli(["check", ...args, "--format", "sarif"]).stdout);

const range = (line: number, column: number, offset: number, length: number) => ({
  start: { line, column, offset },
  end: { line, column: column + length, offset: offset + length },
});

describe("sarif reporter", () => {
  it("validates against the official SARIF 2.1.0 schema (the golden inputs)", () => {
    const log = sarifOf(["fixtures/reporters/inputs"]);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(3);
  });

  it("validates for every invalid fixture, and for a clean run", () => {
    for (const args of [["fixtures/invalid"], ["examples/two-kimi-keys.json5"]]) {
      const log = sarifOf(args);
      expect(validate(log), `${args}: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
    }
  });

  it("the schema really rejects a broken log (the validation can fail)", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    const log = sarifOf(["fixtures/reporters/inputs"]);
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it("has one rule per code reported, documented from the catalogue, with a help link to its anchor", () => {
    const log = sarifOf(["fixtures/reporters/inputs"]);
    const run = log.runs[0];
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; helpUri: string; help: { text: string } }[];
    const codes = [...new Set(run.results.map((r: { ruleId: string }) => r.ruleId))].sort();
    expect(rules.map((r) => r.id)).toEqual(codes);
    const docs = readFileSync(join(ROOT, "docs", "diagnostics.md"), "utf8");
    for (const rule of rules) {
      expect(rule.shortDescription.text).toBe(catalogue[rule.id as keyof typeof catalogue].doc);
      expect(rule.helpUri).toMatch(new RegExp(`/docs/diagnostics\\.md#${diagnosticAnchor(rule.id)}$`));
      expect(docs).toContain(`id="${diagnosticAnchor(rule.id)}"`);
      expect(rule.help.text).toContain(rule.shortDescription.text);
    }
    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it("maps a diagnostic to a result with its 1-based region, related location and fix", () => {
    const d: Diagnostic = {
      code: "schema/unknown-key",
      severity: "warning",
      data: { key: "fallback", where: "agents.defaults.model", suggestion: "fallbacks", known: ["primary", "fallbacks"] },
      file: "configs/my agent.json5",
      path: ["agents", "defaults", "model", "fallback"],
      range: range(6, 9, 76, 8),
      fix: { description: "Rename", edits: [{ range: range(6, 9, 76, 8), newText: "fallbacks" }] },
      related: [{ file: "configs/my agent.json5", range: range(2, 3, 5, 4), message: "first defined here" }],
    };
    const log = JSON.parse(sarifReporter([{ file: d.file, diagnostics: [d] }], { color: false, version: "9.9.9" }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [result] = log.runs[0].results;
    expect(result).toMatchObject({
      ruleId: "schema/unknown-key",
      level: "warning",
      message: { text: 'Unknown key "fallback" in agents.defaults.model; did you mean "fallbacks"? Rename it to "fallbacks".' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "configs/my%20agent.json5" },
            region: { startLine: 6, startColumn: 9, endLine: 6, endColumn: 17, charOffset: 76, charLength: 8 },
          },
        },
      ],
      relatedLocations: [{ message: { text: "first defined here" }, physicalLocation: { region: { startLine: 2, startColumn: 3 } } }],
      fixes: [
        {
          description: { text: "Rename" },
          artifactChanges: [
            {
              artifactLocation: { uri: "configs/my%20agent.json5" },
              replacements: [{ deletedRegion: { startLine: 6, startColumn: 9, endColumn: 17 }, insertedContent: { text: "fallbacks" } }],
            },
          ],
        },
      ],
    });
    expect(log.runs[0].tool.driver).toMatchObject({ name: "agentcfg", version: "9.9.9" });
    expect(log.runs[0].columnKind).toBe("utf16CodeUnits");
  });

  it("maps info to note and leaves out fixes a diagnostic does not have", () => {
    const d: Diagnostic = { code: "parse/empty-file", severity: "info", data: {}, file: "a.json5", path: [], range: range(1, 1, 0, 0) };
    const log = JSON.parse(sarifReporter([{ file: "a.json5", diagnostics: [d] }], { color: false, version: "1.0.0" }));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].level).toBe("note");
    expect(log.runs[0].results[0].fixes).toBeUndefined();
  });

  it("absolute paths become file: URIs; relative ones stay relative and percent-encoded", () => {
    expect(artifactUri("/tmp/a b/c.json5")).toBe("file:///tmp/a%20b/c.json5");
    expect(artifactUri("configs/x#1.json5")).toBe("configs/x%231.json5");
  });
});
