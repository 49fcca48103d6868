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
