/**
 * @fileoverview What ships and how it is used from outside: the npm package's
 * file list, the library entry point (`import … from "agentcfg"`), the
 * README's typed example, the GitHub Action's command line and the pre-commit
 * hook's entry.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { CLI } from "./run-cli.js";

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", ...options.env }, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the npm package", () => {
  const packed = run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"]);
  const files: string[] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[")))[0].files.map((f: { path: string }) => f.path);

  it("contains the built code, the CLI, the schema, the docs, README and LICENSE", () => {
    for (const file of [
      "package.json",
      "README.md",
      "LICENSE",
      "bin/agentcfg.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli/main.js",
      "docs/diagnostics.md",
    ]) {
      expect(files).toContain(file);
    }
    expect(files).toContainEqual(expect.stringMatching(/^dist\/diagnostics\/reporters\/sarif\.js$/));
    const schemas = readdirSync(join(ROOT, "schemas")).map((f) => `schemas/${f}`);
    expect(schemas.length).toBeGreaterThan(0);
    for (const schema of schemas) expect(files).toContain(schema);
  });

  it("contains no tests, fixtures, sources, benchmarks, scripts, editor extension or the CLI's declarations", () => {
    const unwanted = files.filter(
      (f) =>
        /^(test|fixtures|src|bench|scripts|examples|editors|\.ci|\.github)\//.test(f) || /\.test\.|\.tsbuildinfo$/.test(f) || /^dist\/cli\/.*\.d\.ts$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it("ships each editor schema once: no two files in schemas/ alike, the old name a reference", () => {
    const schemaFiles = files.filter((f) => f.startsWith("schemas/"));
    const texts = schemaFiles.map((f) => readFileSync(join(ROOT, f), "utf8"));
    expect(new Set(texts).size).toBe(texts.length);
    const full = texts.filter((text) => text.length > 100_000);
    expect(full).toHaveLength(readdirSync(join(ROOT, "schemas")).filter((f) => /^openclaw-\d{4}\.\d+\.schema\.json$/.test(f)).length);
  });

  it("has no script npm would run at a consumer's install or print into `npm pack`'s stdout", () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    const atInstallOrPack = ["preinstall", "install", "postinstall", "prepare", "preprepare", "postprepare", "prepack", "postpack"];
    expect(atInstallOrPack.filter((name) => scripts[name] !== undefined)).toEqual([]);
  });

  it("has its entry points where package.json says", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(files).toContain(pkg.main);
    expect(files).toContain(pkg.types);
    expect(files).toContain(pkg.bin.agentcfg);
    expect(files).toContain(pkg.exports["."].import.replace(/^\.\//, ""));
  });
});

describe("the library API", () => {
  it('`import { check } from "agentcfg"` resolves through package.json exports and works', () => {
    const script = `
      import { check, checkFile, REPORTERS, REPORTER_NAMES } from "agentcfg";
      const r = check('{ agents: { defaults: { model: { fallback: [] } } } }', { path: "x.json5" });
      const file = checkFile("examples/two-kimi-keys.json5");
      console.log(JSON.stringify({ codes: r.diagnostics.map((d) => d.code), clean: file.diagnostics.filter((d) => d.severity === "error").length, reporters: REPORTER_NAMES, sarif: JSON.parse(REPORTERS.sarif([{ file: r.file, diagnostics: r.diagnostics }], { color: false, version: "1.0.0" })).version }));
    `;
    const r = run(process.execPath, ["--input-type=module", "-e", script]);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.codes).toContain("schema/unknown-key");
    expect(out.clean).toBe(0);
    expect(out.reporters).toEqual(["pretty", "json", "github", "sarif"]);
    expect(out.sarif).toBe("2.1.0");
  });

  it("the README's typed example type-checks against the published types", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Library API"));
    const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('from "agentcfg"');
    // Inside the package folder, so "agentcfg" resolves to this package (self-reference), as for a user.
    const dir = join(ROOT, ".tmp", `readme-example-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, "example.mts"), example!);
      const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
      const args = [
        "--noEmit",
        "--strict",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--target",
        "es2022",
        "--types",
        "node",
        "--skipLibCheck",
        join(dir, "example.mts"),
      ];
      const r = run(process.execPath, [tsc, ...args]);
      expect(r.stdout + r.stderr).toBe("");
      expect(r.status).toBe(0);
      // The check can fail: a wrong type in the example is an error.
      writeFileSync(join(dir, "example.mts"), example!.replace("const errors: Diagnostic[]", "const errors: number"));
      expect(run(process.execPath, [tsc, ...args]).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The `run:` script and `env:` of the action's step with this id, read from action.yml's block scalars. */
