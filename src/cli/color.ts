/**
 * @fileoverview Whether to colour output: an explicit --color/--no-color wins,
 * then NO_COLOR / FORCE_COLOR, then whether the output (stdout unless a stream
 * is named) is a terminal.
 */
import { isTerminal } from "./output.js";

export function shouldUseColor(flag: boolean | undefined, stream?: NodeJS.WriteStream): boolean {
  if (flag !== undefined) return flag;
  if (process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "") return false;
  const force = process.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  // Stdout by its file descriptor: asking process.stdout would make the stream (see output.ts).
  return stream ? Boolean(stream.isTTY) : isTerminal(1);
}
