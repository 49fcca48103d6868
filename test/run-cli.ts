/**
 * @fileoverview Runs the built CLI as a user would: a child process, its
 * stdout, stderr and exit code.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./fixture-files.js";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const CLI = join(ROOT, "bin", "agentcfg.js");

export function runCli(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string; timeout?: number } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
