/**
 * @fileoverview A small unified diff of two texts, line by line, as `git diff`
 * prints it (3 lines of context, `@@ -a,b +c,d @@` hunks, `\ No newline at end
 * of file`). Written here rather than taken as a dependency: config files are
 * small, and a longest-common-subsequence table over the lines that differ
 * (after the common head and tail are set aside) is fast enough and exact.
 */

type Op = { kind: " " | "-" | "+"; line: string; noEol: boolean };

const CONTEXT = 3;
/** Beyond this many cells the table is skipped and the middle is shown as replaced whole. */
const MAX_TABLE_CELLS = 4_000_000;

interface Lines {
  lines: string[];
  /** True when the last line has no line break after it. */
  noEol: boolean;
}

function splitLines(text: string | undefined): Lines {
  if (text === undefined || text === "") return { lines: [], noEol: false };
  const lines = text.split("\n");
  const noEol = lines[lines.length - 1] !== "";
  if (!noEol) lines.pop();
  return { lines, noEol };
}

function operations(a: Lines, b: Lines): Op[] {
  const eolA = (i: number) => a.noEol && i === a.lines.length - 1;
  const eolB = (j: number) => b.noEol && j === b.lines.length - 1;
  const same = (i: number, j: number) => a.lines[i] === b.lines[j] && eolA(i) === eolB(j);
  let head = 0;
  while (head < a.lines.length && head < b.lines.length && same(head, head)) head++;
  let tail = 0;
  while (tail < a.lines.length - head && tail < b.lines.length - head && same(a.lines.length - 1 - tail, b.lines.length - 1 - tail)) tail++;
  const n = a.lines.length - head - tail;
  const m = b.lines.length - head - tail;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: " ", line: a.lines[i]!, noEol: eolA(i) });
  if (n * m > MAX_TABLE_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ kind: "-", line: a.lines[head + i]!, noEol: eolA(head + i) });
    for (let j = 0; j < m; j++) ops.push({ kind: "+", line: b.lines[head + j]!, noEol: eolB(head + j) });
  } else {
    // table[i][j] = length of the LCS of a[head+i..] and b[head+j..].
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i]![j] = same(head + i, head + j) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && same(head + i, head + j)) {
        ops.push({ kind: " ", line: a.lines[head + i]!, noEol: eolA(head + i) });
        i++;
        j++;
      } else if (i < n && (j === m || table[i + 1]![j]! >= table[i]![j + 1]!)) {
        // Removals before additions, as git prints them.
        ops.push({ kind: "-", line: a.lines[head + i]!, noEol: eolA(head + i) });
        i++;
      } else {
        ops.push({ kind: "+", line: b.lines[head + j]!, noEol: eolB(head + j) });
        j++;
      }
    }
  }
  for (let t = tail; t > 0; t--) {
    const i = a.lines.length - t;
    ops.push({ kind: " ", line: a.lines[i]!, noEol: eolA(i) });
  }
  return ops;
}

function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

/** The unified diff of `before` → `after` (undefined = the file does not exist); "" when they are equal. */
export function unifiedDiff(before: string | undefined, after: string | undefined, oldName: string, newName = oldName): string {
  if (before === after) return "";
  const ops = operations(splitLines(before), splitLines(after));
  const changed = ops.map((op, i) => (op.kind !== " " ? i : -1)).filter((i) => i >= 0);
  if (changed.length === 0) return "";
  // Relative names get git's a/ and b/ prefixes; absolute ones are shown as they are.
  const name = (prefix: string, file: string) => (file.startsWith("/") ? file : `${prefix}/${file}`);
  const out = [`--- ${before === undefined ? "/dev/null" : name("a", oldName)}`, `+++ ${after === undefined ? "/dev/null" : name("b", newName)}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - CONTEXT);
    let end = Math.min(ops.length, changed[k]! + CONTEXT + 1);
    while (k + 1 < changed.length && changed[k + 1]! - CONTEXT <= end) end = Math.min(ops.length, changed[++k]! + CONTEXT + 1);
    k++;
    let oldStart = 0;
    let newStart = 0;
    for (let i = 0; i < start; i++) {
      if (ops[i]!.kind !== "+") oldStart++;
      if (ops[i]!.kind !== "-") newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of hunk) {
      out.push(`${op.kind}${op.line}`);
      if (op.noEol) out.push("\\ No newline at end of file");
    }
  }
  return `${out.join("\n")}\n`;
}
