/**
 * @fileoverview A Diagnostic carries its code's data, typed per code, and no
 * words; the words are written from the data at output (wordDiagnostic), and a
 * secret in the data is masked before the catalogue words it, while the
 * diagnostic itself keeps the data as it was.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { check } from "../src/check.js";
import { createDiagnostic } from "../src/diagnostics/create.js";
import { jsonReporter } from "../src/diagnostics/reporters/json.js";
import type { Diagnostic, DiagnosticOf } from "../src/diagnostics/types.js";
import { wordDiagnostic, wordsOf } from "../src/diagnostics/word.js";
import { REDACTED, Redactor } from "../src/secrets/redact.js";

const at = {
  file: "openclaw.json5",
  path: ["agents", "defaults", "model", "fallback"],
  range: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 15, offset: 30 } },
};
/** Looks like an OpenAI project key, so a redactor that knows no value still masks it. */
const SECRET_KEY = "sk-proj-Abcdefghijklmnopqrstuvwxyz0123456789";

describe("a diagnostic's data", () => {
  it("is kept as given, typed by its code, and there is no message or hint field", () => {
    const data = { key: "fallback", where: "agents.defaults.model", suggestion: "fallbacks", known: ["primary", "fallbacks"] };
    const d = createDiagnostic("schema/unknown-key", data, at);
    expect(d.data).toEqual(data);
    expect(Object.keys(d)).toEqual(["code", "severity", "data", "file", "path", "range"]);
    expectTypeOf(d.data.suggestion).toEqualTypeOf<string | undefined>();
    const any = d as Diagnostic;
    // Checking the code narrows the data to that code's.
    if (any.code === "parse/too-deep") expectTypeOf(any.data).toEqualTypeOf<{ limit: number }>();
    expectTypeOf<DiagnosticOf<"parse/duplicate-key">["data"]>().toEqualTypeOf<{ key: string }>();
  });

  it("is worded from the data, the same way wherever it is printed", () => {
    const d = createDiagnostic("schema/unknown-key", { key: "fallback", where: "agents.defaults.model", suggestion: "fallbacks", known: [] }, at);
    const words = { message: 'Unknown key "fallback" in agents.defaults.model; did you mean "fallbacks"?', hint: 'Rename it to "fallbacks".' };
    expect(wordsOf(d.code, d.data)).toEqual(words);
    expect(wordDiagnostic(d)).toEqual({
      code: d.code,
      severity: "error",
      message: words.message,
      file: at.file,
      path: at.path,
      range: at.range,
      hint: words.hint,
    });
    const json = JSON.parse(jsonReporter([{ file: at.file, diagnostics: [d] }], { color: false, version: "0.0.0" }));
    expect(json.files[0].diagnostics).toEqual([
      { code: d.code, severity: "error", message: words.message, file: at.file, path: at.path, range: at.range, hint: words.hint },
    ]);
  });

  it("of a broken OpenClaw constraint holds its keywords; the catalogue words them", () => {
    expect(wordsOf("schema/invalid-format", { where: "channels.telegram", constraint: "minProperties" }).message).toBe(
      "Invalid value at channels.telegram; expected a value that satisfies OpenClaw's minProperties constraint.",
    );
  });

  it("keeps a huge string as its length alone, so no message quotes 10 MB", () => {
    const d = createDiagnostic("parse/duplicate-key", { key: "x".repeat(5000) }, at);
    expect(d.data.key).toBe("‹5000 characters›");
    expect(wordDiagnostic(d).message).toBe('Duplicate key "‹5000 characters›"; only the last value is used.');
  });
});

describe("masking happens on the data, before the words", () => {
  it("an unknown key that is a secret prints masked, and the diagnostic keeps the key", () => {
    const result = check(`{ "${SECRET_KEY}": 1 }`, { path: "openclaw.json5" });
    const d = result.diagnostics.find((x) => x.code === "schema/unknown-key");
    if (d?.code !== "schema/unknown-key") throw new Error(`no unknown-key diagnostic: ${result.diagnostics.map((x) => x.code).join(", ")}`);
    expect(d.data.key).toBe(SECRET_KEY);
    const worded = wordDiagnostic(d, new Redactor());
    expect(worded.message).not.toContain(SECRET_KEY);
    // The words are the catalogue's for the masked data: the key was masked before it was quoted.
    expect(worded.message).toBe(wordsOf(d.code, { ...d.data, key: REDACTED }).message);
    expect(`${wordDiagnostic(d).message} ${wordDiagnostic(d).hint}`).not.toContain("sk-proj-");
    // The path holds the key too: the reporter's last pass over its whole output masks it there.
    expect(jsonReporter([{ file: d.file, diagnostics: [d] }], { color: false, version: "0.0.0" })).not.toContain("sk-proj-");
  });

  it("a known secret is masked in the data even where the words would escape it", () => {
    // JSON-quoting doubles the backslash; masked in the data, the words never hold the secret in either form.
    const secret = "hunter2\\with-a-backslash";
    const redactor = new Redactor();
    redactor.add(secret);
    const seen: string[] = [];
    const spy = Object.assign(Object.create(redactor) as Redactor, {
      redact: (text: string) => (seen.push(text), redactor.redact(text)),
    });
    const d = createDiagnostic("parse/duplicate-key", { key: secret }, at);
    const worded = wordDiagnostic(d, spy);
    expect(seen[0]).toBe(secret);
    expect(worded.message).toBe(`Duplicate key "${REDACTED}"; only the last value is used.`);
    expect(d.data.key).toBe(secret);
  });

  it("fix and related notes are masked too; the language server keeps a fix's new text", () => {
    const redactor = new Redactor();
    redactor.add("s3cret-value-123");
    const d = createDiagnostic("parse/duplicate-key", { key: "a" }, at, {
      fix: { description: "Replace s3cret-value-123", edits: [{ range: at.range, newText: "s3cret-value-123" }] },
      related: [{ file: at.file, range: at.range, message: "s3cret-value-123 first defined here" }],
    });
    const worded = wordDiagnostic(d, redactor);
    expect(worded.fix).toEqual({ description: `Replace ${REDACTED}`, edits: [{ range: at.range, newText: REDACTED }] });
    expect(worded.related?.[0]?.message).toBe(`${REDACTED} first defined here`);
    expect(wordDiagnostic(d, redactor, { maskEdits: false }).fix?.edits[0]?.newText).toBe("s3cret-value-123");
  });
});
