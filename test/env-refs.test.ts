/**
 * @fileoverview `${VAR}` references: which ones OpenClaw substitutes, which it
 * leaves as written, `$${VAR}` escapes, and the `--env-check` warnings.
 */
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { checkEnvReferences, configProvidedVariables, findEnvReferences, scanEnvTemplate } from "../src/document/env-refs.js";
import { parseDocument } from "../src/document/parse.js";
import { singleDocumentSource } from "../src/document/source.js";
import { messageOf, hintOf } from "./helpers/words.js";

describe("scanEnvTemplate", () => {
  it.each<[string, [string, string][]]>([
    ["plain text", []],
    ["${API_KEY}", [["reference", "API_KEY"]]],
    ["Bearer ${TOKEN}", [["reference", "TOKEN"]]],
    [
      "${_PRIVATE}${V2}",
      [
        ["reference", "_PRIVATE"],
        ["reference", "V2"],
      ],
    ],
    ["$${LITERAL}", [["escaped", "LITERAL"]]],
    [
      "$${LITERAL} and ${REAL}",
      [
        ["escaped", "LITERAL"],
        ["reference", "REAL"],
      ],
    ],
    ["${lower}", [["invalid", "lower"]]],
    ["${Mixed_Case}", [["invalid", "Mixed_Case"]]],
    ["${VAR:-default}", [["invalid", "VAR:-default"]]],
    ["${ SPACED }", [["invalid", " SPACED "]]],
    ["${1ABC}", []],
    ["${}", []],
    ["${UNCLOSED", []],
    ["$VAR", []],
    ["$$${lower}", []],
    // The inner reference is still substituted; the outer braces hold a brace, so nobody meant a name there.
    ["${a${INNER}}", [["reference", "INNER"]]],
    ["cost: $5 {x}", []],
  ])("%s", (text, expected) => {
    expect(scanEnvTemplate(text).map((t) => [t.kind, t.name])).toEqual(expected);
  });

  it("gives each token's offsets in the string", () => {
    const [token] = scanEnvTemplate("key=${API_KEY};");
    expect(token).toMatchObject({ raw: "${API_KEY}", start: 4, end: 14 });
  });
});

describe("findEnvReferences", () => {
  it("finds references in every string value, with their paths, but not escapes or keys", () => {
    const value = {
      models: { providers: { moonshot: { apiKey: "${MOONSHOT_API_KEY}", headers: { "${NOT_A_VALUE}": "x-${TEAM}" } } } },
      list: ["${FIRST}", 3, true, null, "$${ESCAPED}"],
    };
    expect(findEnvReferences(value).map((r) => [r.path.join("."), r.name, r.raw])).toEqual([
      ["models.providers.moonshot.apiKey", "MOONSHOT_API_KEY", "${MOONSHOT_API_KEY}"],
      ["models.providers.moonshot.headers.${NOT_A_VALUE}", "TEAM", "${TEAM}"],
      ["list.0", "FIRST", "${FIRST}"],
    ]);
  });
});

describe("configProvidedVariables", () => {
  it("takes env.vars and inline env entries, but not shellEnv, empty values or values that are references", () => {
    const provided = configProvidedVariables({
      env: { shellEnv: { enabled: true }, vars: { FROM_VARS: "a", EMPTY_VAR: "" }, INLINE: "b", CHAINED: "${INLINE}", BLANK: "" },
    });
    expect([...provided].sort()).toEqual(["FROM_VARS", "INLINE"]);
  });
});

function envDiagnostics(text: string, env: Record<string, string | undefined>, envCheck: boolean) {
  const doc = parseDocument(text, "cfg.json5");
  return checkEnvReferences(singleDocumentSource(doc), env, { envCheck }).map((d) => ({
    code: d.code,
    line: d.range.start.line,
    column: d.range.start.column,
    width: d.range.end.offset - d.range.start.offset,
    message: messageOf(d),
  }));
}

describe("checkEnvReferences", () => {
  const text = [
    "{",
    '  env: { SET_IN_CONFIG: "yes" },',
    '  a: "${SET_HERE} ${UNSET_HERE}",',
    '  b: "${EMPTY_HERE}${SET_IN_CONFIG}",',
    '  c: "${lower_case}",',
    "  d: 'esc\\u0061ped ${UNSET_HERE}',",
    "}",
  ].join("\n");
  const env = { SET_HERE: "s3cr3t-value-never-shown", EMPTY_HERE: "" };

  it("without --env-check reports only references OpenClaw will not substitute", () => {
    expect(envDiagnostics(text, env, false)).toEqual([
      { code: "env/invalid-reference", line: 5, column: 7, width: 13, message: expect.stringContaining('"${lower_case}" is not substituted') },
    ]);
  });

  it("with --env-check also reports unset and empty variables, at the reference itself", () => {
    const found = envDiagnostics(text, env, true);
    expect(found.map((d) => [d.code, d.line, d.column, d.width])).toEqual([
      ["env/unset-variable", 3, 19, 13],
      ["env/unset-variable", 4, 7, 13],
      ["env/invalid-reference", 5, 7, 13],
      // An escape sequence in the string: offsets in the value are not offsets in the text, so the whole string.
      ["env/unset-variable", 6, 6, 28],
    ]);
    expect(found[1]!.message).toContain("an empty environment variable");
  });

  it("never prints a variable's value", () => {
    const all = envDiagnostics('{ a: "${SET_HERE}", b: "${UNSET}" }', env, true);
    expect(all).toHaveLength(1);
    expect(JSON.stringify(all)).not.toContain("s3cr3t");
  });

  it("suggests the upper-case name for ${lower} and ${VAR:-default}", () => {
    const doc = parseDocument('{ a: "${api_key}", b: "${TZ:-UTC}", c: "${ x.y }" }', "cfg.json5");
    const hints = checkEnvReferences(singleDocumentSource(doc), {}).map((d) => hintOf(d));
    expect(hints[0]).toContain("${API_KEY}");
    expect(hints[1]).toContain("${TZ}");
    expect(hints[2]).toContain("name it in upper case");
  });
});

describe("check with envCheck", () => {
  it("runs as part of check(), and only warns", () => {
    const result = check('{ models: { providers: { moonshot: { baseUrl: "https://api.moonshot.ai/v1", apiKey: "${NO_SUCH_VAR_FOR_TEST}", models: [] } } } }', {
      envCheck: true,
      env: {},
    });
    const env = result.diagnostics.filter((d) => d.code.startsWith("env/"));
    expect(env.map((d) => [d.code, d.severity])).toEqual([["env/unset-variable", "warning"]]);
  });

  it("is off by default", () => {
    const result = check('{ models: { providers: { moonshot: { baseUrl: "https://x", apiKey: "${NO_SUCH_VAR_FOR_TEST}", models: [] } } } }', { env: {} });
    expect(result.diagnostics.filter((d) => d.code.startsWith("env/"))).toEqual([]);
  });
});
