/**
 * @fileoverview Where the editor JSON Schema and the Zod schemas may disagree
 * on valid versus invalid: the one list, each entry with its reason. The
 * parity test accepts a disagreement only when an entry here explains it
 * entirely, and fails when an entry explains nothing it sees (a stale entry).
 *
 * Checked and found to agree, so not listed: legacy top-level keys (the
 * editor schema keeps them invalid with `not: {}` and a deprecation message,
 * as Zod rejects them as unknown keys); suggestions (provider ids, model
 * refs), which are `examples` or an `anyOf` with a free string and never
 * restrict; Infinity and NaN, which JSON5 can write and Zod rejects, and
 * which ajv rejects too under its default `strictNumbers`.
 */

/** One config on which the two validators disagree. */
export interface Disagreement {
  value: unknown;
  zodValid: boolean;
  ajvValid: boolean;
  /** JSON pointers (ajv's `instancePath`) of every ajv error; none when ajv accepted the value. */
  ajvErrorPaths: readonly string[];
}

export interface ParityException {
  id: string;
  /** What differs, in one sentence. */
  summary: string;
  /** Why the JSON Schema does not say what Zod says. */
  reason: string;
  /** Whether this exception accounts for the disagreement, entirely. */
  explains(disagreement: Disagreement): boolean;
}

export const PARITY_EXCEPTIONS: readonly ParityException[] = [
  {
    id: "proto-key-in-a-map",
    summary:
      'A map (agents.defaults.models, auth.profiles, models.providers, …) with a "__proto__" key: Zod skips that entry ' +
      "unchecked, the JSON Schema checks it like any other.",
    reason:
      "Zod's records leave out a __proto__ key to guard against prototype pollution. Saying the same in JSON Schema " +
      "would mean declaring __proto__ as a property of every map, which editors would then offer in completion. " +
      "JSON5 keeps such a key as an ordinary one, so checking it is the stricter and safer answer.",
    // Only when every ajv error lies under a __proto__ key: anything else is a real disagreement.
    explains: (d) => d.zodValid && !d.ajvValid && d.ajvErrorPaths.length > 0 && d.ajvErrorPaths.every((pointer) => pointer.split("/").includes("__proto__")),
  },
];
