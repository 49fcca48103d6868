/**
 * @fileoverview How `check` writes its report (src/cli/output.ts): to a pipe
 * whose reader goes away (`agentcfg check … | head -1`) it stops quietly with
 * its usual exit code, and a report far larger than a pipe's buffer arrives
 * whole and in order, as the same command's report written to a file. To
 * /dev/null it does not load node:tty (a character device, but never a terminal).
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { CLI } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "agentcfg-output-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Three fixture folders as JSON: a report of about half a MB, far more than a pipe holds (64 KB on Linux). Their exit
// code is 2 (a settings file among them has a problem), the same wherever the report goes.
const ARGS = ["check", "fixtures/openclaw-sections", "fixtures/openclaw-2026.9", "fixtures/invalid", "--format", "json"];
const STATUS = 2;
const ENV = { ...process.env, NO_COLOR: "1" };

describe("check's report on stdout", () => {
  it("ends quietly, with its usual exit code, when the reader closes the pipe at once", async () => {
    const child = spawn(process.execPath, [CLI, ...ARGS], { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).not.toMatch(/EPIPE|Error|at .*\.cjs/);
    expect(status).toBe(STATUS);
  });

  it("arrives whole through a pipe a slow reader drains, the same bytes as written to a file", async () => {
    const file = join(scratch, "report.json");
    const toFile = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" ${ARGS.join(" ")} > "${file}"`], { cwd: ROOT, env: ENV });
    expect(toFile.status).toBe(STATUS);
    const expected = readFileSync(file, "utf8");
    expect(expected.length).toBeGreaterThan(256 * 1024);

    const child = spawn(process.execPath, [CLI, ...ARGS], { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    // Pause after each chunk so the pipe fills and the writer has to wait.
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(status).toBe(STATUS);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
    expect(JSON.parse(expected)).toBeTruthy();
  });

  it("to /dev/null: asks no terminal questions (node:tty stays unloaded)", () => {
    const preload = join(scratch, "report-tty.cjs");
    writeFileSync(
      preload,
      `process.on("exit", () => process.stderr.write("tty loaded: " + process.moduleLoadList.some((m) => m === "NativeModule tty") + "\\n"));\n`,
    );
    const devNull = openSync("/dev/null", "w");
    try {
      const run = spawnSync(process.execPath, ["-r", preload, CLI, "check", "examples/two-kimi-keys.json5"], {
        cwd: ROOT,
        // No NO_COLOR: whether to colour is then asked of stdout itself.
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
        stdio: ["ignore", devNull, "pipe"],
        encoding: "utf8",
      });
      expect(run.status).toBe(0);
      expect(run.stderr).toContain("tty loaded: false");
    } finally {
      closeSync(devNull);
    }
  });
});
