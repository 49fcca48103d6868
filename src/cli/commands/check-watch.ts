/**
 * @fileoverview `agentcfg check --watch`: check, then check again whenever a
 * watched folder changes. Changes are debounced, so an editor's save (often a
 * truncate, several writes and a rename) gives one re-check; a file caught
 * mid-write just shows its parse error until the write completes and the next
 * change re-checks it. SIGINT (Ctrl-C) or SIGTERM stops watching cleanly.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CM } from "../check-messages.js";
import { EXIT_OK } from "../exit-codes.js";
import type { CheckPass } from "./check-run.js";

/** Long enough to gather one save's burst of events, short enough to feel immediate. */
export const DEBOUNCE_MS = 150;
/** Clear the screen and the scrollback, then home the cursor. */
export const CLEAR_SCREEN = "\x1b[2J\x1b[3J\x1b[H";

export interface WatchOptions {
  /** Absolute paths whose changes never trigger a re-check (the `--output` file, which each pass rewrites). */
  ignore?: readonly string[];
  debounceMs?: number;
  stdout?: { write(text: string): unknown; isTTY?: boolean };
  stderr?: { write(text: string): unknown };
  /** Where SIGINT/SIGTERM arrive; `process` unless a test stands in for it. */
  signals?: NodeJS.EventEmitter;
}

/** Runs `pass` now and after every change until a signal stops it; resolves with exit code 0. */
export function watchCheck(pass: () => Promise<CheckPass>, options: WatchOptions = {}): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const signals = options.signals ?? process;
  const ignore = new Set(options.ignore ?? []);
  // The report is written atomically: its temp file (`.<name>.<pid>.<hex>.tmp` beside it) comes and goes on every pass too.
  const tempPrefixes = [...ignore].map((file) => join(dirname(file), `.${basename(file)}.`));
  const ignored = (path: string) => ignore.has(path) || (path.endsWith(".tmp") && tempPrefixes.some((prefix) => path.startsWith(prefix)));
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let changedWhileRunning = false;
  let stopped = false;
  let passes = 0;

  return new Promise<number>((resolveWatch) => {
    const schedule = () => {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void cycle(), debounceMs);
    };

    const onEvent = (dir: string) => (_event: string, name: string | Buffer | null) => {
      if (name !== null && ignored(join(dir, String(name)))) return;
      if (running) changedWhileRunning = true;
      else schedule();
    };

    /** Watches exactly `dirs`: new folders are added, folders no longer needed are closed. */
    const syncWatchers = (dirs: Set<string>) => {
      for (const [dir, watcher] of watchers) {
        if (!dirs.has(dir)) {
          watcher.close();
          watchers.delete(dir);
        }
      }
      for (const dir of dirs) {
        if (watchers.has(dir)) continue;
        try {
          const watcher = watch(dir, { persistent: true }, onEvent(dir));
          // A watched folder that disappears ends its watcher; the next pass watches what exists then.
          watcher.on("error", () => {
            watcher.close();
            watchers.delete(dir);
          });
          watchers.set(dir, watcher);
        } catch {
          // A folder that does not exist (yet): nothing to watch until a later pass finds it.
        }
      }
    };

    const cycle = async () => {
      if (stopped) return;
      running = true;
      changedWhileRunning = false;
      if (passes > 0) stdout.write(stdout.isTTY ? CLEAR_SCREEN : CM.watchAgain());
      passes++;
      try {
        const result = await pass();
        const dirs = new Set([...result.files.map((f) => dirname(resolve(f))), ...result.roots]);
        syncWatchers(dirs);
        stderr.write(CM.watching(result.files.length));
      } catch (error) {
        // Watching must survive anything one pass meets; report it and wait for the next change.
        stderr.write(CM.watchPassFailed(error instanceof Error ? error.message : String(error)));
      }
      running = false;
      if (changedWhileRunning) schedule();
    };

    const stop = () => {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      signals.off("SIGINT", stop);
      signals.off("SIGTERM", stop);
      stderr.write(CM.watchStopped());
      resolveWatch(EXIT_OK);
    };

    signals.on("SIGINT", stop);
    signals.on("SIGTERM", stop);
    void cycle();
  });
}
