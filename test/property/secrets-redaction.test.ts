/**
 * @fileoverview No secret in any output, whatever key holds it (issue 13), as a
 * property. Random configs (valid and broken, JSON and JSON5, with and without
 * an `$include`) with fake secrets seeded in random places (helpers/secret-configs.ts)
 * go through the rendering code every command uses — each reporter (pretty,
 * json, github, sarif) with the redactor `check` builds, `--print-config`,
 * `compile --out`, explain (text and JSON), the inspector's payload (what the
 * page and /api/inspect.json carry) and migrate's plan (pretty and JSON, with
 * its diffs) — in this process, and a smaller sample through the built CLI for
 * every command and format. No seeded secret may appear in any of it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import { collectCheckSecrets } from "../../src/check-secrets.js";
import { fileReports } from "../../src/cli/commands/check-run.js";
import { normalizedConfigText } from "../../src/operations/compile.js";
import { explainOutput } from "../../src/cli/commands/explain-run.js";
import { planConfigText } from "../../src/operations/migrate.js";
import { REPORTER_NAMES, REPORTERS } from "../../src/diagnostics/reporters/index.js";
import { printedConfigText } from "../../src/emit/print-config.js";
import { payloadOf } from "../../src/inspect/payload.js";
import { formatJson, formatPretty, type MigratePlan } from "../../src/migrate/report.js";
import { explain } from "../../src/resolve/index.js";
import { Redactor } from "../../src/secrets/redact.js";
import { assertAsyncProperty, assertProperty, FUZZ_SEED } from "../helpers/fuzz.js";
import { forbiddenForms, includePool, renderCase, secretCase, type SecretCase } from "../helpers/secret-configs.js";
import { CLI } from "../run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "agentcfg-redaction-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = 1_776_000_000_000;
const ENTRY = join(dir, "openclaw.json5");
// The included files are written once; each case that includes one is checked against its secrets too.
const POOL = includePool(FUZZ_SEED);
for (const file of POOL) writeFileSync(join(dir, file.name), file.text);

function secretsFor(c: SecretCase, own: string[]): string[] {
  return c.include ? [...own, ...POOL[c.includeIndex % POOL.length]!.secrets] : own;
}

/** What the command would print or write for one case, by the code it uses. */
type Output = (result: CheckResult, text: string, redactor: Redactor) => Record<string, string>;

/**
 * Every case goes through check and the pretty reporter (the code frame, where a secret is
 * likeliest to show); the other outputs take turns, so each still sees over a thousand cases
 * and the file stays within its time budget.
 */
const TURNS: Output[] = [
  ...(["json", "github", "sarif"] as const).map(
    (format): Output =>
      (result, _text, redactor) => ({ [`check --format ${format}`]: REPORTERS[format](fileReports(result), { color: false, version: "0.0.0", redactor }) }),
  ),
  (result, _text, redactor) => {
    const value = result.source?.value ?? result.document?.value;
    return { "check --print-config": printedConfigText([{ file: result.file, value }], redactor), "compile --out": normalizedConfigText(value, redactor) };
  },
  (result, _text, redactor) => {
    const value = result.source?.value ?? result.document?.value;
    const plan = explain({ config: value as Parameters<typeof explain>[0]["config"], now: NOW });
    const read = { config: result.file, statePath: "state.json", stateExists: false, storePath: "store.json", storeExists: false };
    return { explain: explainOutput(plan, read, false, false, redactor), "explain --format json": explainOutput(plan, read, true, false, redactor) };
  },
  (result, _text, redactor) => ({ "inspect (payload)": payloadOf(result, { configPath: ENTRY, stateDir: join(dir, "no-state"), now: NOW }, redactor).json }),
  (result, text) => {
    const redactor = new Redactor();
    const plan: MigratePlan = { files: [], changes: [], diagnostics: [], texts: new Map(), mode: "dry-run", written: [] };
    planConfigText(result.file, text, plan, redactor);
    return { migrate: formatPretty(plan, { color: false, version: "0.0.0", redactor }), "migrate --format json": formatJson(plan, "0.0.0", redactor) };
  },
];

