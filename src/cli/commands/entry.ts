/**
 * @fileoverview What one command of the CLI is (registry.ts lists them all;
 * check-entry.ts holds check's, for the check-only bundle).
 */
import type { Argv } from "yargs";

export interface CommandEntry {
  /** yargs command string, e.g. "check [files..]". */
  command: string;
  describe: string;
  builder: (yargs: Argv) => Argv;
  /** Loads the command's runner; it returns the exit code. */
  load: () => Promise<(args: Record<string, unknown>) => Promise<number>>;
}

/** A command's runner: its parsed arguments in, its exit code out. */
export type Runner = (args: Record<string, unknown>) => Promise<number>;
export const runner = <A>(run: (args: A) => Promise<number>): Runner => run as unknown as Runner;
