/**
 * @fileoverview The VS Code extension in editors/vscode/ stays in step with the
 * server: it is valid JavaScript, it starts `agentcfg lsp --stdio`, its file
 * selector covers what the server checks, and every setting it contributes
 * (but its own `agentcfg.path`) is one the server reads.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isConfigFile, SERVER_SETTINGS } from "../src/lsp/server.js";
import { ROOT } from "./fixture-files.js";

const EXTENSION = join(ROOT, "editors", "vscode");
const manifest = JSON.parse(readFileSync(join(EXTENSION, "package.json"), "utf8")) as {
  contributes: { configuration: { properties: Record<string, unknown> }; languages: { id: string; extensions: string[] }[] };
};

describe("editors/vscode", () => {
  it("is valid JavaScript and starts agentcfg lsp --stdio", () => {
    const checked = spawnSync(process.execPath, ["--check", join(EXTENSION, "extension.js")], { encoding: "utf8" });
    expect(checked.status, checked.stderr).toBe(0);
    expect(readFileSync(join(EXTENSION, "extension.js"), "utf8")).toContain('args: ["lsp", "--stdio"]');
  });

  it("contributes only settings the server reads", () => {
    const keys = Object.keys(manifest.contributes.configuration.properties).filter((k) => k !== "agentcfg.path");
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(SERVER_SETTINGS as readonly string[]).toContain(key.replace(/^agentcfg\./, ""));
  });

  it("gives VS Code a JSON5 language for the files the server checks", () => {
    expect(manifest.contributes.languages).toContainEqual(expect.objectContaining({ id: "json5", extensions: [".json5"] }));
    expect(isConfigFile("/x/openclaw.json")).toBe(true);
    expect(isConfigFile("/x/agents.json5")).toBe(true);
    expect(isConfigFile("/x/agentcfg.config.json5")).toBe(false);
    expect(isConfigFile("/x/package.json")).toBe(false);
  });
});
