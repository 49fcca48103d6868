/**
 * @fileoverview Counts the work a call does, deterministically, for the
 * scaling tests (issue 32): never a time, which a shared machine cannot hold
 * steady. Two measures, added up:
 *
 * - JavaScript blocks run in the project's own code (`src/`): V8's precise
 *   block coverage counts every execution of every function body, loop body
 *   and branch, the way a profiler counts nothing and a clock counts noise.
 *   A quadratic loop of ours shows up as a quadratic count.
 * - Characters handed to a regular expression: each `exec` (which `test`,
 *   `match`, `matchAll` and `replace` go through once `exec` is replaced) is
 *   charged for the text from where it starts to where it stops (the end of
 *   its match, else the end of the text). A scan that runs a pattern to the
 *   end of the text once per hit (the PEM scan's old way) is quadratic here.
 *
 * What neither sees: work inside V8's own string functions (`indexOf`) and a
 * pattern's backtracking; `regex-backtracks.ts` measures the latter.
 */
import { Session } from "node:inspector";
import { setFlagsFromString } from "node:v8";

interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface CoverageScript {
  url: string;
  functions: { ranges: CoverageRange[] }[];
}

function post<T>(session: Session, method: string, params?: object): T {
  let result: T | undefined;
  let failure: Error | null = null;
  // A session on the main thread answers synchronously: the callback has run when post returns.
  session.post(method, params ?? {}, (error, answer) => {
    failure = error;
    result = answer as T;
  });
  if (failure) throw failure;
  if (result === undefined) throw new Error(`the inspector did not answer ${method} synchronously`);
  return result;
}

/** The project's own modules, as the test runner names them (not node_modules, not the tests). */
function isProjectSource(url: string): boolean {
  return url.includes("/src/") && !url.includes("/node_modules/");
}

function blocksRun(scripts: readonly CoverageScript[]): number {
  let total = 0;
  for (const script of scripts) {
    if (!isProjectSource(script.url)) continue;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  }
  return total;
}

export interface Work {
  /** JavaScript blocks run in src/. */
  blocks: number;
  /** Characters offered to regular expressions. */
  regexChars: number;
  total: number;
}

interface Meter {
  stop(): Work;
  abandon(): void;
}

function startMeter(): Meter {
  // Optimised code does not count blocks: with the optimising tiers off, every block run is counted
  // (starting block coverage throws away the optimised code there is). Slower, but only in this measure.
  setFlagsFromString("--no-opt");
  setFlagsFromString("--no-maglev");
  const session = new Session();
  session.connect();
  const originalExec = RegExp.prototype.exec;
  let regexChars = 0;
  const release = () => {
    RegExp.prototype.exec = originalExec;
    try {
      post(session, "Profiler.stopPreciseCoverage");
      post(session, "Profiler.disable");
    } finally {
      session.disconnect();
      setFlagsFromString("--opt");
      setFlagsFromString("--maglev");
    }
  };
  try {
    post(session, "Profiler.enable");
    post(session, "Profiler.startPreciseCoverage", { callCount: true, detailed: true });
    // Taking coverage resets the counters: what follows counts only the work measured.
    post(session, "Profiler.takePreciseCoverage");
  } catch (error) {
    release();
    throw error;
  }
  RegExp.prototype.exec = function countingExec(this: RegExp, text: string) {
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const match = originalExec.call(this, text);
    const length = String(text).length;
    regexChars += Math.max(0, (match ? match.index + match[0].length : length) - start) + 1;
    return match;
  };
  return {
    stop() {
      RegExp.prototype.exec = originalExec;
      try {
        const { result } = post<{ result: CoverageScript[] }>(session, "Profiler.takePreciseCoverage");
        const blocks = blocksRun(result);
        return { blocks, regexChars, total: blocks + regexChars };
      } finally {
        release();
      }
    },
    abandon: release,
  };
}

/** Runs `fn` (synchronous) and counts its work. */
export function measureWork(fn: () => unknown): Work {
  const meter = startMeter();
  try {
    fn();
  } catch (error) {
    meter.abandon();
    throw error;
  }
  return meter.stop();
}

/** Runs `fn` to the end of its promise and counts its work (nothing else may run meanwhile). */
export async function measureWorkAsync(fn: () => Promise<unknown>): Promise<Work> {
  const meter = startMeter();
  try {
    await fn();
  } catch (error) {
    meter.abandon();
    throw error;
  }
  return meter.stop();
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
