/**
 * @fileoverview Every input file under fixtures/ (configs, state files,
 * settings) as text: the seed corpus the mutation properties start from.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../fixture-files.js";

export interface FixtureText {
  /** Path relative to the repo root. */
  file: string;
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Inputs only: no `*.expected.json` or `*.output.*` golden files; only regular files. */
export function fixtureTexts(): FixtureText[] {
  return walk(join(ROOT, "fixtures"))
    .filter((path) => /\.json5?$/.test(path) && !/\.expected\.|\.output\./.test(path) && statSync(path).isFile())
    .sort()
    .map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, "utf8") }));
}
