/**
 * @fileoverview The child process of work-meter.ts. It starts V8's block
 * coverage before any code of ours is compiled (a function compiled earlier
 * has no block counters: its loops would count nothing), then imports the
 * built modules, runs one scenario at each size given, and prints the work
 * of each run as JSON on stdout.
 *
 * Usage: node work-child.mjs <scenario> <size>…
 */
import { Session } from "node:inspector";

const session = new Session();
session.connect();
function post(method, params = {}) {
  let result;
  let failure = null;
  // A session on the main thread answers synchronously.
  session.post(method, params, (error, answer) => {
    failure = error;
    result = answer;
  });
  if (failure) throw failure;
  return result;
}
post("Profiler.enable");
post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });

/** Blocks run in the built project (dist/) since the last call; taking coverage resets the counters. */
function blocksSinceLast() {
  let total = 0;
  for (const script of post("Profiler.takePreciseCoverage").result) {
    if (!script.url.includes("/dist/") || script.url.includes("/node_modules/")) continue;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  }
  return total;
}

// Characters handed to regular expressions: each exec is charged from where it starts to where it stops.
const originalExec = RegExp.prototype.exec;
let regexChars = 0;
RegExp.prototype.exec = function countingExec(text) {
  const start = this.global || this.sticky ? this.lastIndex : 0;
  const match = originalExec.call(this, text);
  regexChars += Math.max(0, (match ? match.index + match[0].length : String(text).length) - start) + 1;
  return match;
};

const { SCENARIOS } = await import("./work-scenarios.mjs");
const [name, ...sizes] = process.argv.slice(2);
const scenario = SCENARIOS[name];
if (!scenario) throw new Error(`no scenario named ${name}`);
const out = [];
await scenario(Number(sizes[0])); // module loading and first-call set-up are not charged to a size
for (const size of sizes.map(Number)) {
  blocksSinceLast();
  regexChars = 0;
  const found = await scenario(size);
  const blocks = blocksSinceLast();
  out.push({ size, blocks, regexChars, total: blocks + regexChars, found });
}
// The checks print their summaries on stdout too: the result is the line after a marker.
process.stdout.write(`\nWORK-RESULT ${JSON.stringify(out)}\n`);
