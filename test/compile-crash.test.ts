/**
 * @fileoverview Crash safety of `agentcfg compile` (acceptance): 200 compile
 * processes under `npm run test:slow` (40 in `npm test`), each killed with
 * SIGKILL after a seeded random delay, never leave an
 * auth-state.json that is partial, empty or unparsable. Each of several
 * workspaces (run in parallel) holds agents whose state compile must
 * rewrite; before every run the workspace is reset to the un-normalized
 * state, and after every kill each file must hold exactly the old state or
 * exactly the new one. A final clean run in each workspace must succeed:
 * the dead writers' locks and temp files do not block it.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, renameSync, watch, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { scaled, seededRandom, TEST_SEED } from "./helpers/test-scale.js";
import { kimiConfig, makeWorkspace, NORMALIZED_STATE, spawnCli, UNNORMALIZED_STATE, type Workspace } from "./compile-setup.js";

const RUNS = scaled(40, 200);
const random = seededRandom();
const PARALLEL = 4;
const AGENTS = Array.from({ length: 8 }, (_, i) => `agent-${i}`);
const OLD_TEXT = JSON.stringify(UNNORMALIZED_STATE);
const workspaces: Workspace[] = [];
afterAll(() => workspaces.forEach((ws) => ws.remove()));

/** Puts the old state back the way a runtime would: atomically, so the reset itself never shows a partial file. */
function reset(ws: Workspace): void {
  for (const agent of AGENTS) {
    const temp = `${ws.statePath(agent)}.reset`;
    writeFileSync(temp, OLD_TEXT);
    renameSync(temp, ws.statePath(agent));
  }
}

type Seen = "old" | "new";

function inspect(ws: Workspace): Seen[] {
  return AGENTS.map((agent) => {
    const text = readFileSync(ws.statePath(agent), "utf8");
    expect(text.length, `${agent}: empty file`).toBeGreaterThan(0);
    const value: unknown = JSON.parse(text); // throws on a partial file
    if (text === OLD_TEXT) return "old";
    expect(value, `${agent}: neither the old nor the new state`).toEqual(NORMALIZED_STATE);
    return "new";
  });
}

describe("compile killed with SIGKILL at random moments", () => {
  it(`never leaves a partial, empty or unparsable auth-state.json (${RUNS} runs)`, { timeout: 300_000 }, async () => {
    for (let i = 0; i < PARALLEL; i++) {
      const ws = makeWorkspace("agentcfg-crash-");
      ws.write(ws.config, kimiConfig(AGENTS));
      for (const agent of AGENTS) ws.write(ws.statePath(agent), OLD_TEXT);
      workspaces.push(ws);
    }
    const args = (ws: Workspace) => ["compile", ws.config, "--state-dir", ws.stateDir, "--now", "2026-04-13T14:00:00Z"];
    /**
     * Runs compile once; `killAfter` picks, from the moment the first lock
     * appears (the write phase begins) or from the start, when to kill it.
     */
    const run = (ws: Workspace, plan?: { fromStart: boolean; delayMs: number }) => {
      const started = Date.now();
      let writesBegan: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let child: ChildProcess | undefined;
      const kill = () => child?.kill("SIGKILL");
      const watcher = watch(ws.agentDir(AGENTS[0]!), (_event, name) => {
        if (writesBegan !== undefined || !String(name).endsWith(".lock")) return;
        writesBegan = Date.now();
        if (plan && !plan.fromStart) timer = setTimeout(kill, plan.delayMs);
      });
      return spawnCli(args(ws), {
        onStart: (started_) => {
          child = started_;
          if (plan?.fromStart) timer = setTimeout(kill, plan.delayMs);
        },
      }).then((result) => {
        watcher.close();
        clearTimeout(timer);
        const ended = Date.now();
        return { result, startupMs: (writesBegan ?? ended) - started, writeMs: writesBegan === undefined ? 0 : ended - writesBegan };
      });
    };

    // Calibrate under the same parallel load: how long start-up takes, and how long the writes.
    const timed = await Promise.all(workspaces.map(async (ws) => (reset(ws), await run(ws))));
    for (const t of timed) expect(t.result.status, t.result.stderr).toBe(0);
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const startupMs = median(timed.map((t) => t.startupMs));
    // The write phase's length, kept current: each run that finished before its kill adds its own, so
    // the kills follow the machine when its load changes (other suites start or end beside this one).
    const writeTimes = timed.map((t) => t.writeMs);
    const writeEstimate = () => Math.max(5, median(writeTimes.slice(-15)));
    const tally = { startupMs, writeMs: writeEstimate(), killed: 0, finished: 0, untouched: 0, partway: 0, complete: 0 };
    let next = 0;
    const worker = async (ws: Workspace) => {
      while (next < RUNS) {
        next++;
        reset(ws);
        // Most kills land in the write phase (that is where a file could be torn); one in five anywhere from the start.
        const fromStart = random() < 0.2;
        const writeMs = writeEstimate();
        const delayMs = Math.floor(random() * (fromStart ? startupMs + writeMs : writeMs * 1.1));
        const { result, writeMs: took } = await run(ws, { fromStart, delayMs });
        if (result.signal === "SIGKILL") tally.killed++;
        else {
          expect(result.status, result.stderr).toBe(0);
          tally.finished++;
          if (took > 0) writeTimes.push(took);
        }
        const seen = inspect(ws);
        const fresh = seen.filter((s) => s === "new").length;
        if (fresh === 0) tally.untouched++;
        else if (fresh === AGENTS.length) tally.complete++;
        else tally.partway++;
      }
    };
    await Promise.all(workspaces.map(worker));
    tally.writeMs = writeEstimate();
    console.log(`compile crash test (seed ${TEST_SEED}): ${JSON.stringify(tally)}`);
    expect(tally.killed + tally.finished).toBeGreaterThanOrEqual(RUNS);
    // The kills must have hit the write phase, or the test proves nothing.
    expect(tally.killed).toBeGreaterThan(RUNS / 2);
    expect(tally.partway).toBeGreaterThan(RUNS / 10);

    // A clean run afterwards: dead writers' locks are broken, their temp files swept, every file normalized.
    for (const ws of workspaces) {
      reset(ws);
      const { result } = await run(ws);
      expect(result.status, result.stderr).toBe(0);
      expect(inspect(ws).every((s) => s === "new")).toBe(true);
      for (const agent of AGENTS) {
        expect(existsSync(`${ws.statePath(agent)}.lock`)).toBe(false);
        expect(readdirSync(ws.agentDir(agent)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      }
    }
  });
});
