/**
 * @fileoverview Applies text edits given as offsets. Edits must not overlap;
 * they are applied from the end of the text backwards so earlier offsets stay valid.
 * Edits at the same offset keep their given order in the result.
 */

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.start - a.start || b.index - a.index);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error(`overlapping edits at offset ${edit.start}`);
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}
