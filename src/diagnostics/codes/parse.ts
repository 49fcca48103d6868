/**
 * @fileoverview Codes of the document stage: reading the file and parsing JSON5.
 */
import { defineCode, q } from "../define.js";

export const parseCodes = {
  "parse/unreadable-file": defineCode<{ reason: string }>({
    severity: "error",
    doc: "The file could not be read: it does not exist, is a directory or FIFO, has no read permission, or is not UTF-8 text.",
    message: (d) => `Cannot read the config file: ${d.reason}.`,
    hint: () => "Check the path and the file's permissions; pass the config file as the first argument.",
  }),
  "parse/syntax-error": defineCode<{ found: string | undefined; expected: string }>({
    severity: "error",
    doc: "The text is not valid JSON5, so OpenClaw would refuse to load it.",
    message: (d) =>
      d.found === undefined ? `Unexpected end of input; expected ${d.expected}.` : `Unexpected character ${q(d.found)}; expected ${d.expected}.`,
    hint: (d) =>
      d.found === undefined
        ? "The file ends too early: close every open object, array and string."
        : "Fix the JSON5 syntax at this position (a missing comma, an unclosed string or a stray character are the usual causes).",
  }),
  "parse/empty-file": defineCode({
    severity: "error",
    doc: "The file is empty or holds only whitespace and comments.",
    message: () => "The config file is empty; expected a JSON5 object.",
    hint: () => "Start from `{}` or from `examples/` and add the settings you need.",
  }),
  "parse/root-not-object": defineCode<{ actual: string }>({
    severity: "error",
    doc: "The top-level value is not an object.",
    message: (d) => `Expected the config to be an object, found ${d.actual}.`,
    hint: () => "Wrap the settings in `{ … }`.",
  }),
  "parse/too-deep": defineCode<{ limit: number }>({
    severity: "error",
    doc: "Objects and arrays are nested deeper than any parser can follow safely.",
    message: (d) => `Nesting is deeper than ${d.limit} levels; the config cannot be loaded.`,
    hint: () => "No real config nests this deep: look for a generated or corrupted file.",
  }),
  "parse/too-large": defineCode<{ size: number; limit: number; command: string }>({
    severity: "error",
    doc: "The file is larger than a command can handle within its memory bound (a fixed multiple of the file's size); the command refuses it instead of running out of memory.",
    message: (d) =>
      `The file is ${d.size} characters long; agentcfg ${d.command} handles at most ${d.limit} within its memory bound, so it left the file as it is.`,
    hint: () => "Split the config with `$include` (each included file is handled on its own), or run `agentcfg check`, which reads files of any size.",
  }),
  "parse/duplicate-key": defineCode<{ key: string }>({
    severity: "warning",
    doc: "A key appears twice in one object; JSON5 silently keeps the last value.",
    message: (d) => `Duplicate key ${q(d.key)}; only the last value is used.`,
    hint: () => "Remove one of the two, or merge their contents.",
  }),
  "parse/invalid-encoding": defineCode({
    severity: "error",
    doc: "The file holds bytes that are not valid UTF-8.",
    message: () => "The file is not valid UTF-8 text.",
    hint: () => "Save the file as UTF-8.",
  }),
} as const;