function actionStep(id: string): { script: string; env: Record<string, string> } {
  const lines = readFileSync(join(ROOT, "action.yml"), "utf8").split("\n");
  const start = lines.findIndex((l) => l.trim() === `id: ${id}`);
  expect(start).toBeGreaterThan(0);
  const env: Record<string, string> = {};
  let script = "";
  for (let i = start + 1; i < lines.length && !/^\s+- name:/.test(lines[i]!); i++) {
    const line = lines[i]!;
    const input = /^\s+([A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}$/.exec(line);
    if (input) env[input[1]!] = input[2]!;
    if (line.trim() === "run: |") {
      const indent = lines[i + 1]!.length - lines[i + 1]!.trimStart().length;
      for (i++; i < lines.length && (lines[i]!.trim() === "" || lines[i]!.length - lines[i]!.trimStart().length >= indent); i++)
        script += `${lines[i]!.slice(indent)}\n`;
      break;
    }
  }
  return { script, env };
}

describe("the GitHub Action", () => {
  const runner = mkdtempSync(join(tmpdir(), "agentcfg-action-runner-"));
  const outputs = join(runner, "github-output");
  let installed: ReturnType<typeof run> | undefined;
  let bin = "";

  /** The install step as the runner runs it (bash -eo pipefail), once: it packs this checkout and installs the tarball. */
  beforeAll(() => {
    writeFileSync(outputs, "");
    const env = { GITHUB_ACTION_PATH: ROOT, RUNNER_TEMP: runner, GITHUB_OUTPUT: outputs };
    installed = run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", actionStep("install").script], { env });
    bin = /^bin=(.*)$/m.exec(readFileSync(outputs, "utf8"))?.[1] ?? "";
  }, 120_000);
  afterAll(() => rmSync(runner, { recursive: true, force: true }));

  /** Runs the check step as the runner does, with the inputs' defaults overridden and the install step's output. */
  function runAction(inputs: Record<string, string>) {
    const check = actionStep("check");
    const env: NodeJS.ProcessEnv = { GITHUB_ACTION_PATH: ROOT, AGENTCFG_BIN: bin };
    for (const [variable, input] of Object.entries(check.env)) env[variable] = inputs[input] ?? "";
    return run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", check.script], { env });
  }

  it("installs the packed package into a folder of its own, without a warning, and runs that copy", () => {
    expect(installed?.status, installed?.stderr).toBe(0);
    expect(installed?.stderr).not.toMatch(/npm warn/i);
    expect(bin.startsWith(join(runner, ""))).toBe(true);
    expect(bin).toMatch(/node_modules\/agentcfg\/bin\/agentcfg\.js$/);
    expect(existsSync(bin)).toBe(true);
    // The copy the tarball gave, not the repository: no sources, no dev dependencies beside it.
    const root = join(bin, "..", "..");
    expect(existsSync(join(root, "src"))).toBe(false);
    expect(existsSync(join(root, "..", "typescript"))).toBe(false);
    expect(readFileSync(join(ROOT, "action.yml"), "utf8")).toMatch(/AGENTCFG_BIN: \$\{\{ steps\.install\.outputs\.bin \}\}/);
  });

  it("maps every input to the check step", () => {
    expect(Object.values(actionStep("check").env).sort()).toEqual(["files", "max-warnings", "sarif-file", "strict"]);
  });

  it("annotates findings with the github reporter and fails the step", () => {
    const r = runAction({ files: "fixtures/reporters/inputs" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "::error file=fixtures/reporters/inputs/fallback-typo-and-secret.json5,line=8,col=9,endLine=8,endColumn=17,title=schema/unknown-key::",
    );
    expect(r.stdout).toContain("::warning file=fixtures/reporters/inputs/duplicate-and-legacy.json5");
    expect(r.stdout).not.toContain("golden-SECRET");
  });

  it("checks a glob input, honours strict and max-warnings, and writes SARIF when asked", () => {
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-action-"));
    const sarif = join(dir, "out.sarif");
    const clean = runAction({ files: "examples/*.json5", "sarif-file": sarif });
    expect(clean.stdout).toMatch(/no problems found|in \d+ files?\./);
    expect(JSON.parse(readFileSync(sarif, "utf8")).version).toBe("2.1.0");
    const warnings = runAction({ files: "fixtures/invalid/duplicate-key.json5", strict: "true" });
    expect(warnings.stdout).toContain("::warning ");
    expect(warnings.status).toBe(1);
    expect(runAction({ files: "fixtures/invalid/duplicate-key.json5", strict: "false", "max-warnings": "0" }).status).toBe(1);
  });
});

describe("the pre-commit hook", () => {
  const hook = readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8");
  const field = (name: string) => new RegExp(`^\\s+${name}: (.*)$`, "m").exec(hook)?.[1]?.trim() ?? "";

  it("selects configs and skips agentcfg's settings file", () => {
    const files = new RegExp(field("files"));
    const exclude = new RegExp(field("exclude"));
    const selected = (path: string) => files.test(path) && !exclude.test(path);
    expect(selected("openclaw.json")).toBe(true);
    expect(selected("configs/team/a.json5")).toBe(true);
    expect(selected("package.json")).toBe(false);
    expect(selected("configs/agentcfg.config.json5")).toBe(false);
  });

  it("its entry, run on fixture files as pre-commit runs it, passes valid files and fails invalid ones", () => {
    const [program, ...args] = field("entry").split(/\s+/);
    expect(program).toBe("agentcfg");
    expect(existsSync(CLI)).toBe(true);
    const entry = (files: string[]) => run(process.execPath, [CLI, ...args, ...files]);
    const valid = entry(["examples/two-kimi-keys.json5"]);
    expect(valid.status).toBe(0);
    const invalid = entry(["examples/two-kimi-keys.json5", "fixtures/invalid/typo-root-key.json5", "fixtures/invalid/syntax-missing-comma.json5"]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain("fixtures/invalid/typo-root-key.json5:2:3 error schema/unknown-key");
    expect(invalid.stdout).toMatch(/in 2 of 3 files\.\n$/);
  });
});
