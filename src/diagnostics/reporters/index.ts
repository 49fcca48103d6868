/**
 * @fileoverview The reporters by name. Adding one is adding a file and a line here.
 */
import { githubReporter } from "./github.js";
import { jsonReporter } from "./json.js";
import { prettyReporter } from "./pretty.js";
import { sarifReporter } from "./sarif.js";
import type { Reporter } from "./types.js";

export const REPORTERS = {
  pretty: prettyReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
