/**
 * @fileoverview Rule settings and --print-config through the CLI: `--rule`,
 * `agentcfg.config.json5` found upward from the config, `--settings`, and a
 * bad setting reported with its position.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const root = mkdtempSync(join(tmpdir(), "agentcfg-rules-"));
mkdirSync(join(root, "team", "configs"), { recursive: true });
const config = join(root, "team", "configs", "openclaw.json5");
writeFileSync(config, '{ agents: { defaults: { model: { primary: "gpt-5.4-mini", fallbacks: ["kimi-coding/k2p5"] } } } }\n');

describe("rule settings", () => {
  it("without settings the rules report at their default severities", () => {
    const r = runCli(["check", "--format", "json", config]);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
    expect(codes).toEqual(expect.arrayContaining(["model/missing-provider:warning", "model/non-canonical-provider:warning"]));
    expect(r.status).toBe(0);
  });

  it("--rule turns a rule off or raises it to an error", () => {
    const r = runCli(["check", "--format", "json", "--rule", "model/missing-provider=off", "--rule", "model/non-canonical-provider=error", config]);
    const diagnostics = JSON.parse(r.stdout).files[0].diagnostics as { code: string; severity: string }[];
    expect(diagnostics.some((d) => d.code === "model/missing-provider")).toBe(false);
    expect(diagnostics.find((d) => d.code === "model/non-canonical-provider")?.severity).toBe("error");
    expect(r.status).toBe(1);
  });

  it("finds agentcfg.config.json5 upward from the config; --rule wins over it", () => {
    writeFileSync(join(root, "team", "agentcfg.config.json5"), '{ rules: { "model/missing-provider": "error" } }\n');
    const fromFile = runCli(["check", config]);
    expect(fromFile.stdout).toMatch(/error model\/missing-provider/);
    expect(fromFile.status).toBe(1);
    const overridden = runCli(["check", "--rule", "model/missing-provider=info", config]);
    expect(overridden.stdout).toMatch(/info model\/missing-provider/);
    expect(overridden.status).toBe(0);
  });

  it("reports a bad settings file at its line and column", () => {
    const settings = join(root, "bad-settings.json5");
    writeFileSync(settings, '{\n  rules: {\n    "schema/unknown-key": "off",\n  },\n}\n');
    const r = runCli(["check", "--settings", settings, config]);
    expect(r.stdout).toMatch(/bad-settings\.json5:3:5 error settings\/not-configurable/);
    expect(r.status).toBe(1);
  });

  it("refuses a bad --rule flag as bad usage, with did-you-mean", () => {
    const r = runCli(["check", "--rule", "model/missing-providr=off", config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown diagnostic code "model/missing-providr"; did you mean "model/missing-provider"?');
  });
});

describe("--print-config", () => {
  it("prints the normalized config and every agent's chains as JSON", () => {
    const r = runCli(["check", "--print-config", "--rule", "model/missing-provider=off", config]);
    const printed = JSON.parse(r.stdout);
    expect(printed.config.agents.defaults.model).toEqual({ primary: "openai/gpt-5.4-mini", fallbacks: ["kimi/k2p5"] });
    expect(printed.agents).toEqual([
      {
        id: "main",
        default: true,
        chains: { model: { primary: "openai/gpt-5.4-mini", fallbacks: ["kimi/k2p5"], primaryFrom: "defaults", fallbacksFrom: "defaults" } },
      },
    ]);
    // Diagnostics go to stderr, so stdout stays parseable.
    expect(r.stderr).toContain("model/non-canonical-provider");
  });
});
