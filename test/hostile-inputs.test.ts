/**
 * @fileoverview Hostile inputs through the built CLI (issue 9): each one ends
 * with a clear diagnostic (its code, at a line and column), the exit code the
 * README promises, no stack trace, within a time limit and under a peak RSS
 * limit measured in the child. Also, in process, `__proto__` /
 * `constructor` / `prototype` keys at every level through check, normalize,
 * migrate and compile leave every prototype untouched.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSON5 from "json5";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { compileAuthState } from "../src/emit/auth-state.js";
import { normalizeConfig } from "../src/emit/normalize-config.js";
import { migrateConfigText } from "../src/migrate/run.js";
import { explain } from "../src/resolve/index.js";
import { authProfilesPath, authStatePath } from "../src/state/index.js";
import { unprivileged } from "./helpers/as-nobody.js";
import { runMeasured, type MeasuredRun } from "./helpers/measure-cli.js";
import { expectNoPollution } from "./helpers/pipeline.js";
import { scaled } from "./helpers/test-scale.js";
import { messageOf } from "./helpers/words.js";

const tmp = mkdtempSync(join(tmpdir(), "agentcfg-hostile-"));
chmodSync(tmp, 0o755); // the permission test reads it as another user
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const STACK_TRACE = /\n\s+at .*:\d+:\d+\)?\n|internal error/;

/**
 * The run ended by itself (a hang is caught by the run's timeout), with `status`, the first diagnostic
 * `code` at `line`:`column`, no stack trace, within the memory limit. Time is printed, never asserted:
 * the machines are shared (speed is measured in bench/).
 */
function expectClear(run: MeasuredRun, want: { status: number; code: string; line?: number; column?: number; maxRssMb: number }): void {
  const label = `${want.code}: ${run.ms} ms, ${run.maxRssMb} MB`;
  console.log(`hostile input → ${label}`);
  expect(run.timedOut, `timed out (${label})`).toBe(false);
  expect(run.status, run.stderr.slice(0, 2000)).toBe(want.status);
  const out = run.stdout + run.stderr;
  expect(out).not.toMatch(STACK_TRACE);
  const at = new RegExp(`:(\\d+):(\\d+) (error|warning|info) ${want.code.replace("/", "\\/")}\\b`).exec(out);
  expect(at, `no ${want.code} in ${out.slice(0, 1000)}`).not.toBeNull();
  if (want.line !== undefined) expect(Number(at![1])).toBe(want.line);
  if (want.column !== undefined) expect(Number(at![2])).toBe(want.column);
  expect(run.maxRssMb, label).toBeDefined();
  expect(run.maxRssMb!, label).toBeLessThan(want.maxRssMb);
}

const check_ = (path: string, options = {}) => runMeasured(["check", path], { timeoutMs: 90_000, ...options });

/** The large file: 50 MB under `npm run test:slow`, 20 MB in `npm test` (the same code path, a third of the time). */
const BIG_FILE_MB = scaled(20, 50);

