/**
 * @fileoverview `check --fix` as a library call: applies the fixes a check's
 * diagnostics carry to the text of every file it read, checks again, and
 * repeats while something was fixed (a fix can uncover another: a renamed
 * key's value is only then checked), at most MAX_PASSES times. In memory
 * only: the caller writes the texts (or shows their diff).
 *
 * A fix is applied only when it is safe:
 * - it touches no secret: none of its edits overlaps a value the redactor
 *   masks (a known secret, a credential-looking token, a value under a
 *   secret-named key) and no new text holds one; a `secrets/` finding is
 *   never fixed (moving a key is for the user, with the store);
 * - it overlaps no fix already chosen in the same pass (the later one waits
 *   for the next pass, when its diagnostic is reported afresh);
 * - the pass adds no syntax error and leaves no more syntax, include and
 *   schema errors than it found, else the whole pass is dropped and the
 *   texts stay as they were before it.
 * Edits replace only the ranges they name, so comments and formatting stay.
 */
import type { CheckResult } from "../check.js";
import type { Diagnostic, Fix } from "../diagnostics/types.js";
import { applyEdits, type OffsetEdit } from "../document/edit-apply.js";
import type { Span } from "../secrets/detect.js";
import type { Redactor } from "../secrets/redact.js";

/** Enough for fixes that uncover fixes; a bound so a fix that keeps coming back cannot loop. */
export const MAX_PASSES = 10;

/** One applied fix: the diagnostic it answered and where. */
export interface AppliedFix {
  file: string;
  code: Diagnostic["code"];
  description: string;
}

export interface FixOutcome {
  /** The result of checking the fixed texts (the first result when nothing was fixed). */
  result: CheckResult;
  /** Each file read, by the name diagnostics give it: its text before and after. Only files that changed. */
  changed: Map<string, { before: string; after: string }>;
  applied: AppliedFix[];
}

/** Checks the entry again with some files' texts replaced (by diagnostic file name). */
export type Recheck = (texts: ReadonlyMap<string, string>) => CheckResult;

/** The texts of every file the result read, by name. */
function textsOf(result: CheckResult): Map<string, string> {
  const texts = new Map<string, string>();
  for (const doc of result.source?.documents ?? []) texts.set(doc.file, doc.text);
  if (result.document && !texts.has(result.document.file)) texts.set(result.document.file, result.document.text);
  return texts;
}

/** Errors of the stages `area` names (a regular expression over codes). */
function errorsOf(result: CheckResult, area: RegExp): number {
  return result.diagnostics.filter((d) => d.severity === "error" && area.test(d.code)).length;
}

/**
 * Whether `after` is worse than `before` in a way no fix may be: a new syntax
 * error (which hides the schema's findings, so it is counted on its own) or
 * more syntax, include and schema errors together.
 */
function worse(before: CheckResult, after: CheckResult): boolean {
  const syntax = /^parse\//;
  const hard = /^(parse|include|schema)\//;
  return errorsOf(after, syntax) > errorsOf(before, syntax) || errorsOf(after, hard) > errorsOf(before, hard);
}

/** Whether `fix` may be applied to `text` (see the file overview). */
function isSafe(diagnostic: Diagnostic, fix: Fix, text: string, secrets: readonly Span[], redactor: Redactor): boolean {
  if (diagnostic.code.startsWith("secrets/") || fix.edits.length === 0) return false;
  for (const edit of fix.edits) {
    const { start, end } = { start: edit.range.start.offset, end: edit.range.end.offset };
    if (start < 0 || end > text.length || start > end) return false;
    // Touching a secret's first or last character counts: an edit next to it could change how it is read.
    if (secrets.some((s) => start <= s.to && end >= s.from)) return false;
    if (redactor.redactSource(edit.newText).text !== edit.newText) return false;
  }
  return true;
}

/** One pass over one file: the safe, non-overlapping fixes of its diagnostics, in the order of the text. */
function chooseEdits(diagnostics: readonly Diagnostic[], text: string, redactor: Redactor): { edits: OffsetEdit[]; fixed: Diagnostic[] } {
  const edits: OffsetEdit[] = [];
  const fixed: Diagnostic[] = [];
  const withFix = diagnostics.filter((d) => d.fix).sort((a, b) => a.range.start.offset - b.range.start.offset);
  if (withFix.length === 0) return { edits, fixed };
  const secrets = redactor.sourceSecretSpans(text);
  for (const diagnostic of withFix) {
    const fix = diagnostic.fix!;
    if (!isSafe(diagnostic, fix, text, secrets, redactor)) continue;
    const mine = fix.edits.map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, text: e.newText }));
    // An insertion at the same point as another edit counts as overlapping it: their order would be a guess.
    const overlaps = mine.some((m) => edits.some((e) => (m.start < e.end && e.start < m.end) || m.start === e.start));
    if (overlaps) continue;
    edits.push(...mine);
    fixed.push(diagnostic);
  }
  return { edits, fixed };
}

/** Applies every safe fix of `first` and of the checks after it (see the file overview). */
export function applySafeFixes(first: CheckResult, recheck: Recheck, redactor: Redactor): FixOutcome {
  const original = textsOf(first);
  const texts = new Map(original);
  const applied: AppliedFix[] = [];
  let result = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = new Map(texts);
    const fixedNow: AppliedFix[] = [];
    for (const [file, text] of texts) {
      const { edits, fixed } = chooseEdits(
        result.diagnostics.filter((d) => d.file === file),
        text,
        redactor,
      );
      if (edits.length === 0) continue;
      next.set(file, applyEdits(text, edits));
      for (const d of fixed) fixedNow.push({ file, code: d.code, description: d.fix!.description });
    }
    if (fixedNow.length === 0) break;
    const checked = recheck(next);
    if (worse(result, checked)) break;
    for (const [file, text] of next) texts.set(file, text);
    applied.push(...fixedNow);
    result = checked;
  }
  const changed = new Map<string, { before: string; after: string }>();
  for (const [file, before] of original) {
    const after = texts.get(file)!;
    if (after !== before) changed.set(file, { before, after });
  }
  return { result, changed, applied };
}
