/**
 * @fileoverview Writing a command's report to stdout without making
 * `process.stdout`: on a pipe that stream costs ≈ 4 ms to set up (a
 * net.Socket and Node's stream machinery) and asking it `isTTY` loads
 * node:tty (≈ 2 ms), a tenth of a whole `agentcfg check`. A report is written
 * with blocking `writeSync` calls instead; if the other end is a non-blocking
 * pipe that is full (EAGAIN), the rest goes through `process.stdout`, which
 * waits for it, and so does everything written after it, so the order holds.
 * A reader that went away (EPIPE, `agentcfg check | head -1`) ends the output
 * quietly, as it does for other command-line tools.
 */
import { fstatSync, writeSync } from "node:fs";

const STDOUT = 1;

/** Set once stdout has gone to the stream (after an EAGAIN) or away (EPIPE). */
let stdoutMode: "sync" | "stream" | "closed" = "sync";

function errorCode(error: unknown): unknown {
  return error !== null && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
}

/** Writes `text` to stdout in full and in order. */
export function writeStdout(text: string): void {
  if (text === "" || stdoutMode === "closed") return;
  if (stdoutMode === "stream") {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(STDOUT, bytes, written, bytes.length - written);
  } catch (error) {
    const code = errorCode(error);
    if (code === "EPIPE") {
      stdoutMode = "closed";
      return;
    }
    if (code !== "EAGAIN") throw error;
    stdoutMode = "stream";
    process.stdout.write(bytes.subarray(written));
  }
}

/**
 * Whether `fd` is a terminal, as `process.stdout.isTTY` would say: only a
 * character device can be one, so a pipe or a file is answered by one fstat,
 * and node:tty is loaded only for a device.
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    // Linux's memory devices (major 1: /dev/null, /dev/zero, …) are never terminals: `> /dev/null` needs no node:tty.
    if (process.platform === "linux" && linuxMajor(stat.rdev) === LINUX_MEMORY_DEVICES) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule("node:tty").isatty(fd);
}

const LINUX_MEMORY_DEVICES = 1;

/** The major number of a Linux device number (glibc's `gnu_dev_major`). */
function linuxMajor(rdev: number): number {
  return ((rdev >>> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);
}
