/**
 * @fileoverview Appends one list to another in place. `list.push(...items)`
 * passes every item as an argument on the stack: past about 120,000 items
 * (a file with that many unknown keys) it throws "Maximum call stack size
 * exceeded". A loop costs the same and has no limit.
 */

/** Pushes every item of `items` onto `into`, in order; returns `into`. */
export function appendAll<T>(into: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
  return into;
}
