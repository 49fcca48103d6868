/**
 * @fileoverview Peak memory of a check of a large file. V8 on Node 22 and 24
 * lets its young generation grow to tens of MB, and a large parse (JSON.parse
 * or json5) fills it with short-lived strings and objects faster than it is
 * scavenged: the peak RSS of a 10 MB JSON check was ≈ 225 MB on Node 24 and
 * ≈ 160 MB with the young generation kept at the size it has (≈ 315 → 186 MB
 * for 10 MB of JSON5), for about the same CPU time (bench/RESULTS.md). V8
 * reads `--max-semi-space-size` only when the heap is set up, but the growth
 * factor at every growth, so that is the flag set here, once an input this
 * large is about to be read: a start does not load node:v8
 * (process.getBuiltinModule: Node ≥ 22.3).
 */

/** Inputs of this many bytes or more get the smaller young generation. */
export const LARGE_INPUT_BYTES = 1024 * 1024;
let capped = false;

/** Stops V8's young generation growing (once per process) before a large input is read. */
export function prepareForLargeInput(bytes: number): void {
  if (capped || bytes < LARGE_INPUT_BYTES) return;
  capped = true;
  const v8 = process.getBuiltinModule("node:v8") as typeof import("node:v8") | undefined;
  v8?.setFlagsFromString("--semi-space-growth-factor=1");
}
