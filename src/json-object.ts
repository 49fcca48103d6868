/**
 * @fileoverview The one guard for "a JSON object": not null and not an array.
 * Config, state and store files are parsed JSON, and input that has not passed
 * validation may hold anything, so every stage asks this before reading a key.
 * Shared (any stage may import it); it imports nothing.
 */

/** A parsed JSON object: keys to values not yet checked. */
export type JsonObject = Record<string, unknown>;

/** True for an object that is neither null nor an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The value when it is a JSON object, else undefined: for chained reads (`asJsonObject(a)?.["b"]`). */
export function asJsonObject(value: unknown): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}
