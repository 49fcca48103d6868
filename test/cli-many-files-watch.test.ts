/**
 * @fileoverview `agentcfg check --watch`: re-checks on change, clears the
 * screen between runs, survives a file caught mid-write, ignores its own
 * `--output` file, and stops cleanly on SIGINT.
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAR_SCREEN, watchCheck } from "../src/cli/commands/check-watch.js";
import { CLI } from "./run-cli.js";

// Clean under the default target (2026.9), which reads environment variables only from env.vars.
const GOOD = `{ env: { vars: { OPENAI_API_KEY: "\${OPENAI_API_KEY}" } }, agents: { defaults: { model: "openai/gpt-5.4" } } }\n`;
const TYPO = `{ agents: { defaults: { modle: "openai/gpt-5.4" } } }\n`;

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("check --watch (the CLI)", () => {
  it("re-checks on change, shows a half-written file's parse error and recovers, ignores --output, exits 0 on SIGINT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-watch-"));
    const file = join(dir, "openclaw.json5");
    writeFileSync(file, GOOD);
    const child = spawn(process.execPath, [CLI, "check", "--watch", "--no-color", file, "--output", join(dir, "report.txt")], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const passes = () => stdout.match(/(no problems found|✖ .*)\. Report written/g)?.length ?? 0;
    try {
      await until(() => stderr.includes("watching 1 file"), "the first pass");
      expect(stdout).toContain("no problems found");

      // Mid-write: the first half of an edit lands, then the rest; the half shows a syntax error.
      writeFileSync(file, TYPO.slice(0, 20));
      await until(() => stdout.includes("✖ 1 error"), "the half-written file's error");
      const afterHalf = passes();
      writeFileSync(file, TYPO);
      await until(
        () => passes() > afterHalf && stdout.trimEnd().endsWith(`✖ 1 error, 0 warnings in ${file}. Report written to ${join(dir, "report.txt")}.`),
        "the completed file's check",
      );
      expect(stdout).toContain("── change detected: checking again ──");

      // Writing the report file itself must not start another pass (it would loop forever).
      const settled = passes();
      await new Promise((r) => setTimeout(r, 600));
      expect(passes()).toBe(settled);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain("stopped watching.");
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  }, 40_000);
});

describe("watchCheck (the loop)", () => {
  it("clears the screen between passes on a terminal, and resolves 0 on SIGINT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-watch-unit-"));
    const file = join(dir, "a.json5");
    writeFileSync(file, GOOD);
    let written = "";
    const signals = new EventEmitter();
    let passes = 0;
    const done = watchCheck(
      async () => {
        passes++;
        return { exitCode: 0, files: [file], roots: [] };
      },
      { stdout: { isTTY: true, write: (t: string) => (written += t) }, stderr: { write: () => true }, signals, debounceMs: 20 },
    );
    await until(() => passes === 1, "the first pass");
    expect(written).not.toContain(CLEAR_SCREEN);
    // Three writes in quick succession are one change: debounced into one pass.
    writeFileSync(file, TYPO);
    writeFileSync(file, GOOD);
    writeFileSync(file, TYPO);
    await until(() => passes === 2, "the second pass");
    await new Promise((r) => setTimeout(r, 200));
    expect(passes).toBe(2);
    expect(written).toBe(CLEAR_SCREEN);
    signals.emit("SIGINT");
    await expect(done).resolves.toBe(0);
    expect(signals.listenerCount("SIGINT")).toBe(0);
  });
});
