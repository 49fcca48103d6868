/**
 * @fileoverview The GitHub Actions reporter: workflow command syntax, the
 * escaping GitHub requires, and the severity → annotation level mapping.
 */
import { describe, expect, it } from "vitest";
import { escapeCommandData, escapeCommandProperty, githubReporter } from "../src/diagnostics/reporters/github.js";
import { createDiagnostic } from "../src/diagnostics/create.js";
import type { Diagnostic, Severity } from "../src/diagnostics/types.js";

/** An unreadable-file diagnostic (its message quotes `reason` as it is), at line 2 of `file`. */
function diagnostic(severity: Severity, { file = "configs/a.json5", reason = "ENOENT" } = {}): Diagnostic {
  const range = { start: { line: 2, column: 3, offset: 10 }, end: { line: 2, column: 9, offset: 16 } };
  return createDiagnostic("parse/unreadable-file", { reason }, { file, path: ["x"], range }, { severity });
}

const HINT = "Check the path and the file's permissions; pass the config file as the first argument.";

const options = { color: false, version: "1.2.3" };

describe("github reporter", () => {
  it("writes one workflow command per diagnostic with every location property", () => {
    const out = githubReporter([{ file: "configs/a.json5", diagnostics: [diagnostic("error")] }], options);
    expect(out.split("\n")[0]).toBe(
      `::error file=configs/a.json5,line=2,col=3,endLine=2,endColumn=9,title=parse/unreadable-file::Cannot read the config file: ENOENT.%0A${HINT}`,
    );
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
      [{ file: "odd, name:1.json5", diagnostics: [diagnostic("warning", { file: "odd, name:1.json5", reason: "50% of\nit, now" })] }],
      options,
    );
    const [line] = out.split("\n");
    expect(line).toBe(
      `::warning file=odd%2C name%3A1.json5,line=2,col=3,endLine=2,endColumn=9,title=parse/unreadable-file::Cannot read the config file: 50%25 of%0Ait, now.%0A${HINT}`,
    );
  });

  it("ends with a plain summary line that is not a workflow command", () => {
    const out = githubReporter(
      [
        { file: "a.json5", diagnostics: [diagnostic("error"), diagnostic("warning")] },
        { file: "b.json5", diagnostics: [] },
      ],
      options,
    );
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("✖ 1 error, 1 warning in 1 of 2 files.");
    expect(lines[2]!.startsWith("::")).toBe(false);
  });
});