describe("hostile inputs to agentcfg check", () => {
  it("10,000 levels of nesting: parse/too-deep, no stack overflow", () => {
    const path = file("deep.json5", `{ gateway: ${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
    expectClear(check_(path), { status: 1, code: "parse/too-deep", line: 1, maxRssMb: 300 });
    const objects = file("deep-objects.json5", `{ gateway: ${"{a:".repeat(10_000)}1${"}".repeat(10_000)}}`);
    expectClear(check_(objects), { status: 1, code: "parse/too-deep", line: 1, maxRssMb: 300 });
  });

  it(`a ${BIG_FILE_MB} MB file with a typo on its last lines: found at its line`, { timeout: 120_000 }, () => {
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < BIG_FILE_MB * 1024 * 1024; i++) {
      const row = JSON.stringify({ id: `n${i}`, v: i % 255, s: "z".repeat(20) });
      rows.push(row);
      size += row.length + 8;
    }
    // Under a plugin's free-form config: a place any JSON is valid, so the typo is the one finding.
    const text = `{\n  "plugins": { "entries": { "bulk": { "config": {\n    "rows": [\n      ${rows.join(",\n      ")}\n    ]\n  } } } },\n  "agents": { "defaults": { "modle": "kimi/kimi-code" } }\n}\n`;
    const path = file("big.json", text);
    const typoLine = text.split("\n").length - 2;
    // Bounds: 20 bytes of memory per byte of input (bench/RESULTS.md); positions are found in the text, no syntax tree is built.
    expectClear(check_(path), { status: 1, code: "schema/unknown-key", line: typoLine, column: 29, maxRssMb: 1_000 });
    rmSync(path);
  });

  it("a 10 MB string where a model ref belongs: reported without quoting 10 MB back", () => {
    const huge = "y".repeat(10 * 1024 * 1024);
    const path = file("huge-string.json5", `{ agents: { defaults: { model: { primary: "${huge}" } } } }`);
    const run = check_(path);
    expectClear(run, { status: 0, code: "model/missing-provider", line: 1, column: 43, maxRssMb: 1_500 });
    expect(run.stdout.length).toBeLessThan(10_000);
    expect(run.stdout).toContain(`‹${huge.length} characters›`);
  });

  it("a BOM, CRLF and lone CR line ends: the same line and column as without them", () => {
    const lines = ["{", "  agents: {", "    defaults: { modle: 1 },", "  },", "}"];
    for (const [name, text] of [
      ["lf", lines.join("\n")],
      ["crlf", lines.join("\r\n")],
      ["cr", lines.join("\r")],
      ["bom-crlf", `\uFEFF${lines.join("\r\n")}`],
    ] as const) {
      expectClear(check_(file(`${name}.json5`, text)), { status: 1, code: "schema/unknown-key", line: 3, column: 17, maxRssMb: 300 });
    }
    // On line 1 the BOM counts as a column, as json5 and momoa count it (an editor that hides it shows the key one column left).
    expectClear(check_(file("bom-line1.json5", "\uFEFF{ agents: { defaults: { modle: 1 } } }")), {
      status: 1,
      code: "schema/unknown-key",
      line: 1,
      column: 26,
      maxRssMb: 300,
    });
  });

  it("invalid UTF-8: parse/invalid-encoding at the bad byte, exit 2 (regression: was one column past a bad lead byte)", () => {
    const path = file("latin1.json5", Buffer.concat([Buffer.from('{ "a": 1,\n  "b": "caf'), Buffer.from([0xe9, 0xff]), Buffer.from('" }')]));
    expectClear(check_(path), { status: 2, code: "parse/invalid-encoding", line: 2, column: 12, maxRssMb: 300 });
  });

  it("a file ending in a backslash inside a string: a syntax error, not a hang (regression: found by npm run fuzz)", () => {
    for (const [name, text] of [
      ["single", "'a\\"],
      ["double", '{ a: "b\\'],
      ["bom", "\uFEFF'OK3Q\\1e400"],
    ] as const) {
      expectClear(check_(file(`backslash-${name}.json5`, text), { timeoutMs: 10_000 }), { status: 1, code: "parse/syntax-error", line: 1, maxRssMb: 300 });
      expectClear(runMeasured(["migrate", join(tmp, `backslash-${name}.json5`)], { timeoutMs: 10_000 }), {
        status: 2,
        code: "parse/syntax-error",
        line: 1,
        maxRssMb: 300,
      });
    }
  });

  it("a NUL byte outside a string: a syntax error at it, named", () => {
    const run = check_(file("nul.json5", "{ gateway: {},\n  \u0000 }"));
    expectClear(run, { status: 1, code: "parse/syntax-error", line: 2, column: 3, maxRssMb: 300 });
    expect(run.stdout).toContain("\\u0000");
  });

  it("a directory given as the file (to the commands that take one file)", () => {
    const dir = join(tmp, "a-folder.json5");
    mkdirSync(dir, { recursive: true });
    for (const command of [["migrate"], ["explain"], ["compile", "--dry-run", "--state-dir", join(tmp, "state")]]) {
      const run = runMeasured([...command, dir], { timeoutMs: 20_000 });
      expectClear(run, { status: 2, code: "parse/unreadable-file", line: 1, column: 1, maxRssMb: 300 });
      expect(run.stdout + run.stderr).toContain("it is a directory");
    }
  });

  it("a FIFO given as the file never blocks", () => {
    const fifo = join(tmp, "pipe.json5");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    for (const command of [["check"], ["migrate"], ["explain"]]) {
      const run = runMeasured([...command, fifo], { timeoutMs: 10_000 });
      expectClear(run, { status: 2, code: "parse/unreadable-file", line: 1, column: 1, maxRssMb: 300 });
      expect(run.stdout + run.stderr).toContain("FIFO");
    }
  });

  it("a symlink loop", () => {
    symlinkSync(join(tmp, "loop-b.json5"), join(tmp, "loop-a.json5"));
    symlinkSync(join(tmp, "loop-a.json5"), join(tmp, "loop-b.json5"));
    const run = check_(join(tmp, "loop-a.json5"));
    expectClear(run, { status: 2, code: "parse/unreadable-file", line: 1, column: 1, maxRssMb: 300 });
    expect(run.stdout).toContain("symlink loop");
  });

  const { prefix, asRoot, skipReason } = unprivileged();
  it.skipIf(skipReason !== undefined)(
    `a file without read permission${asRoot ? " (as nobody, via setpriv)" : ""}${skipReason ? ` (skipped: ${skipReason})` : ""}`,
    () => {
      const path = file("secret-mode.json5", "{}");
      chmodSync(path, 0o000);
      const run = runMeasured(["check", path], { prefix, timeoutMs: 20_000 });
      expectClear(run, { status: 2, code: "parse/unreadable-file", line: 1, column: 1, maxRssMb: 300 });
      expect(run.stdout).toContain("permission denied");
    },
  );

  it("a config that $includes itself: include/cycle at the $include, not a hang", () => {
    const path = file("self.json5", '{\n  $include: "./self.json5",\n}\n');
    expectClear(check_(path), { status: 1, code: "include/cycle", line: 2, column: 13, maxRssMb: 300 });
    const pair = file("ping.json5", '{ $include: "./pong.json5" }');
    file("pong.json5", '{ $include: "./ping.json5" }');
    expectClear(check_(pair), { status: 1, code: "include/cycle", maxRssMb: 300 });
  });
});

/** A config with `__proto__`, `constructor` and `prototype` keys in every object, at every level. */
function protoEverywhere(): string {
  const poison = `"__proto__": { "polluted": "yes", "toString": "x" }, "constructor": { "prototype": { "polluted": "yes" } }, "prototype": { "polluted": "yes" }`;
  return `{
  ${poison},
  "env": { ${poison}, "vars": { ${poison} } },
  "agents": {
    ${poison},
    "defaults": { ${poison}, "model": { ${poison}, "primary": "kimi/kimi-code" }, "models": { ${poison}, "kimi/kimi-code": { ${poison}, "alias": "k" } } },
    "list": [{ ${poison}, "id": "main", "default": true }]
  },
  "auth": { ${poison}, "profiles": { ${poison}, "kimi:default": { ${poison}, "provider": "kimi", "mode": "api_key" } }, "order": { ${poison}, "kimi": ["kimi:default"] } },
  "models": { ${poison}, "providers": { ${poison}, "corp": { ${poison}, "baseUrl": "https://x.example", "models": [] } } },
  "agent": { ${poison}, "model": "kimi/kimi-code" },
  "gateway": { ${poison} }
}
`;
}

describe("__proto__, constructor and prototype keys at every level", () => {
  it("pollute no prototype through check, normalize, explain, migrate and compile (library)", async () => {
    const text = protoEverywhere();
    const result = check(text, { path: join(tmp, "proto.json5"), env: {} });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.range.start.line >= 1)).toBe(true);
    const normalized = normalizeConfig(result.source?.value);
    expect(normalizeConfig(normalized)).toEqual(normalized);
    void result.config;
    explain({ config: result.source?.value as Parameters<typeof explain>[0]["config"], now: 0 });
    const migrated = migrateConfigText(text, "proto.json5");
    JSON5.parse(migrated.after);
    expectNoPollution();

    // The state files too: `__proto__` objects everywhere, `constructor` and `prototype` where the schema lets a name stand.
    const stateDir = join(tmp, "proto-state");
    mkdirSync(join(stateDir, "agents", "main", "agent"), { recursive: true });
    const p = '"__proto__": { "polluted": "yes" }';
    writeFileSync(
      authStatePath(stateDir, "main"),
      `{ ${p}, "version": 1, "order": { ${p}, "constructor": ["kimi:default"], "kimi-coding": ["kimi:default", "kimi:default"] }, "lastGood": { ${p}, "prototype": "kimi:default" }, "usageStats": { ${p}, "constructor": { ${p}, "lastUsed": 1 }, "kimi:default": { ${p}, "cooldownUntil": 1 } } }`,
    );
    writeFileSync(
      authProfilesPath(stateDir, "main"),
      `{ ${p}, "version": 1, "profiles": { ${p}, "kimi:default": { ${p}, "type": "api_key", "provider": "kimi", "key": "sk-proto-0000000" } } }`,
    );
    const compiled = await compileAuthState({ config: result.source?.value, agentId: "main", stateDir, now: 1_776_000_000_000 });
    expect(compiled.outcome, JSON.stringify(compiled.diagnostics.map((d) => messageOf(d)))).toBe("written");
    expect(JSON.parse(readFileSync(authStatePath(stateDir, "main"), "utf8")).order.kimi).toEqual(["kimi:default"]);
    expectNoPollution();
  });

  it("through the CLI: every command answers with diagnostics, no stack trace", () => {
    const path = file("proto-cli.json5", protoEverywhere());
    const stateDir = join(tmp, "proto-cli-state");
    for (const command of [["check"], ["check", "--format", "sarif"], ["migrate"], ["explain"], ["compile", "--dry-run", "--state-dir", stateDir]]) {
      const run = runMeasured([...command, path], { timeoutMs: 20_000 });
      expect(run.timedOut).toBe(false);
      expect([0, 1], `${command.join(" ")}: ${run.stderr}`).toContain(run.status);
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    }
  });
});
