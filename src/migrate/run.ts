/**
 * @fileoverview The runner: applies the migrations to a config text, one step
 * at a time, until none has anything left to do (a fixpoint). Each step is a
 * change line. A conflict stops the run and nothing is changed; a key a
 * migration cannot carry over is left in place and reported.
 */
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { SourceEditor } from "../document/edit.js";
import { parseDocument } from "../document/parse.js";
import { CONFIG_MIGRATIONS } from "./registry.js";
import type { Change, ChangeLine, Conflict, ConfigMigration, ManualStep, Migration, StepResult } from "./types.js";

/** More steps than any real config needs; reaching it means a migration undoes another (a bug). */
const MAX_STEPS = 10_000;

export interface MigrationOutcome {
  file: string;
  before: string;
  /** The migrated text; equal to `before` when nothing changed or the run stopped. */
  after: string;
  changes: ChangeLine[];
  /** Parse errors, conflicts (errors) and keys left for the user (warnings). */
  diagnostics: Diagnostic[];
  /** True when a conflict (or a parse error) stopped the run: `after` is `before`. */
  stopped: boolean;
}

export function conflictDiagnostic(conflict: Conflict, file: string): Diagnostic {
  return createDiagnostic(
    "legacy/conflict",
    conflict.data,
    { file, path: conflict.path, range: conflict.range },
    {
      related: [{ file: conflict.newFile, range: conflict.newRange, message: `the new home, ${conflict.data.newKey}, is set here` }],
    },
  );
}

export function manualDiagnostic(step: ManualStep): Diagnostic {
  return createDiagnostic("legacy/manual-step", step.data, { file: step.file, path: step.path, range: step.range });
}

/** Collects what each step did; shared by the config and state runners. */
export class StepLog {
  readonly changes: ChangeLine[] = [];
  readonly manual = new Map<string, Diagnostic>();
  conflict: Diagnostic | undefined;

  /** Records a step; true when it changed something. */
  record(migration: Migration, result: StepResult, file: string): boolean {
    if (result.kind === "changed") {
      this.changes.push({ migration: migration.id, code: `legacy/${migration.id}`, change: result.change, file });
      return true;
    }
    if (result.kind === "conflict") this.conflict = conflictDiagnostic(result.conflict, result.conflict.data.file);
    else for (const step of result.manual) this.manual.set(`${step.file}\0${step.data.key}`, manualDiagnostic(step));
    return false;
  }
}

/** Migrates config text. Never throws for bad input: an unparsable file is its parse diagnostics. */
export function migrateConfigText(text: string, file = "<input>", migrations: readonly ConfigMigration[] = CONFIG_MIGRATIONS): MigrationOutcome {
  const parsed = parseDocument(text, file);
  const parseErrors = parsed.diagnostics.filter((d) => d.severity === "error");
  if (!parsed.ast || parseErrors.length > 0) return { file, before: text, after: text, changes: [], diagnostics: parsed.diagnostics, stopped: true };
  const editor = new SourceEditor(text, file);
  const log = new StepLog();
  for (let steps = 0; ; steps++) {
    if (steps >= MAX_STEPS) throw new Error(`migrations of ${file} did not settle after ${MAX_STEPS} steps`);
    const stuck = new Set<string>();
    let progressed = false;
    for (const migration of migrations) {
      if (stuck.has(migration.id) || migration.detect(editor.value).length === 0) continue;
      const result = migration.apply(editor);
      if (log.record(migration, result, file)) {
        progressed = true;
        break;
      }
      if (log.conflict) {
        const located = editor.text === text ? log.conflict : (inOriginal(result, text, file) ?? log.conflict);
        return { file, before: text, after: text, changes: log.changes, diagnostics: [located], stopped: true };
      }
      stuck.add(migration.id);
    }
    if (!progressed) break;
  }
  return { file, before: text, after: editor.text, changes: joinMoves(log.changes), diagnostics: [...log.manual.values()], stopped: false };
}

/**
 * A conflict found after earlier steps changed the text is positioned in that
 * intermediate text, which the user never sees (nothing is written). When both
 * places also stand in the original text, point there instead.
 */
function inOriginal(result: StepResult, text: string, file: string): Diagnostic | undefined {
  if (result.kind !== "conflict" || result.conflict.newPath === undefined || result.conflict.newFile !== file || result.conflict.data.file !== file)
    return undefined;
  const original = new SourceEditor(text, file);
  const { path, newPath } = result.conflict;
  if (!original.has(path) || !original.has(newPath)) return undefined;
  const range = original.rangeOf(path);
  const newRange = original.rangeOf(newPath);
  return conflictDiagnostic(
    { ...result.conflict, range, newRange, data: { ...result.conflict.data, oldLine: range.start.line, newLine: newRange.start.line } },
    file,
  );
}

/** A plain move of one path: nothing said about it but where it went. */
const plainMove = (c: Change): c is Extract<Change, { kind: "moved" }> =>
  c.kind === "moved" && !c.empty && c.key === undefined && c.id === undefined && c.fromFile === undefined && !/\s/.test(c.from);

/**
 * A move of a to b followed later by a move of b to c… reads as one move, a to c…
 * (agent.modelFallbacks goes to agents.defaults, then into model.fallbacks).
 */
export function joinMoves(changes: readonly ChangeLine[]): ChangeLine[] {
  const out: ChangeLine[] = [];
  for (const line of changes) {
    const hop = line.change;
    const earlier = plainMove(hop)
      ? out.findIndex(({ change: c }) => plainMove(c) && c.to === hop.from && c.notes === undefined && c.alsoRemoved === undefined)
      : -1;
    if (earlier >= 0 && hop.kind === "moved") {
      const first = out[earlier]!.change as Extract<Change, { kind: "moved" }>;
      const { notes, alsoRemoved } = hop;
      out[earlier] = {
        ...out[earlier]!,
        change: { kind: "moved", from: first.from, to: hop.to, ...(notes ? { notes } : {}), ...(alsoRemoved ? { alsoRemoved } : {}) },
      };
    } else out.push(line);
  }
  return out;
}
