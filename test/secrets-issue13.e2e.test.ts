/**
 * @fileoverview Issue 13, as a new user meets it: an API key written in an auth
 * profile, where OpenClaw does not expect one. Every command and format runs
 * on it (and on a broken copy, where no value tree exists, and a copy with the
 * key on a line wider than a code frame): the key is nowhere in any output or
 * written file, the hint says where a key belongs (`auth add … --token-stdin`),
 * and the carets under the value span ‹redacted› as printed. The inspector's
 * endpoint (/api/inspect.json) serves the same payload `--html` embeds.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildInspectPayload } from "../src/inspect/payload.js";
import { startInspectServer } from "../src/inspect/server.js";
import { makeWorkspace } from "./compile-setup.js";
import { runCli, type CliResult } from "./run-cli.js";

const SECRET = "sk-live-4f9Qa2Lm7Zt0Xc3Vb8Nn1Kd6";
const SHORT = "hunter2"; // under a secret-named key; too short to be masked by value everywhere, masked by place
const EXAMPLE = `// my key is ${SECRET}, password: ${SHORT}
{ auth: { profiles: { "p:x": { provider: "p", mode: "api_key", apiKey: "${SECRET}" } } } }
`;
const BROKEN = `{ auth: { profiles: { "p:x": { provider: "p" mode: "api_key", apiKey: "${SECRET}", password: "${SHORT}" } } } }\n`;
const LONG = `{ auth: { profiles: { "p:x": { provider: "p", mode: "api_key", displayName: "${"x".repeat(200)}", apiKey: "${SECRET}" } } } }\n`;

const ws = makeWorkspace("agentcfg-issue13-");
afterAll(() => ws.remove());

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("issue 13: a key in an auth profile", () => {
  it("is in no output of any command or format, and the hint names auth add", { timeout: 120_000 }, async () => {
    const example = join(ws.root, "example.json5");
    const broken = join(ws.root, "broken.json5");
    const long = join(ws.root, "long.json5");
    ws.write(example, EXAMPLE);
    ws.write(broken, BROKEN);
    ws.write(long, LONG);
    const env = { OPENCLAW_STATE_DIR: ws.stateDir, OPENCLAW_CONFIG_PATH: example };
    const out = (name: string) => join(ws.root, "out", name);
    ws.write(out(".keep"), "");
    const runs: { args: string[]; result: CliResult }[] = [];
    const run = (args: string[]) => {
      const result = runCli(args, { env });
      runs.push({ args, result });
      return result;
    };
    for (const file of [example, broken, long]) {
      for (const format of ["pretty", "json", "github", "sarif"]) run(["check", file, "--format", format]);
      run(["check", file, "--print-config"]);
      run(["check", file, "--format", "sarif", "--output", out(`${file.length}.sarif`)]);
      run(["compile", file, "--dry-run", "--out", out("n.json")]);
      run(["migrate", file]);
      run(["migrate", file, "--format", "json"]);
      run(["explain", file]);
      run(["explain", file, "--format", "json"]);
      run(["inspect", file, "--html", out(`inspect-${file.length}.html`)]);
    }

    const pretty = runs[0]!.result;
    expect(pretty.status).toBe(1);
    expect(pretty.stdout).toContain("agentcfg auth add --provider p --profile-id p:x --token-stdin");
    expect(pretty.stdout).toContain('models.providers.<id>.apiKey: "${VAR}"');
    // The frame: the comment and the value are masked, the carets sit under the key.
    expect(pretty.stdout).toContain(`// my key is ‹redacted›, password: ‹redacted›`);
    const brokenPretty = runs.find((r) => r.args[1] === broken && r.args[3] === "pretty")!.result.stdout;
    expect(brokenPretty).toContain("parse/syntax-error");
    expect(brokenPretty).toMatch(/apiKey: "‹redacted›", password: "‹redacted›"/);
    expect(readFileSync(out(`inspect-${example.length}.html`), "utf8")).toContain("p:x");

    // The endpoint serves the same redacted payload.
    const server = await startInspectServer({ input: { configPath: example, stateDir: ws.stateDir }, clock: () => 1_776_000_000_000 });
    try {
      const body = await (await fetch(new URL("/api/inspect.json", server.url))).text();
      expect(body).toContain("agentcfg auth add --provider p --profile-id p:x --token-stdin");
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain(SHORT);
    } finally {
      await server.close();
    }

    for (const { args, result } of runs) {
      const text = result.stdout + result.stderr;
      expect(text, args.join(" ")).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
      expect(text, args.join(" ")).not.toContain(SECRET.slice(0, 12));
      expect(text, args.join(" ")).not.toContain(SECRET.slice(-12));
      expect(text, args.join(" ")).not.toContain(SHORT);
    }
    for (const path of files(join(ws.root, "out"))) {
      const text = readFileSync(path, "utf8");
      expect(text, path).not.toContain(SECRET.slice(0, 12));
      expect(text, path).not.toContain(SHORT);
    }
  });

  it("draws carets as wide as the masked value, on long lines too", () => {
    const file = join(ws.root, "caret.json5");
    ws.write(file, `{ models: { mode: "${SECRET}" } }\n`);
    const r = runCli(["check", file]);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.includes('mode: "‹redacted›"'));
    expect(at).toBeGreaterThan(0);
    const valueColumn = lines[at]!.indexOf('"‹redacted›"');
    const carets = /\^+/.exec(lines[at + 1]!)!;
    expect(carets.index).toBe(valueColumn);
    expect(carets[0].length).toBe('"‹redacted›"'.length);
    const longRun = runCli(["check", join(ws.root, "long.json5")]);
    expect(longRun.stdout).not.toContain(SECRET.slice(0, 12));
  });

  it("the inspector marks the span in the redacted source it shows", () => {
    const file = join(ws.root, "mark.json5");
    ws.write(file, `{ env: { X_API_KEY: "${SECRET}" }, modle: 1 }\n`);
    const { payload, json } = buildInspectPayload({ configPath: file, stateDir: ws.stateDir, now: 1_776_000_000_000 });
    expect(json).not.toContain(SECRET);
    const shown = payload.sources[0]!.text.split("\n")[0]!;
    const d = payload.diagnostics[0]!.diagnostics.find((x) => x.code === "schema/unknown-key")!;
    expect(d.column).toBe(`{ env: { X_API_KEY: "${SECRET}" }, `.length + 1);
    expect(shown.slice(d.markColumn! - 1, d.markEndColumn! - 1)).toBe("modle");
  });
});
