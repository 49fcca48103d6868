/**
 * @fileoverview `agentcfg check` over many inputs: directories and globs, 500
 * files in one invocation with the right summary, one exit code, and the CI
 * options (--output, --quiet, --strict, --max-warnings, --no-color).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { failureReason, isPendingMigration } from "../src/cli/commands/check-exit.js";
import { mapBounded } from "../src/cli/commands/check-files.js";
import { expandInputs } from "../src/cli/commands/check-inputs.js";
import type { DiagnosticCode } from "../src/diagnostics/catalogue.js";
import type { Diagnostic, Severity } from "../src/diagnostics/types.js";
import { runCli } from "./run-cli.js";

const FILES = 500;
const tmp = mkdtempSync(join(tmpdir(), "agentcfg-many-"));

/** Every 5th file has an error, every 5th (offset 1) a warning, the rest are clean. */
function content(i: number): string {
  const model = `{ agents: { defaults: { model: "openai/gpt-5.4" } }, env: { vars: { OPENAI_API_KEY: "\${OPENAI_API_KEY}" } } }`;
  if (i % 5 === 0) return `{ agents: { defaults: { modle: "openai/gpt-5.4" } } }\n`;
  if (i % 5 === 1)
    return `{ env: { vars: { OPENAI_API_KEY: "\${OPENAI_API_KEY}" } }, agents: { defaults: { model: "openai/gpt-5.4" }, defaults: { model: "openai/gpt-5.4" } } }\n`;
  return `${model}\n`;
}

function write(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  for (let i = 0; i < FILES; i++) write(join(tmp, "configs", `team-${i % 10}`, `agent-${String(i).padStart(3, "0")}.json5`), content(i));
  // Not configs: dependencies, npm's manifest, agentcfg's own settings file.
  write(join(tmp, "configs", "node_modules", "dep", "x.json5"), "{ broken");
  write(join(tmp, "configs", "package.json"), '{ "name": "x" }');
  write(join(tmp, "configs", "agentcfg.config.json5"), "{ rules: {} }");
  write(
    join(tmp, "single", "openclaw.json"),
    '{ "agents": { "defaults": { "model": "openai/gpt-5.4" } }, "env": { "vars": { "OPENAI_API_KEY": "${OPENAI_API_KEY}" } } }',
  );
  write(join(tmp, "warn-only", "a.json5"), content(1));
  write(join(tmp, "warn-only", "b.json5"), content(6));
});

const json = (args: string[], cwd = tmp) => {
  const r = runCli(["check", ...args, "--format", "json"], { cwd });
  return { ...r, report: JSON.parse(r.stdout) };
};

