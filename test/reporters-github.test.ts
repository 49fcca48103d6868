/**
 * @fileoverview The GitHub Actions reporter: workflow command syntax, the
 * escaping GitHub requires, and the severity → annotation level mapping.
 */
import { describe, expect, it } from "vitest";
import { escapeCommandData, escapeCommandProperty, githubReporter } from "../src/diagnostics/reporters/github.js";
import type { Diagnostic, Severity } from "../src/diagnostics/types.js";

function diagnostic(severity: Severity, overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    code: "schema/unknown-key",
    severity,
    message: "Unknown key.",
    file: "configs/a.json5",
    path: ["x"],
    range: { start: { line: 2, column: 3, offset: 10 }, end: { line: 2, column: 9, offset: 16 } },
    ...overrides,
  };
}

const options = { color: false, version: "1.2.3" };

describe("github reporter", () => {
  it("writes one workflow command per diagnostic with every location property", () => {
    const out = githubReporter([{ file: "configs/a.json5", diagnostics: [diagnostic("error")] }], options);
    expect(out.split("\n")[0]).toBe("::error file=configs/a.json5,line=2,col=3,endLine=2,endColumn=9,title=schema/unknown-key::Unknown key.");
  });

  it.each([
    ["error", "::error "],
    ["warning", "::warning "],
    ["info", "::notice "],
  ] as const)("%s becomes %s", (severity, prefix) => {
    const out = githubReporter([{ file: "a.json5", diagnostics: [diagnostic(severity)] }], options);
    expect(out.startsWith(prefix)).toBe(true);
  });

  it("escapes %, CR and LF in the message, and also : and , in properties", () => {
    expect(escapeCommandData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeCommandData("%0A")).toBe("%250A");
    expect(escapeCommandProperty("C:\\a,b:c%\n")).toBe("C%3A\\a%2Cb%3Ac%25%0A");
    const out = githubReporter(
      [{ file: "odd, name:1.json5", diagnostics: [diagnostic("warning", { file: "odd, name:1.json5", message: "50% of\nit", hint: "do: this, now" })] }],
      options,
    );
    const [line] = out.split("\n");
    expect(line).toBe("::warning file=odd%2C name%3A1.json5,line=2,col=3,endLine=2,endColumn=9,title=schema/unknown-key::50%25 of%0Ait%0Ado: this, now");
  });

  it("ends with a plain summary line that is not a workflow command", () => {
    const out = githubReporter([{ file: "a.json5", diagnostics: [diagnostic("error"), diagnostic("warning")] }, { file: "b.json5", diagnostics: [] }], options);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("✖ 1 error, 1 warning in 1 of 2 files.");
    expect(lines[2]!.startsWith("::")).toBe(false);
  });
});
