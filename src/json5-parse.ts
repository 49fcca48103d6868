/**
 * @fileoverview JSON5.parse, from the `json5` package (OpenClaw's parser), for
 * every module that reads JSON5 text. The CLI bundle swaps in
 * json5-parse.bundle.ts, which loads json5 on the first call: a check of a
 * config that plain JSON.parse (or document/json5-as-json.ts) reads never
 * initialises it.
 */
import JSON5 from "json5";

export function parseJson5Text(text: string): unknown {
  return JSON5.parse(text);
}
