/**
 * @fileoverview `$include`: the multi-file fixtures (a folder per case,
 * `openclaw.json5` the entry, `openclaw.expected.json` the diagnostics with
 * their file, line and column, and where given the merged value), the loader's
 * source map, and the CLI end to end.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkFile } from "../src/check.js";
import { containsInclude, loadConfigSource, MAX_INCLUDE_DEPTH } from "../src/document/include.js";
import { ROOT, UPDATE, settingsTargetFor } from "./fixture-files.js";
import { runCli } from "./run-cli.js";
import { messageOf } from "./helpers/words.js";

const GROUP = join(ROOT, "fixtures", "include");
const STAGES = /^(parse|include|env|legacy|schema)\//;

interface IncludeExpected {
  /** Check options: `--env-check` and the environment it sees (never the real one). */
  options?: { envCheck?: boolean; env?: Record<string, string> };
  /** Files the test writes before checking, by name and size (too big to commit). */
  generate?: Record<string, number>;
  /** The merged config, as OpenClaw sees it. */
  value?: unknown;
  diagnostics: { file: string; code: string; severity: string; line: number; column: number; message: string }[];
}

const cases = readdirSync(GROUP)
  .filter((name) => existsSync(join(GROUP, name, "openclaw.json5")))
  .sort();

/** The fixtures are checked in a copy, where generated files can be written. */
const copy = mkdtempSync(join(tmpdir(), "agentcfg-include-"));
cpSync(GROUP, join(copy, "include"), { recursive: true });

function runCase(name: string) {
  const expectedPath = join(GROUP, name, "openclaw.expected.json");
  const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as IncludeExpected;
  const dir = join(copy, "include", name);
  for (const [file, size] of Object.entries(expected.generate ?? {})) writeFileSync(join(dir, file), `{ "pad": "${"x".repeat(size - 13)}" }`);
  // The copy sits outside fixtures/, so the folder's target (2026.4) is passed as the CLI would find it.
  const options = {
    envCheck: expected.options?.envCheck ?? false,
    env: expected.options?.env ?? {},
    ...settingsTargetFor(`fixtures/include/${name}/openclaw.json5`),
  };
  const result = checkFile(join(dir, "openclaw.json5"), `fixtures/include/${name}/openclaw.json5`, options);
  // Only the stages before the rules: the rules have fixtures of their own, and this keeps these about $include.
  const actual = result.diagnostics
    .filter((d) => STAGES.test(d.code))
    .map((d) => ({
      file: d.file,
      code: d.code,
      severity: d.severity,
      line: d.range.start.line,
      column: d.range.start.column,
      message: messageOf(d),
    }));
  return { expected, expectedPath, actual, value: result.source?.value };
}

describe("fixtures/include", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(10));
  it.each(cases)("%s", (name) => {
    const { expected, expectedPath, actual, value } = runCase(name);
    if (UPDATE) {
      writeFileSync(expectedPath, `${JSON.stringify({ ...expected, diagnostics: actual }, null, 2)}\n`);
      return;
    }
    expect(actual).toEqual(expected.diagnostics);
    if (expected.value !== undefined) expect(value).toEqual(expected.value);
  });
});

describe("acceptance: $include as OpenClaw follows it", () => {
  const codesOf = (name: string) => runCase(name).actual;

  it("reports a typo in an included file at that file's line and column", () => {
    const found = codesOf("three-files-typo").find((d) => d.code === "schema/unknown-key");
    expect(found).toMatchObject({ file: "fixtures/include/three-files-typo/agents.json5", line: 5, column: 7 });
  });

  it("reports a loop of two files, and a file that includes itself, without hanging", () => {
    expect(codesOf("cycle")).toContainEqual(expect.objectContaining({ code: "include/cycle", file: "fixtures/include/cycle/b.json5", line: 3, column: 23 }));
    expect(codesOf("self-include")).toContainEqual(
      expect.objectContaining({ code: "include/cycle", file: "fixtures/include/self-include/openclaw.json5", line: 2, column: 13 }),
    );
  });

  it(`follows ${MAX_INCLUDE_DEPTH} levels and reports the 11th`, () => {
    expect(codesOf("ten-deep")).toEqual([]);
    const deep = codesOf("too-deep");
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatchObject({ code: "include/too-deep", file: "fixtures/include/too-deep/level-10.json5", line: 2, column: 13 });
  });

  it("deep-merges a list of files in order: later wins, lists concatenate", () => {
    const { value } = runCase("array-merge");
    expect(value).toMatchObject({
      agents: {
        defaults: {
          model: { primary: "anthropic/claude-sonnet-4-6", fallbacks: ["moonshot/kimi-k2-turbo-preview", "openai/gpt-5.4"] },
          models: { "moonshot/kimi-k2.5": { alias: "kimi" }, "anthropic/claude-sonnet-4-6": { alias: "sonnet" } },
        },
        list: [{ id: "main", default: true }, { id: "reviewer" }],
      },
    });
  });

  it("lets keys beside $include override the included values", () => {
    const { value } = runCase("sibling-override");
    expect(value).toEqual({
      agents: {
        defaults: {
          model: { primary: "moonshot/kimi-k2.5", fallbacks: ["moonshot/kimi-k2-turbo-preview"] },
          timeoutSeconds: 600,
          workspace: "~/work",
        },
      },
    });
  });

  it("reports a missing file at the $include value", () => {
    const missing = codesOf("missing-file").filter((d) => d.code === "include/not-found");
    expect(missing.map((d) => [d.file, d.line, d.column])).toEqual([
      ["fixtures/include/missing-file/openclaw.json5", 2, 23],
      ["fixtures/include/missing-file/openclaw.json5", 4, 37],
    ]);
  });
});

