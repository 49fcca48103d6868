/**
 * @fileoverview One sandboxed phase of a recording: writes a bash step script (OpenClaw commands,
 * each turn between two time marks), starts the oracle's `runtime/sandbox.sh` on it with the
 * project's fake provider beside it, waits, and reads back what the phase left in `<run>/<phase>/`:
 * the marks, each command's exit code, stdout and stderr, and the fake's request log.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FAKE_PORT = 18080;

/** Quotes `text` for bash. */
export function shq(text) {
  return `'${String(text).replaceAll("'", "'\\''")}'`;
}

/**
 * A step script: each command is `{name, args: [...], stdin?}`; its output goes to
 * `$RUN/<phase>/<name>.stdout|stderr` and its exit code and start/end times to marks.txt.
 */
export function stepScript(phase, commands) {
  const lines = [`mkdir -p "$RUN/${phase}"`, `mark() { printf '%s %s\\n' "$1" "$(date +%s%3N)" >> "$RUN/${phase}/marks.txt"; }`];
  for (const c of commands) {
    const out = `"$RUN/${phase}/${c.name}"`;
    const stdin = c.stdin === undefined ? "< /dev/null" : `<<< ${shq(c.stdin)}`;
    lines.push(`mark ${c.name}-start`);
    lines.push(`oc ${c.args.map(shq).join(" ")} ${stdin} > ${out}.stdout 2> ${out}.stderr`);
    lines.push(`printf '%s %s\\n' ${c.name}-exit $? >> "$RUN/${phase}/marks.txt"`);
    lines.push(`mark ${c.name}-end`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Runs `commands` in the sandbox for run folder `run` (mounted at `runAt`), the fake answering
 * with `script`. Resolves with what the phase left behind.
 */
export async function runPhase({ release, oracle, repoRoot, work, run, runAt, phase, commands, script, timeoutSeconds }) {
  mkdirSync(join(run, phase), { recursive: true });
  writeFileSync(join(run, phase, "fake-script.json"), `${JSON.stringify(script, null, 2)}\n`);
  const stepFile = join(run, phase, "step.sh");
  writeFileSync(stepFile, stepScript(phase, commands));
  const fakeCmd = `"$OC_NODE" ${shq(join(repoRoot, "scripts", "runtime", "fake-provider.mjs"))} --script "$RUN/${phase}/fake-script.json" --port ${FAKE_PORT} --log "$RUN/${phase}/requests.jsonl"`;
  const env = {
    ...process.env,
    ORACLE_ROOT: work,
    RUN: run,
    RUN_AT: runAt ?? "",
    OC_NODE: release.node,
    OC_ENTRY: release.entry,
    FAKE_CMD: fakeCmd,
    FAKE_PORT: String(FAKE_PORT),
    OC_TIMEOUT: String(timeoutSeconds),
  };
  const code = await new Promise((resolve) => {
    const child = spawn(join(oracle, "runtime", "sandbox.sh"), [stepFile], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (c) => {
      writeFileSync(join(run, phase, "sandbox-output.txt"), output);
      resolve(c);
    });
  });
  return readPhase(run, phase, commands, code);
}

function readText(file) {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

/** What a phase left: per command its times, exit code and output; the requests; the OpenClaw file log. */
export function readPhase(run, phase, commands, sandboxExit) {
  const marks = {};
  for (const line of readText(join(run, phase, "marks.txt")).split("\n")) {
    const [name, value] = line.split(" ");
    if (name) marks[name] = Number(value);
  }
  const results = commands.map((c) => ({
    name: c.name,
    start: marks[`${c.name}-start`],
    end: marks[`${c.name}-end`],
    exit: marks[`${c.name}-exit`],
    stdout: readText(join(run, phase, `${c.name}.stdout`)),
    stderr: readText(join(run, phase, `${c.name}.stderr`)),
  }));
  const requests = readText(join(run, phase, "requests.jsonl"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const logDir = join(run, "oc-tmp-logs");
  const fileLog = [];
  for (const name of existsSync(logDir) ? readdirSync(logDir).sort() : []) {
    for (const line of readText(join(logDir, name)).split("\n")) {
      if (!line.trim()) continue;
      try {
        fileLog.push(JSON.parse(line));
      } catch {
        fileLog.push({ message: line });
      }
    }
  }
  return { sandboxExit, results, requests, fileLog };
}
