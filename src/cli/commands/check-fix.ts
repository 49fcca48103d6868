/**
 * @fileoverview `check --fix` and `--fix-dry-run`: loaded only when one of
 * them is given, so a plain check never loads it. Each checked file goes
 * through the library's applySafeFixes (src/operations/fix.ts); `--fix`
 * writes every changed file with the one atomic writer (a failed write leaves
 * the old file as it was), `--fix-dry-run` prints the diffs, drawn from texts
 * already redacted. Either way the report that follows is of the fixed texts,
 * so it lists only what is left to do by hand.
 */
import { resolve } from "node:path";
import { check, type CheckResult, type CheckSourceOptions } from "../../check.js";
import { collectCheckSecrets } from "../../check-secrets.js";
import { paintFor } from "../../diagnostics/reporters/paint.js";
import { unifiedDiff } from "../../migrate/diff.js";
import { applySafeFixes } from "../../operations/fix.js";
import type { Redactor } from "../../secrets/redact.js";
import { replaceFile } from "../../state/file-replace.js";
import { CM } from "../check-messages.js";
import { writeStdout } from "../output.js";

export interface FixRun {
  /** The results to report: each file as fixed (or as it was, where nothing was fixed). */
  results: CheckResult[];
  /** False when a file could not be written (the run then fails as a usage problem does). */
  written: boolean;
}

/** Where a file named `file` in diagnostics is on disk: the input as given, an included file by its name. */
function diskPath(file: string, entry: string, entryPath: string): string {
  return file === entry ? entryPath : resolve(file);
}

export function fixResults(
  checked: readonly CheckResult[],
  optionsFor: (file: string) => CheckSourceOptions,
  options: { write: boolean; color: boolean; redactor: Redactor; entryPaths?: ReadonlyMap<string, string> },
): FixRun {
  const { redactor } = options;
  const results: CheckResult[] = [];
  let written = true;
  const diffs: string[] = [];
  for (const first of checked) {
    if (!first.document) {
      results.push(first);
      continue;
    }
    const entry = first.file;
    const entryPath = options.entryPaths?.get(entry) ?? entry;
    const recheck = (texts: ReadonlyMap<string, string>) =>
      check(texts.get(entry) ?? first.document!.text, {
        ...optionsFor(entryPath),
        path: entry,
        readText: (absolute) => {
          for (const [name, text] of texts) if (name !== entry && resolve(name) === absolute) return text;
          return undefined;
        },
      });
    const outcome = applySafeFixes(first, recheck, redactor);
    collectCheckSecrets(outcome.result, redactor);
    results.push(outcome.result);
    for (const [file, { before, after }] of outcome.changed) {
      if (!options.write) {
        const masked = (text: string) => redactor.redactSource(text).text;
        diffs.push(redactor.redact(unifiedDiff(masked(before), masked(after), file)));
        continue;
      }
      const done = replaceFile(diskPath(file, entry, entryPath), after);
      if (!done.ok) {
        process.stderr.write(redactor.redact(CM.fixNotWritten(file, done.reason)));
        written = false;
        continue;
      }
      const count = outcome.applied.filter((a) => a.file === file).length;
      process.stderr.write(redactor.redact(CM.fixWritten(file, count)));
    }
  }
  if (!options.write) {
    const paint = paintFor(options.color);
    const colored = diffs
      .join("")
      .split("\n")
      .map((line) => (line.startsWith("+") ? paint.green(line) : line.startsWith("-") ? paint.red(line) : line.startsWith("@@") ? paint.cyan(line) : line))
      .join("\n");
    writeStdout(diffs.length > 0 ? `${colored}\n` : CM.fixNothing());
  }
  return { results, written };
}
