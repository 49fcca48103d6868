// Runs inside a private mount namespace (`unshare -m`, started by mounted.ts), as root: for each
// case of the batch, mounts a small tmpfs, copies a seed folder into it, turns it into the world
// the case asks for, runs the built CLI there and reports what the command said and every file
// before and after. Prints a JSON array, one result per case, in order; cases run a few at a time.
//   mode "full"             the tmpfs is filled to the last byte (the filler is not in the listing)
//   mode "nearly-full:<kb>" filled, then <kb> KB given back: room for small writes, not for big ones
//   mode "read-only"        the whole tmpfs is remounted read-only
//   mode "ro:<sub>"         only <sub> (a folder inside the seed) is bind-mounted read-only
// The namespace dies with this process, and its mounts with it: nothing outlives the test.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, cpSync, ftruncateSync, fstatSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const { cases, cli } = JSON.parse(process.argv[2]);
const CONCURRENCY = 3;
const FILLER = ".zz-filler";

function mount(...args) {
  const done = spawnSync("mount", args, { encoding: "utf8" });
  if (done.status !== 0) {
    process.stdout.write(JSON.stringify({ refused: `mount ${args.join(" ")}: ${done.stderr.trim()}` }));
    process.exit(0);
  }
}

function listing(root) {
  const out = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (rel === FILLER) continue;
      const stats = lstatSync(path);
      if (stats.isDirectory()) walk(path);
      else out[rel] = `${stats.size}:${createHash("sha256").update(readFileSync(path)).digest("hex").slice(0, 16)}`;
    }
  };
  walk(root);
  return out;
}

function fill(root, leaveKb = 0) {
  const fd = openSync(join(root, FILLER), "w");
  const block = Buffer.alloc(64 * 1024, 120);
  try {
    for (let size = block.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          if (writeSync(fd, block, 0, size) < size) break;
        } catch {
          break;
        }
      }
    }
    if (leaveKb > 0) ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveKb * 1024));
  } finally {
    closeSync(fd);
  }
}

function runCli(args, options) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { ...options, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      done({ status, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

async function runCase(spec) {
  const root = mkdtempSync(join(tmpdir(), "agentcfg-mounted-"));
  mount("-t", "tmpfs", "-o", `size=${spec.sizeKb ?? 2048}k,mode=0755`, "agentcfg-test", root);
  cpSync(spec.seed, root, { recursive: true });
  const before = listing(root);
  if (spec.mode === "full") fill(root);
  else if (spec.mode.startsWith("nearly-full:")) fill(root, Number(spec.mode.slice("nearly-full:".length)));
  else if (spec.mode === "read-only") mount("-o", "remount,ro", root);
  else if (spec.mode.startsWith("ro:")) {
    const sub = join(root, spec.mode.slice(3));
    mount("--bind", sub, sub);
    mount("-o", "remount,bind,ro", sub);
  }
  const args = spec.args.map((arg) => arg.replaceAll("{root}", root));
  const env = { ...process.env, NO_COLOR: "1", HOME: root, ...(spec.env ?? {}) };
  for (const [key, value] of Object.entries(env)) env[key] = String(value).replaceAll("{root}", root);
  const run = await runCli(args, { cwd: root, env, input: spec.input });
  const after = listing(root);
  const clean = (text) => (text ?? "").replaceAll(root, "<root>");
  return { status: run.status, signal: run.signal, stdout: clean(run.stdout), stderr: clean(run.stderr), before, after };
}

const results = new Array(cases.length);
let next = 0;
async function worker() {
  while (next < cases.length) {
    const i = next++;
    results[i] = await runCase(cases[i]);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
process.stdout.write(JSON.stringify(results));
