/**
 * @fileoverview Scratch workspaces for the compile and auth command tests: a
 * config file and an OpenClaw state folder with per-agent auth files, plus
 * helpers to read them back and to run the built CLI asynchronously (for the
 * tests that run many processes at once or kill them).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CLI } from "./run-cli.js";

export interface Workspace {
  root: string;
  config: string;
  stateDir: string;
  agentDir(agentId: string): string;
  statePath(agentId: string): string;
  storePath(agentId: string): string;
  write(path: string, text: string): void;
  readJson(path: string): unknown;
  remove(): void;
}

export function makeWorkspace(prefix = "agentcfg-compile-"): Workspace {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const stateDir = join(root, "state");
  const agentDir = (agentId: string) => join(stateDir, "agents", agentId, "agent");
  return {
    root,
    config: join(root, "openclaw.json5"),
    stateDir,
    agentDir,
    statePath: (agentId) => join(agentDir(agentId), "auth-state.json"),
    storePath: (agentId) => join(agentDir(agentId), "auth-profiles.json"),
    write(path, text) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    readJson: (path) => JSON.parse(readFileSync(path, "utf8")),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface AsyncCliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; `kill` (if given) is called with the child right after it starts. */
export function spawnCli(
  args: string[],
  options: { input?: string; env?: Record<string, string>; onStart?: (child: ChildProcess) => void } = {},
): Promise<AsyncCliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: "1", ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (status, signal) => done({ status, signal, stdout, stderr }));
    child.stdin.on("error", () => undefined); // a killed child closes its stdin early
    child.stdin.end(options.input ?? "");
    options.onStart?.(child);
  });
}

/**
 * Kimi profiles in the config, an `agents.list` of `agents`, and optionally
 * more text inside the root object. A 2026.4 config (agents.list), and it says
 * so in meta, so every command reads it as 2026.4.
 */
export function kimiConfig(agents: readonly string[], extra = ""): string {
  const list = agents.map((id) => `{ id: "${id}" }`).join(", ");
  return `// test config
{
  meta: { lastTouchedVersion: "2026.4.12" },
  agents: {
    defaults: { model: { primary: "kimi/kimi-code" } },
    list: [${list}],
  },
  auth: {
    profiles: {
      "kimi:default": { provider: "kimi", mode: "api_key" },
      "kimi:backup": { provider: "kimi", mode: "api_key" },
    },
  },${extra}
}
`;
}

/** An auth-state.json that compile must change: an alias key, a duplicate, an unknown id, an expired cooldown, runtime fields. */
export const UNNORMALIZED_STATE = {
  version: 1,
  order: { "kimi-coding": ["kimi:backup", "kimi:default", "kimi:backup", "kimi:retired"] },
  usageStats: {
    "kimi:backup": { cooldownUntil: 1_000, cooldownReason: "rate_limit", errorCount: 3, failureCounts: { rate_limit: 3 }, lastProbeAt: 42 },
    "kimi:default": { lastUsed: 5_000, blockedUntil: 9_999_999_999_999 },
  },
  runtimeExtra: { keep: ["me"] },
};

/** What compile writes for UNNORMALIZED_STATE (profiles kimi:default and kimi:backup known). */
export const NORMALIZED_STATE = {
  version: 1,
  order: { kimi: ["kimi:backup", "kimi:default"] },
  usageStats: {
    "kimi:backup": { errorCount: 0, lastProbeAt: 42 },
    "kimi:default": { lastUsed: 5_000, blockedUntil: 9_999_999_999_999 },
  },
  runtimeExtra: { keep: ["me"] },
};