describe("the include loader", () => {
  const tmp = mkdtempSync(join(tmpdir(), "agentcfg-loader-"));
  const write = (name: string, text: string) => {
    const path = join(tmp, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    return path;
  };

  it("keeps a config without $include in one document (the cheap path)", () => {
    const entry = write("plain.json5", '{ agents: { defaults: { model: "moonshot/kimi-k2.5" } } }');
    const { source } = loadConfigSource(entry);
    expect(source.documents).toHaveLength(1);
    expect(containsInclude(source.value)).toBe(false);
  });

  it("maps each merged path to the file, and keys to where they were written", () => {
    const entry = write("map/openclaw.json5", '{\n  agents: { $include: "./agents.json5", list: [] },\n}\n');
    write("map/agents.json5", '{\n  defaults: { model: "x/y" },\n}\n');
    const { source, diagnostics } = loadConfigSource(entry, { displayName: (p) => p.slice(tmp.length + 1) });
    expect(diagnostics).toEqual([]);
    expect(source.value).toEqual({ agents: { defaults: { model: "x/y" }, list: [] } });
    expect(source.locate(["agents", "defaults", "model"])).toMatchObject({ file: "map/agents.json5", range: { start: { line: 2, column: 22 } } });
    expect(source.locate(["agents", "list"])).toMatchObject({ file: "map/openclaw.json5", range: { start: { line: 2, column: 47 } } });
    // A path that names something missing falls back to the nearest part that exists, in its file.
    expect(source.locate(["agents", "defaults", "workspace"], "key")).toMatchObject({ file: "map/agents.json5", range: { start: { line: 2, column: 3 } } });
  });

  it("points the key of a wholly included value at the including file", () => {
    const entry = write("key/openclaw.json5", '{ agents: { $include: "./agents.json5" } }');
    write("key/agents.json5", "[1]");
    const { source } = loadConfigSource(entry, { displayName: (p) => p.slice(tmp.length + 1) });
    expect(source.locate(["agents"], "key")).toMatchObject({ file: "key/openclaw.json5", range: { start: { column: 3 } } });
    expect(source.locate(["agents"], "value")).toMatchObject({ file: "key/agents.json5", range: { start: { column: 1 } } });
  });

  it("reports an entry whose include puts a non-object at the root", () => {
    const entry = write("root/openclaw.json5", '{ $include: "./list.json5" }');
    write("root/list.json5", "[]");
    expect(checkFile(entry).diagnostics.map((d) => d.code)).toEqual(["parse/root-not-object"]);
  });

  it("resolves $include in check(text) from the folder of `path`, or the current folder", () => {
    write("text/agents.json5", "{ defaults: { modle: 1 } }");
    const named = check('{ agents: { $include: "./agents.json5" } }', { path: join(tmp, "text", "openclaw.json5") });
    expect(named.diagnostics.map((d) => [d.code, d.file.endsWith("agents.json5")])).toEqual([["schema/unknown-key", true]]);
    const unnamed = check('{ agents: { $include: "./no-such-file.json5" } }');
    expect(unnamed.diagnostics.map((d) => [d.code, d.file])).toEqual([["include/not-found", "<input>"]]);
  });

  it("reads a file included twice once, and reports its problems once", () => {
    const entry = write("twice/openclaw.json5", '{ $include: ["./a.json5", "./a.json5"] }');
    write("twice/a.json5", '{ agents: { list: [{ id: "main", bogus: 1 }] } }');
    const result = checkFile(entry);
    expect(result.source?.documents).toHaveLength(2);
    expect(result.diagnostics.filter((d) => d.code === "schema/unknown-key")).toHaveLength(2);
    expect((result.source?.value as { agents: { list: unknown[] } }).agents.list).toHaveLength(2);
  });
});

describe("agentcfg check with $include (CLI)", () => {
  it("shows the typo in the included file with its own code frame, exit 1", () => {
    const r = runCli(["check", "fixtures/include/three-files-typo/openclaw.json5"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("fixtures/include/three-files-typo/agents.json5:5:7 error schema/unknown-key");
    expect(r.stdout).toMatch(/> +5 │ +fallback: \["moonshot\/kimi-k2-turbo-preview"\],\n +│ +\^{8}\n/);
  });

  it("names the included file in the JSON report", () => {
    const r = runCli(["check", "--format", "json", "fixtures/include/missing-file/openclaw.json5"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { file: string; diagnostics: { code: string }[] }[] };
    const entry = report.files.find((f) => f.file === "fixtures/include/missing-file/openclaw.json5");
    expect(entry?.diagnostics.map((d) => d.code)).toEqual(["include/not-found", "include/not-found"]);
  });

  it("does not hang on a loop", () => {
    const r = runCli(["check", "fixtures/include/self-include/openclaw.json5"], { timeout: 10_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("include/cycle");
  });
});
