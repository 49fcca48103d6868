/**
 * @fileoverview Prints a JSON path the way users write it: `agents.list[0].model`,
 * with odd keys quoted: `agents.defaults.models["moonshot/kimi-k2.5"]`.
 */
import type { JsonPath } from "./types.js";

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(path: JsonPath): string {
  if (path.length === 0) return "the root object";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
