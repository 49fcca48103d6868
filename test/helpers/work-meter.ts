/**
 * @fileoverview Counts the work a scenario does, deterministically, for the
 * scaling tests (issue 32): never a time, which a shared machine cannot hold
 * steady. A child process (work-child.mjs, on the built dist/) runs the
 * scenario (work-scenarios.mjs) at each size and counts two things, added up:
 *
 * - JavaScript blocks run in the project's own code: V8's precise block
 *   coverage counts every execution of every function body, loop body and
 *   branch. A quadratic loop of ours shows up as a quadratic count.
 * - Characters handed to a regular expression: each `exec` (which `test`,
 *   `match`, `matchAll` and `replace` go through once `exec` is replaced) is
 *   charged for the text from where it starts to where it stops (the end of
 *   its match, else the end of the text). A scan that runs a pattern to the
 *   end of the text once per hit (the PEM scan's old way) is quadratic here.
 *
 * What neither sees: work inside V8's own string functions (`indexOf`) and a
 * pattern's backtracking; regex-backtracks.test.ts has V8 count the latter.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../fixture-files.js";

const CHILD = join(ROOT, "test", "helpers", "work-child.mjs");

export interface Work {
  size: number;
  /** JavaScript blocks run in dist/. */
  blocks: number;
  /** Characters offered to regular expressions. */
  regexChars: number;
  total: number;
  /** What the scenario found at this size (so a test can see the input still triggers its case). */
  found: unknown;
}

/** Runs scenario `name` of work-scenarios.mjs at each size, in one fresh process. */
export function workOf(name: string, sizes: readonly number[]): Work[] {
  const result = spawnSync(process.execPath, [CHILD, name, ...sizes.map(String)], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, timeout: 240_000 });
  if (result.status !== 0) throw new Error(`work-child ${name} exited with ${result.status ?? result.signal}: ${result.stderr.slice(0, 2000)}`);
  const line = result.stdout.split("\n").find((l) => l.startsWith("WORK-RESULT "));
  if (!line) throw new Error(`work-child ${name} printed no result: ${result.stdout.slice(-2000)}`);
  return JSON.parse(line.slice("WORK-RESULT ".length)) as Work[];
}

/**
 * How the work grows from the two smaller sizes to the two larger ones:
 * (w(8n) - w(4n)) / (w(2n) - w(n)) for sizes n, 2n, 4n, 8n. The differences
 * cancel a fixed cost (loading a schema, say); linear work gives 4, quadratic 16.
 */
export function growth(work: readonly number[]): number {
  if (work.length !== 4) throw new Error("growth needs the work at four sizes: n, 2n, 4n, 8n");
  const [w1, w2, w4, w8] = work as [number, number, number, number];
  return (w8 - w4) / Math.max(1, w2 - w1);
}

/** The largest growth (see `growth`) still called linear: 4 plus room for a log factor (a sort). */
export const LINEAR_GROWTH = 5.5;
