/**
 * @fileoverview Values that remember where they were written, and OpenClaw's
 * deep merge over them. `$include` builds the config from pieces of several
 * files; each piece keeps its origin (document and path), so a problem found
 * in the merged config is reported where the user wrote it.
 */
import type { JsonPath } from "../diagnostics/types.js";
import type { ConfigOrigin } from "./source.js";

/** A value of the merged config, with its origin and its children's. */
export interface TracedValue {
  value: unknown;
  /** Where the value was written. */
  origin: ConfigOrigin;
  /**
   * Where the key that holds the value was written, when that is elsewhere:
   * `agents: { $include: "agents.json5" }` writes the key in one file and
   * the value in another.
   */
  keyOrigin?: ConfigOrigin;
  /** Present for objects (by key) and arrays (by index). */
  children?: Map<string, TracedValue> | TracedValue[];
}

/** A leaf (or a value whose insides need no tracing). */
export function tracedLeaf(value: unknown, origin: ConfigOrigin): TracedValue {
  return { value, origin };
}

/** An object built from traced members, in order. */
export function tracedObject(members: Map<string, TracedValue>, origin: ConfigOrigin): TracedValue {
  const value: Record<string, unknown> = {};
  for (const [key, child] of members) {
    // defineProperty, not assignment: a `__proto__` key stays an ordinary key, as json5 makes it.
    Object.defineProperty(value, key, { value: child.value, enumerable: true, writable: true, configurable: true });
  }
  return { value, origin, children: members };
}

export function tracedArray(elements: TracedValue[], origin: ConfigOrigin): TracedValue {
  return { value: elements.map((e) => e.value), origin, children: elements };
}

/**
 * OpenClaw's deep merge of `source` over `target`: two arrays concatenate,
 * two objects merge key by key (recursively), anything else is replaced by
 * `source` ("later wins").
 */
export function mergeTraced(target: TracedValue, source: TracedValue): TracedValue {
  if (Array.isArray(target.children) && Array.isArray(source.children)) {
    return tracedArray([...target.children, ...source.children], source.origin);
  }
  if (target.children instanceof Map && source.children instanceof Map) {
    const members = new Map(target.children);
    for (const [key, child] of source.children) {
      const existing = members.get(key);
      members.set(key, existing ? mergeTraced(existing, child) : child);
    }
    const merged = tracedObject(members, source.origin);
    const keyOrigin = source.keyOrigin ?? target.keyOrigin;
    if (keyOrigin) merged.keyOrigin = keyOrigin;
    return merged;
  }
  return source;
}

/**
 * `values` merged in order, as folding `mergeTraced` over them would, with
 * each value copied once: the fold copies what it has merged so far at every
 * step, which is quadratic in a long `$include` list. Only the last run of
 * values of one kind counts (an object after an array replaces it, and so on).
 */
export function mergeAllTraced(values: readonly TracedValue[]): TracedValue | undefined {
  const last = values[values.length - 1];
  if (!last) return undefined;
  const kind = kindOf(last);
  if (kind === "leaf") return last;
  let first = values.length - 1;
  while (first > 0 && kindOf(values[first - 1]!) === kind) first--;
  if (first === values.length - 1) return last;
  const run = values.slice(first);
  if (kind === "array") {
    const elements: TracedValue[] = [];
    for (const value of run) for (const element of value.children as TracedValue[]) elements.push(element);
    return tracedArray(elements, last.origin);
  }
  // Each key's values in order; a key keeps the place where it first appeared.
  const byKey = new Map<string, TracedValue[]>();
  let keyOrigin: ConfigOrigin | undefined;
  for (const value of run) {
    for (const [key, child] of value.children as Map<string, TracedValue>) {
      const list = byKey.get(key);
      if (list) list.push(child);
      else byKey.set(key, [child]);
    }
    keyOrigin = value.keyOrigin ?? keyOrigin;
  }
  const members = new Map<string, TracedValue>();
  for (const [key, list] of byKey) members.set(key, list.length === 1 ? list[0]! : mergeAllTraced(list)!);
  const merged = tracedObject(members, last.origin);
  if (keyOrigin) merged.keyOrigin = keyOrigin;
  return merged;
}

function kindOf(value: TracedValue): "array" | "object" | "leaf" {
  if (Array.isArray(value.children)) return "array";
  return value.children instanceof Map ? "object" : "leaf";
}

/**
 * The traced value at `path`, or the deepest one on the way to it and the
 * segments left over (for a path that names something missing, such as a
 * required key).
 */
export function findTraced(root: TracedValue, path: JsonPath): { node: TracedValue; rest: JsonPath } {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    let next: TracedValue | undefined;
    if (Array.isArray(node.children) && typeof segment === "number") next = node.children[segment];
    else if (node.children instanceof Map) next = node.children.get(String(segment));
    if (!next) return { node, rest: path.slice(i) };
    node = next;
  }
  return { node, rest: [] };
}
