/**
 * @fileoverview Runs the built CLI as a child with a time limit and measures
 * it: wall time and peak RSS (from process.resourceUsage() in the child, via
 * a preloaded hook, so it works wherever Node does). Optionally as another
 * user (`setpriv`), for permission tests run as root.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../run-cli.js";
import { ROOT } from "../fixture-files.js";

const PRELOAD = join(ROOT, "test", "helpers", "max-rss.cjs");

export interface MeasuredRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time, ms. */
  ms: number;
  /** Peak resident set size of the CLI process, MB; undefined if it never exited normally. */
  maxRssMb: number | undefined;
  timedOut: boolean;
}

export interface MeasureOptions {
  timeoutMs?: number;
  input?: string;
  env?: Record<string, string>;
  /** Run through this command prefix, e.g. ["setpriv", "--reuid=65534", …]. */
  prefix?: string[];
  cwd?: string;
}

export function runMeasured(args: string[], options: MeasureOptions = {}): MeasuredRun {
  const dir = mkdtempSync(join(tmpdir(), "agentcfg-rss-"));
  if (options.prefix) chmodSync(dir, 0o777); // another user writes the measurement
  const rssFile = join(dir, "maxrss");
  const command = [...(options.prefix ?? []), process.execPath, "--require", PRELOAD, CLI, ...args];
  const started = Date.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", AGENTCFG_MAXRSS_FILE: rssFile, ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
    killSignal: "SIGKILL",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  let maxRssMb: number | undefined;
  try {
    maxRssMb = Math.round(Number(readFileSync(rssFile, "utf8")) / 1024);
  } catch {
    maxRssMb = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? "", stderr: result.stderr ?? "", ms, maxRssMb, timedOut };
}
