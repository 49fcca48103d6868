/**
 * @fileoverview `agentcfg check` end to end, through the built CLI.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const tmp = mkdtempSync(join(tmpdir(), "agentcfg-e2e-"));
function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe("agentcfg check", () => {
  it("passes the bundled example (the README's main job)", () => {
    const r = runCli(["check", "examples/two-kimi-keys.json5"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("examples/two-kimi-keys.json5: no problems found.");
    expect(r.status).toBe(0);
  });

  it("reports `fallback` with did-you-mean at its line and column, exit 1", () => {
    const r = runCli(["check", "fixtures/cli/fallback-typo.json5"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("fixtures/cli/fallback-typo.json5:6:9 error schema/unknown-key");
    expect(r.stdout).toContain('did you mean "fallbacks"?');
    expect(r.stdout).toMatch(/> +6 │ +fallback: \["moonshot\/kimi-k2.5"\],\n +│ +\^{8}\n/);
    expect(r.stdout).toContain("✖ 1 error, 0 warnings in fixtures/cli/fallback-typo.json5.");
  });

  it("gives the same facts as JSON", () => {
    const r = runCli(["check", "--format", "json", "fixtures/cli/fallback-typo.json5"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(2);
    expect(report.files[0].target).toEqual({ id: "2026.4", version: "2026.4.12", reason: "target in fixtures/cli/agentcfg.config.json5" });
    expect(report.summary).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    const [d] = report.files[0].diagnostics;
    expect(d).toMatchObject({ code: "schema/unknown-key", severity: "error", path: ["agents", "defaults", "model", "fallback"] });
    expect(d.range.start).toEqual({ line: 6, column: 9, offset: expect.any(Number) });
    expect(d.fix.edits[0].newText).toBe("fallbacks");
  });

  it("checks $OPENCLAW_CONFIG_PATH when no file is named, and says so", () => {
    const r = runCli(["check"], { env: { OPENCLAW_CONFIG_PATH: join(process.cwd(), "examples/two-kimi-keys.json5") } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("from $OPENCLAW_CONFIG_PATH");
  });

  it("falls back to ~/.openclaw/openclaw.json", () => {
    const r = runCli(["check"], { env: { OPENCLAW_CONFIG_PATH: undefined, OPENCLAW_HOME: tmp } });
    expect(r.stderr).toContain(join(tmp, ".openclaw", "openclaw.json"));
    expect(r.stdout).toContain("no such file");
    expect(r.status).toBe(2);
  });

  it.each([
    ["an unknown option", ["check", "--bogus"]],
    ["an unknown command", ["frobnicate"]],
    ["no command", []],
    ["a bad format", ["check", "--format", "xml", "examples/two-kimi-keys.json5"]],
  ])("exits 2 on bad usage: %s", (_name, args) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/agentcfg: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--help shows examples and --version the version", () => {
    expect(runCli(["check", "--help"]).stdout).toContain("Examples:");
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  const hostile: [string, () => string, number][] = [
    ["an empty file", () => file("empty.json5", ""), 1],
    ["a truncated file", () => file("truncated.json5", '{ agents: { defaults: { model: "kimi/'), 1],
    ["binary bytes", () => file("binary.json5", Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x81, 0x7d])), 2],
    ["a NUL byte", () => file("nul.json5", "{ a: 1,\u0000 }"), 1],
    ["10,000 levels of nesting", () => file("deep.json5", `{ env: ${"[".repeat(10_000)}${"]".repeat(10_000)}}`), 1],
    ["a 10 MB file", () => file("big.json5", `{ gateway: { customBindHost: "${"x".repeat(10 * 1024 * 1024)}" } }`), 0],
    ["a missing file", () => join(tmp, "nope.json5"), 2],
    ["a directory", () => tmp, 2],
  ];
  it.each(hostile)("never prints a stack trace or hangs: %s", (_name, make, status) => {
    const r = runCli(["check", make()], { timeout: 30_000 });
    expect(r.status).toBe(status);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(r.stderr).not.toContain("internal error");
  });

  it("never prints a secret written in the config", () => {
    const path = file("secret.json5", `{ env: { MOONSHOT_API_KEY: "sk-test-SEEDED-1234567890" }, agents: { defaults: { modle: 1 } } }`);
    for (const format of ["pretty", "json"]) {
      const r = runCli(["check", "--format", format, path]);
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).not.toContain("SEEDED");
    }
  });

  it("the seed scenario: a moonshot key in the kimi order, at its exact position, with the moonshot-vs-kimi explanation", () => {
    const r = runCli(["check", "fixtures/rules/auth/order-provider-mismatch/invalid-seed-moonshot-key-in-kimi-order.json5"]);
    // A warning: both releases load the file (fixtures/openclaw-2026.9/auth-order-provider-mismatch); --strict fails on it.
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("invalid-seed-moonshot-key-in-kimi-order.json5:10:30 warning auth/order-provider-mismatch");
    expect(runCli(["check", "--strict", "fixtures/rules/auth/order-provider-mismatch/invalid-seed-moonshot-key-in-kimi-order.json5"]).status).toBe(1);
    expect(r.stdout).toContain('Profile "moonshot:backup" is a "moonshot" profile but is listed in auth.order.kimi');
    expect(r.stdout).toMatch(/hint: moonshot and kimi are different providers\. moonshot is Moonshot's API platform: refs like moonshot\/kimi-k2\.5/);
    expect(r.stdout).toContain("kimi is Kimi Coding");
  });

  it.each([["explain"], ["migrate"], ["compile"], ["schema"], ["inspect"], ["check"]])("`%s` with an unknown option does nothing and exits 2", (command) => {
    const r = runCli([command, "--token", "sk-should-never-run", "examples/two-kimi-keys.json5"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Unknown argument");
    expect(r.stderr).not.toContain("sk-should-never-run");
  });
});
