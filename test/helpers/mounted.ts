/**
 * @fileoverview Runs the built CLI on a hostile file system: a full tmpfs, a
 * read-only mount, or a seed whose one folder is read-only. Each batch runs
 * in a private mount namespace (`unshare -m`), so no mount leaks to the
 * machine and all of them vanish with the batch. Needs root (or a kernel
 * that lets `unshare` make the namespace); where that is refused,
 * `mountSkipReason` says why and the tests skip.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../fixture-files.js";
import { CLI } from "../run-cli.js";

const PAYLOAD = join(ROOT, "test", "helpers", "mounted-run.mjs");

/** `full`: no byte left; `nearly-full:<kb>`: only that much left; `read-only`: the whole tree; `ro:<sub>`: that folder of the seed only. */
export type MountMode = "full" | `nearly-full:${number}` | "read-only" | `ro:${string}`;

export interface MountedCase {
  /** A folder copied onto the tmpfs before the world is made hostile. */
  seed: string;
  mode: MountMode;
  /** The CLI's arguments; `{root}` stands for the tmpfs. */
  args: string[];
  input?: string;
  env?: Record<string, string>;
  sizeKb?: number;
}

export interface MountedResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Relative path → `size:hash` of every file, before the world was made hostile and after the command. */
  before: Record<string, string>;
  after: Record<string, string>;
}

function runPayload(cases: MountedCase[]): { ok: true; results: MountedResult[] } | { ok: false; why: string } {
  const done = spawnSync("unshare", ["-m", "--propagation", "private", process.execPath, PAYLOAD, JSON.stringify({ cases, cli: CLI })], {
    encoding: "utf8",
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (done.error) return { ok: false, why: `unshare could not run (${done.error.message})` };
  if (done.status !== 0) return { ok: false, why: `the kernel refused a private mount namespace: ${done.stderr.trim()}` };
  const parsed = JSON.parse(done.stdout) as MountedResult[] | { refused: string };
  if (!Array.isArray(parsed)) return { ok: false, why: `the kernel refused a mount: ${parsed.refused}` };
  return { ok: true, results: parsed };
}

let probed: string | undefined | null = null;

/** Why mount tests cannot run here (not root, no unshare, a kernel that refuses), or undefined when they can. */
export function mountSkipReason(): string | undefined {
  if (probed !== null) return probed;
  if (process.platform !== "linux") return (probed = "mount namespaces are Linux only");
  const seed = mkdtempSync(join(tmpdir(), "agentcfg-probe-"));
  const probe = runPayload([{ seed, mode: "read-only", args: ["--version"] }]);
  probed = probe.ok ? undefined : probe.why;
  return probed;
}

/** Runs every case (each on a fresh tmpfs made hostile as its `mode` says) and returns their results in order. */
export function runMounted(cases: MountedCase[]): MountedResult[] {
  const run = runPayload(cases);
  if (!run.ok) throw new Error(run.why);
  return run.results;
}
