/**
 * @fileoverview The table of command fixtures for `compile` and `auth`: each
 * case is a folder under `fixtures/compile/` or `fixtures/auth-cli/` holding
 * a config (`openclaw.json5`), a state folder (`state/agents/<id>/agent/…`),
 * `case.json` (the command line, `{config}` and `{state}` standing for the
 * copied files; optional `stdin`) and `expected.json` (exit code, the
 * diagnostics as `file:line:column severity code`, and the state files
 * afterwards, `null` for a file that must not exist). The case is copied to
 * a scratch folder and run with the built CLI. Adding a case is adding a
 * folder. `UPDATE_FIXTURES=1` rewrites the expected files (review the diff!).
 */
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeWorkspace, type Workspace } from "./compile-setup.js";
import { ROOT, UPDATE } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

interface CommandCase {
  args: string[];
  stdin?: string;
  env?: Record<string, string>;
}

interface Expected {
  exitCode: number;
  diagnostics: { file: string; line: number; column: number; severity: string; code: string }[];
  /** State files (relative to the case folder) as JSON afterwards; null: the file must not exist. */
  files: Record<string, unknown>;
}

const GROUPS = ["compile", "auth-cli"];
const cases = GROUPS.flatMap((group) => {
  const dir = join(ROOT, "fixtures", group);
  return existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .filter((name) => statSync(join(dir, name)).isDirectory())
        .map((name) => ({ name: `${group}/${name}`, dir: join(dir, name) }))
    : [];
});
const workspaces: Workspace[] = [];
afterAll(() => workspaces.forEach((ws) => ws.remove()));

const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+) (error|warning|info) ([a-z]+\/[a-z0-9-]+)$/;

describe("command fixtures", () => {
  it("has cases for every group", () => {
    for (const group of GROUPS) expect(cases.some((c) => c.name.startsWith(`${group}/`))).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c.dir] as const))("%s", (_name, dir) => {
    const ws = makeWorkspace("agentcfg-fixture-");
    workspaces.push(ws);
    cpSync(dir, ws.root, { recursive: true });
    // The group's agentcfg.config.json5 (its target) goes along, as it sits above the case in fixtures/.
    const settings = join(dirname(dir), "agentcfg.config.json5");
    if (existsSync(settings)) cpSync(settings, join(ws.root, "agentcfg.config.json5"));
    const spec = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as CommandCase;
    const args = spec.args.map((arg) => arg.replace("{config}", ws.config).replace("{state}", ws.stateDir));
    const result = runCli(args, { input: spec.stdin, env: spec.env });
    const diagnostics = result.stderr
      .split("\n")
      .map((line) => DIAGNOSTIC_LINE.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ file: m[1]!.replace(`${ws.root}/`, ""), line: Number(m[2]), column: Number(m[3]), severity: m[4]!, code: m[5]! }));
    const expectedPath = join(dir, "expected.json");
    const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as Expected;
    const files: Record<string, unknown> = {};
    for (const file of Object.keys(expected.files)) {
      const path = join(ws.root, file);
      files[file] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
    }
    const actual: Expected = { exitCode: result.status ?? -1, diagnostics, files };
    if (UPDATE) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    else expect(actual, result.stderr).toEqual(expected);
  });
});
