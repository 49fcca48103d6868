/**
 * @fileoverview Spelling suggestions for unknown names, after TypeScript's
 * `getSpellingSuggestion`: a candidate must be of similar length, within a
 * distance of 40% of the name's length, and a case-only difference wins outright.
 */

/** Returns the closest candidate to `name`, or undefined when none is close enough. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const maximumLengthDifference = Math.max(2, Math.floor(name.length * 0.34));
  // Less than 0.4 of the name's length, as TypeScript does; at least 1 so short names get help.
  let bestDistance = Math.max(1, Math.floor(name.length * 0.4)) + 0.1;
  let best: string | undefined;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (Math.abs(candidate.length - name.length) > maximumLengthDifference) continue;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    if (candidate.length < 3 && candidateLower !== lower) continue;
    const distance = levenshteinWithMax(lower, candidateLower, bestDistance - 0.1);
    if (distance === undefined) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

/** Levenshtein distance, or undefined as soon as it must exceed `max`. */
function levenshteinWithMax(a: string, b: string, max: number): number | undefined {
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return undefined;
    [previous, current] = [current, previous];
  }
  const result = previous[b.length]!;
  return result > max ? undefined : result;
}

/**
 * Whether `a` is one typo away from `b`: one letter changed, added or dropped, or two
 * neighbours swapped (`tokne`, `apikye`). Tighter than didYouMean's 40% of the length, for
 * decisions that act on a match rather than suggest one. Lowercase both first. One pass,
 * no allocation.
 */
export function oneTypoApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (a === b || la - lb > 1 || lb - la > 1) return false;
  let front = 0;
  while (front < la && front < lb && a.charCodeAt(front) === b.charCodeAt(front)) front++;
  let backA = la - 1;
  let backB = lb - 1;
  while (backA >= front && backB >= front && a.charCodeAt(backA) === b.charCodeAt(backB)) {
    backA--;
    backB--;
  }
  // What differs is a[front..backA] against b[front..backB].
  const spanA = backA - front + 1;
  const spanB = backB - front + 1;
  if (spanA <= 1 && spanB <= 1) return true;
  return spanA === 2 && spanB === 2 && a.charCodeAt(front) === b.charCodeAt(front + 1) && a.charCodeAt(front + 1) === b.charCodeAt(front);
}

/** Whether `a` is `b` with two neighbouring letters swapped (`kye` for `key`). */
export function swappedNeighbours(a: string, b: string): boolean {
  return a.length === b.length && a !== b && oneTypoApart(a, b) && [...a].sort().join("") === [...b].sort().join("");
}
