/**
 * @fileoverview Turns `check`'s inputs (files, directories and globs) into the
 * list of files to check. Globs are expanded here, not by the shell, so a
 * quoted `"configs/**\/*.json5"` works the same on every platform and in CI.
 * (`fs.glob` only arrived in Node 22; tinyglobby does the matching on Node 20.)
 */
import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";

type Tinyglobby = typeof import("tinyglobby");
let tinyglobby: Promise<Tinyglobby> | undefined;

/** tinyglobby (with fdir and picomatch, a few ms to load) is loaded only when an input is not a plain file. */
function loadTinyglobby(): Promise<Tinyglobby> {
  tinyglobby ??= import("tinyglobby");
  return tinyglobby;
}

/** What a directory input stands for: JSON5 files and OpenClaw's own file name, at any depth. */
export const DIRECTORY_PATTERNS = ["**/*.json5", "**/openclaw.json"];
/** Never descended into: dependencies and VCS data hold JSON that is not config. */
export const IGNORED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];
/** agentcfg's own settings file is JSON5 too, but it is not an OpenClaw config. */
const SETTINGS_FILES = ["**/agentcfg.config.json5", "**/agentcfg.config.json"];

export interface ExpandedInputs {
  /** The files to check, each once, in the order the inputs named them (each glob's matches sorted). */
  files: string[];
  /** Inputs that matched nothing: a glob without matches or a directory without configs. */
  empty: string[];
  /** Folders to watch under `--watch` (globs' bases and directory inputs). */
  roots: string[];
}

type InputKind = "file" | "directory" | "glob";

function kindOf(input: string, cwd: string): InputKind | "missing" {
  try {
    if (statSync(resolve(cwd, input)).isDirectory()) return "directory";
    return "file";
  } catch {
    return "missing";
  }
}

/** The folder a glob can only match under: its segments before the first one with glob syntax. */
function globBase(pattern: string, { isDynamicPattern }: Tinyglobby): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join("/") || ".";
}

/** A match as the user would write it: relative to the working folder, with `/`. */
function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === "" || rel.startsWith("..")) return absolute;
  return rel.split(sep).join("/");
}

async function matches(patterns: string[], cwd: string, { glob }: Tinyglobby): Promise<string[]> {
  const found = await glob(patterns, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: [...IGNORED_DIRECTORIES, ...SETTINGS_FILES],
    expandDirectories: false,
  });
  return found.map((file) => displayPath(resolve(file), cwd)).sort();
}

export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = [];
  const seen = new Set<string>();
  const empty: string[] = [];
  const roots: string[] = [];
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    const found = kindOf(input, cwd);
    if (found === "file") {
      add(input);
      continue;
    }
    const globber = await loadTinyglobby();
    // A path that does not exist is a glob only if it has glob syntax; else it stays a file, so checking it says "no such file".
    const kind = found === "missing" ? (globber.isDynamicPattern(input) ? "glob" : "file") : found;
    if (kind === "file") {
      add(input);
      continue;
    }
    const posixInput = input.split(sep).join("/");
    // A directory's own name is literal: escape any glob syntax in it before adding the patterns.
    const patterns = kind === "directory" ? DIRECTORY_PATTERNS.map((p) => `${globber.escapePath(posixInput.replace(/\/+$/, ""))}/${p}`) : [posixInput];
    roots.push(resolve(cwd, kind === "directory" ? input : globBase(posixInput, globber)));
    const matched = await matches(patterns, cwd, globber);
    if (matched.length === 0) empty.push(input);
    for (const file of matched) add(file);
  }
  return { files, empty, roots };
}
