/**
 * @fileoverview Reads the recorded OpenClaw verdict cases (fixtures/openclaw-2026.9/,
 * fixtures/openclaw-sections/): `<name>.json5` or a folder `<name>/openclaw.json5`, each
 * beside `<name>.verdicts.json` as written by scripts/record-verdicts.mjs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../fixture-files.js";

export const VERDICT_DIRS = ["openclaw-2026.9", "openclaw-sections"] as const;
export const RELEASES = ["2026.4", "2026.9"] as const;
export type Release = (typeof RELEASES)[number];

export interface OracleEntry {
  path: string;
  message: string;
}

export interface ReleaseVerdict {
  version: string;
  valid: boolean;
  issues: OracleEntry[];
  warnings: OracleEntry[];
}

export interface VerdictFile {
  description: string;
  releases: Record<Release, ReleaseVerdict>;
  exceptions?: Partial<Record<Release, string>>;
}

export interface VerdictCase {
  /** `<dir>/<name>`. */
  name: string;
  /** The config OpenClaw read, absolute. */
  config: string;
  /** The config relative to the repo root, as diagnostics name it. */
  file: string;
  /** True for a folder case (`openclaw.json5` and the files it `$include`s). */
  folder: boolean;
  verdictPath: string;
  /** Undefined when the case has not been recorded yet. */
  verdicts: VerdictFile | undefined;
  /** The environment it was recorded with (`<name>.env.json`); empty, as the oracle's env -i, otherwise. */
  env: Record<string, string>;
}

export function verdictCases(dir: (typeof VERDICT_DIRS)[number]): VerdictCase[] {
  const abs = join(ROOT, "fixtures", dir);
  if (!existsSync(abs)) return [];
  const out: VerdictCase[] = [];
  for (const entry of readdirSync(abs).sort()) {
    const full = join(abs, entry);
    let name: string;
    let config: string;
    if (statSync(full).isDirectory()) {
      config = join(full, "openclaw.json5");
      if (!existsSync(config)) continue;
      name = entry;
    } else if (entry.endsWith(".json5")) {
      config = full;
      name = entry.slice(0, -".json5".length);
    } else continue;
    const verdictPath = join(abs, `${name}.verdicts.json`);
    const verdicts = existsSync(verdictPath) ? (JSON.parse(readFileSync(verdictPath, "utf8")) as VerdictFile) : undefined;
    const envPath = join(abs, `${name}.env.json`);
    const env = existsSync(envPath) ? (JSON.parse(readFileSync(envPath, "utf8")) as Record<string, string>) : {};
    out.push({ name: `${dir}/${name}`, config, file: relative(ROOT, config), folder: config !== full, verdictPath, verdicts, env });
  }
  return out;
}
