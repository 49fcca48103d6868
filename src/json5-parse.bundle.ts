/**
 * @fileoverview The CLI bundle's version of json5-parse.ts (swapped in by
 * scripts/build-bundle.mjs): json5 required on the first call.
 */
type Json5 = typeof import("json5");

let json5: Json5 | undefined;

export function parseJson5Text(text: string): unknown {
  json5 ??= require("json5") as Json5;
  return json5.parse(text);
}