function renderAll(text: string, turn: number): Record<string, string> {
  const result = check(text, { path: ENTRY, env: {} });
  const redactor = new Redactor();
  collectCheckSecrets(result, redactor);
  const pretty = REPORTERS.pretty(fileReports(result), { color: turn % 2 === 0, version: "0.0.0", redactor });
  return { "check --format pretty": pretty, ...TURNS[turn % TURNS.length]!(result, text, redactor) };
}

function expectNoSecret(outputs: Record<string, string>, secrets: readonly string[], what: string): void {
  for (const [name, text] of Object.entries(outputs)) {
    for (const secret of secrets) {
      for (const form of forbiddenForms(secret)) {
        if (text.includes(form))
          throw new Error(
            `${what}: ${name} shows the secret ${JSON.stringify(form)}:\n${text.slice(Math.max(0, text.indexOf(form) - 300), text.indexOf(form) + 300)}`,
          );
      }
    }
  }
}

describe("redaction, whatever key holds the secret", () => {
  it("in-process: every reporter, print-config, compile --out, explain, inspect, migrate", { timeout: 120_000 }, () => {
    let broken = 0;
    let framed = 0;
    let turn = 0;
    const cases = assertProperty("redaction: in-process outputs", 10_000, [secretCase], (c) => {
      const { text, secrets } = renderCase(c);
      const outputs = renderAll(text, turn++);
      if (outputs["check --format pretty"]!.includes("parse/syntax-error")) broken++;
      if (outputs["check --format pretty"]!.includes("‹redacted›")) framed++;
      expectNoSecret(outputs, secretsFor(c, secrets), JSON.stringify(c));
    });
    console.log(`redaction: ${cases} cases, ${broken} broken, ${framed} with a masked code frame`);
    // Both sides are exercised: broken input (no value tree) and frames that had a secret to mask.
    expect(broken).toBeGreaterThan(cases / 10);
    expect(framed).toBeGreaterThan(cases / 4);
  });
});

interface Run {
  args: string[];
  stdout: string;
  stderr: string;
  status: number | null;
}

function runAsync(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (status) => resolve({ args, stdout, stderr, status }));
  });
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(root, e.name)) : [join(root, e.name)]));
}

describe("redaction through the built CLI", () => {
  it("every command and format, on a sample of the same configs", { timeout: 300_000 }, async () => {
    let n = 0;
    await assertAsyncProperty("redaction: CLI sample", 2, [secretCase.filter((c) => c.breakage === "none" || c.placements.length > 2)], async (c) => {
      const root = mkdtempSync(join(dir, `cli-${n++}-`));
      const { name, text, secrets } = renderCase(c);
      const entry = join(root, name);
      writeFileSync(entry, text);
      for (const file of POOL) writeFileSync(join(root, file.name), file.text);
      const env = { OPENCLAW_STATE_DIR: join(root, "state"), OPENCLAW_CONFIG_PATH: entry };
      const commands = [
        ...REPORTER_NAMES.map((f) => ["check", entry, "--format", f]),
        ["check", entry, "--format", "sarif", "--output", join(root, "report.sarif")],
        ["check", entry, "--print-config"],
        ["compile", entry, "--dry-run", "--out", join(root, "normalized.json")],
        ["compile", entry, "--out", join(root, "normalized.json")],
        ["migrate", entry],
        ["migrate", entry, "--format", "json"],
        ["explain", entry],
        ["explain", entry, "--format", "json"],
        ["inspect", entry, "--html", join(root, "inspect.html")],
        ["auth", "order", "get", "--provider", "kimi"],
      ];
      const runs: Run[] = [];
      // Two at a time: the machine is shared.
      for (let i = 0; i < commands.length; i += 2) runs.push(...(await Promise.all(commands.slice(i, i + 2).map((args) => runAsync(args, env)))));
      const outputs: Record<string, string> = {};
      for (const r of runs) {
        expect(r.stdout + r.stderr, r.args.join(" ")).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
        outputs[r.args.join(" ")] = r.stdout + r.stderr;
      }
      // Written files: everything but the config the user wrote (and its include).
      for (const path of filesUnder(root)) if (!/openclaw\.json5$|models-\d+\.json5$/.test(path)) outputs[path] = readFileSync(path, "utf8");
      expectNoSecret(outputs, secretsFor(c, secrets), JSON.stringify(c));
    });
  });
});