describe("check: 500 files in one invocation", () => {
  it("a directory: every config checked in one process, the summary counts right, one exit code", () => {
    const r = json(["configs"]);
    expect(r.status).toBe(1);
    expect(r.report.summary).toEqual({ files: FILES, filesWithProblems: 200, errors: 100, warnings: 100, infos: 0 });
    expect(r.report.files).toHaveLength(FILES);
    expect(r.report.files.map((f: { file: string }) => f.file)).not.toContainEqual(expect.stringMatching(/node_modules|package\.json|agentcfg\.config/));
  });

  it("a quoted glob gives the same files, named relative to the working folder, sorted", () => {
    const r = json(["configs/**/*.json5"]);
    expect(r.report.summary.files).toBe(FILES);
    const names = r.report.files.map((f: { file: string }) => f.file);
    expect(names[0]).toBe("configs/team-0/agent-000.json5");
    expect(names).toEqual([...names].sort());
  });

  it("pretty: diagnostics grouped by file and one summary line", () => {
    const r = runCli(["check", "configs"], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("✖ 100 errors, 100 warnings in 200 of 500 files.");
    const order = [...r.stdout.matchAll(/^(configs\/\S+\.json5):\d+:\d+ /gm)].map((m) => m[1]);
    expect(order).toEqual([...order].sort());
    expect(r.stdout.match(/✖ /g)).toHaveLength(1);
  });

  it("an input named twice (a file and a glob) is checked once", () => {
    const r = json(["configs/team-0/agent-000.json5", "configs/team-0/*.json5"]);
    expect(r.report.summary.files).toBe(FILES / 10);
  });

  it("a directory input finds openclaw.json too", () => {
    const r = json(["single"]);
    expect(r.status).toBe(0);
    expect(r.report.files.map((f: { file: string }) => f.file)).toEqual(["single/openclaw.json"]);
  });

  it("a glob that matches nothing is a usage error (exit 2), saying so", () => {
    const r = runCli(["check", "nowhere/**/*.json5"], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no config files match "nowhere/**/*.json5"');
  });
});

describe("check: CI options", () => {
  it("--output FILE writes the report there and prints only the summary", () => {
    const out = join(tmp, "reports", "agentcfg.sarif");
    const r = runCli(["check", "configs", "--format", "sarif", "--output", out], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`✖ 100 errors, 100 warnings in 200 of 500 files. Report written to ${out}.\n`);
    const log = JSON.parse(readFileSync(out, "utf8"));
    expect(log.runs[0].results).toHaveLength(200);
  });

  it("--output to a place that cannot be written is exit 2 with the reason", () => {
    write(join(tmp, "blocker"), "a file, not a folder");
    const r = runCli(["check", "single", "--output", join(tmp, "blocker", "report.txt")], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write the report to .*: (a part of the path is a file, not a folder|a file is in the way)/);
  });

  it("--quiet reports errors only, and says what it hid", () => {
    const r = runCli(["check", "configs", "--quiet"], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/^\S+:\d+:\d+ warning /m);
    expect(r.stdout.match(/^\S+:\d+:\d+ error /gm)).toHaveLength(100);
    expect(r.stdout).toContain("✖ 100 errors, 0 warnings");
    expect(r.stderr).toContain("--quiet hid 100 warnings and 0 infos.");
  });

  it("--strict fails on warnings; --quiet cannot hide why", () => {
    expect(runCli(["check", "warn-only"], { cwd: tmp }).status).toBe(0);
    expect(runCli(["check", "warn-only", "--strict"], { cwd: tmp }).status).toBe(1);
    const quiet = runCli(["check", "warn-only", "--strict", "--quiet"], { cwd: tmp });
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toContain("they fail this run: warnings (--strict)");
  });

  it("--max-warnings N fails above N only", () => {
    expect(runCli(["check", "warn-only", "--max-warnings", "2"], { cwd: tmp }).status).toBe(0);
    expect(runCli(["check", "warn-only", "--max-warnings", "1"], { cwd: tmp }).status).toBe(1);
    const bad = runCli(["check", "warn-only", "--max-warnings", "-1"], { cwd: tmp });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--max-warnings takes a whole number");
    expect(bad.stderr).not.toContain("internal error");
  });

  it("--no-color wins over FORCE_COLOR; without it colour is forced", () => {
    const plain = runCli(["check", "warn-only", "--no-color"], { cwd: tmp, env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const coloured = runCli(["check", "warn-only"], { cwd: tmp, env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(coloured.stdout).toMatch(/\x1b\[/);
  });
});

describe("check: the pieces", () => {
  // Only the code and severity matter here; the data is no code's in particular.
  const d = (code: DiagnosticCode, severity: Severity) =>
    ({
      code,
      severity,
      data: {},
      file: "a.json5",
      path: [],
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    }) as Diagnostic;

  it("--strict fails on a pending migration even when its severity was lowered to info", () => {
    const lowered = [d("model/non-canonical-provider", "info")];
    expect(isPendingMigration(lowered[0]!)).toBe(true);
    expect(failureReason(lowered, { strict: false, maxWarnings: undefined })).toBeUndefined();
    expect(failureReason(lowered, { strict: true, maxWarnings: undefined })?.kind).toBe("pending-migrations");
    expect(failureReason([d("auth/no-credentials", "info")], { strict: true, maxWarnings: undefined })).toBeUndefined();
    expect(failureReason([d("legacy/agent-block", "error")], { strict: false, maxWarnings: undefined })?.exitCode).toBe(1);
    expect(failureReason([d("parse/unreadable-file", "error")], { strict: false, maxWarnings: undefined })?.exitCode).toBe(2);
  });

  it("reads with at most `limit` tasks in flight, keeping the input order", async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 100 }, (_, i) => i);
    const results = await mapBounded(items, 7, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      inFlight--;
      return i * 2;
    });
    expect(results).toEqual(items.map((i) => i * 2));
    expect(most).toBe(7);
  });

  it("expands directories and globs, and lists inputs that match nothing", async () => {
    const expanded = await expandInputs(["single", "configs/team-1/*.json5", "nothing-*.json5", "missing.json5"], tmp);
    expect(expanded.files[0]).toBe("single/openclaw.json");
    expect(expanded.files).toHaveLength(1 + FILES / 10 + 1);
    expect(expanded.files.at(-1)).toBe("missing.json5");
    expect(expanded.empty).toEqual(["nothing-*.json5"]);
    expect(existsSync(join(tmp, expanded.files[1]!))).toBe(true);
  });
});
