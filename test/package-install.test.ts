/**
 * @fileoverview The package as a user gets it: `npm pack` of the built
 * repository, the tarball installed into an empty project with the Node that
 * runs this suite (CI runs it on 22 and 24), then `agentcfg check` and a typed
 * import there. The install must print no `npm warn` (a `prepare` script in
 * the published package.json made npm 11 warn every consumer), and `npm pack`
 * must print nothing but the tarball's name on stdout (pre-commit reads it as
 * the file to install).
 *
 * The install reads the npm cache first (--prefer-offline): the package's few
 * dependencies are in it after the repository's own `npm ci`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";

const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };

/**
 * The environment of a user's shell: without the npm_package_* and npm_lifecycle_* variables that
 * `npm test` sets for its script (they describe this repository, not the consumer), keeping the
 * user's npm_config_* (cache, registry).
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env)) if (/^npm_(package|lifecycle)_|^npm_command$|^INIT_CWD$/.test(key)) delete env[key];
  return env;
}

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, env: userEnv(), encoding: "utf8", timeout: 180_000 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error: r.error };
}

describe("the packed package, installed into an empty project", () => {
  let dir = "";
  let project = "";
  let pack: ReturnType<typeof run>;
  let install: ReturnType<typeof run>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "agentcfg-package-"));
    // Scripts allowed, as pre-commit and a publish run it: nothing may reach stdout but the name.
    pack = run("npm", ["pack", "--pack-destination", dir], ROOT);
    project = join(dir, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`);
    install = run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, `${PACKAGE.name}-${PACKAGE.version}.tgz`)], project);
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("npm pack prints only the tarball's name on stdout", () => {
    expect(pack.error).toBeUndefined();
    expect(pack.status).toBe(0);
    expect(pack.stdout).toBe(`${PACKAGE.name}-${PACKAGE.version}.tgz\n`);
  });

  it("installs without a warning and without running a script of ours", () => {
    expect(install.status, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/npm warn/i);
    const installed = JSON.parse(readFileSync(join(project, "node_modules", PACKAGE.name, "package.json"), "utf8")) as { scripts?: Record<string, string> };
    const installScripts = ["preinstall", "install", "postinstall", "prepare"].filter((name) => installed.scripts?.[name] !== undefined);
    expect(installScripts).toEqual([]);
  });

  it("runs `agentcfg check` from the project: a clean config passes, a typo fails with its place", () => {
    copyFileSync(join(ROOT, "examples", "two-kimi-keys.json5"), join(project, "clean.json5"));
    copyFileSync(join(ROOT, "fixtures", "invalid", "typo-root-key.json5"), join(project, "typo.json5"));
    const clean = run("npx", ["--no-install", "agentcfg", "check", "clean.json5"], project);
    expect(clean.stderr).toBe("");
    expect(clean.stdout).toContain("clean.json5: no problems found.");
    expect(clean.status).toBe(0);
    const typo = run("npx", ["--no-install", "agentcfg", "check", "typo.json5"], project);
    expect(typo.stdout).toContain("typo.json5:2:3 error schema/unknown-key");
    expect(typo.status).toBe(1);
  });

  it("type-checks a consumer's typed import with skipLibCheck: false, and the check can fail", () => {
    // consumer.ts must compile; wrong.ts holds one deliberate type error, so a check that passes
    // everything fails here. One tsc run for both.
    writeFileSync(
      join(project, "consumer.ts"),
      'import { check, type Diagnostic } from "agentcfg";\nexport const found: Diagnostic[] = check("{}", { path: "openclaw.json" }).diagnostics;\n',
    );
    writeFileSync(
      join(project, "wrong.ts"),
      'import { check } from "agentcfg";\nexport const found: number = check("{}", { path: "openclaw.json" }).diagnostics;\n',
    );
    const compilerOptions = {
      strict: true,
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      noEmit: true,
      skipLibCheck: false,
      // A Node project has @types/node; this repository's copy stands in for the consumer's own.
      typeRoots: [join(ROOT, "node_modules", "@types")],
      types: ["node"],
    };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts", "wrong.ts"] }));
    const tsc = run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "."], project);
    const errors = tsc.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
    expect(errors.filter((line) => !line.startsWith("wrong.ts(2,14)"))).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("error TS2322");
  }, 120_000);
});
