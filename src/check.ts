/**
 * @fileoverview The `check` pipeline, end to end: text → document → legacy
 * forms → schema → rules → rule settings. Each stage adds diagnostics and the
 * next one carries on.
 */
import { resolve } from "node:path";
import { createDiagnostic } from "./diagnostics/create.js";
import { SEVERITY_RANK, type Diagnostic } from "./diagnostics/types.js";
import { checkEnvReferences } from "./document/env-refs.js";
import { restoreWrittenValues, substituteEnvReferences } from "./document/env-substitute.js";
import { displayNameBeside, loadConfigSource, loadConfigText, type LoadResult } from "./document/include.js";
import type { ConfigDocument } from "./document/parse.js";
import type { ConfigSource } from "./document/source.js";
import { findLegacyKeys } from "./migrate/legacy-keys.js";
import { schemaDiagnostics } from "./schema/fast-validate.js";
import { runRules } from "./rules/run.js";
import { normalizeConfig } from "./emit/normalize-config.js";
import { applyRuleSettings, type RuleSettings } from "./rules/settings.js";
import type { TargetChoice, TargetId } from "./schema/targets/ids.js";
import { loadRewrites } from "./schema/targets/load-rewrites.js";
import { modelPolicyRefDiagnostics } from "./schema/targets/model-policy-refs.js";
import { chooseTarget } from "./schema/targets/select.js";
import { isJsonObject } from "./json-object.js";
import { appendAll } from "./diagnostics/append.js";

export interface CheckSourceOptions {
  /** `--env-check`: also look at the current environment (unset `${VAR}`s, keys). */
  envCheck?: boolean;
  /** The environment for `envCheck`; defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Severity overrides per code (`off` drops it). */
  rules?: RuleSettings;
  /** The OpenClaw release to judge by (`--target`); else `settingsTarget`, else what the file says, else 2026.9. */
  target?: TargetId;
  /** `target` from agentcfg.config.json5, with that file's name. */
  settingsTarget?: { target: TargetId; file: string };
}

export interface CheckOptions extends CheckSourceOptions {
  /** The file name diagnostics name; defaults to `<input>`. */
  path?: string;
  /** The text of an `$include`d file where it differs from the disk (an editor's unsaved buffer). */
  readText?: (absolutePath: string) => string | undefined;
}

export interface CheckResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The parsed document, or undefined when the file could not be read. */
  document: ConfigDocument | undefined;
  /** The config as OpenClaw sees it (after `$include`), with every file read; undefined when unreadable. */
  source?: ConfigSource | undefined;
  /** The release the file was judged by, and why; undefined when the file could not be read. */
  target?: TargetChoice | undefined;
  /** The normalized config (canonical ids, object forms, aliases resolved); computed on first read. */
  readonly config?: unknown;
}

/**
 * Checks config text. Never throws for bad input: every problem is a diagnostic.
 * An `$include` in the text is read from the folder of `path` (else the current one).
 */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const file = options.path ?? "<input>";
  const load = { entryPath: resolve(file), file, displayName: displayNameBeside(file, file), ...(options.readText ? { readText: options.readText } : {}) };
  return checkLoaded(loadConfigText(text, load), options);
}

function checkLoaded(loaded: LoadResult, options: CheckSourceOptions): CheckResult {
  const result = checkSource(loaded.source, loaded.diagnostics, options);
  const source = loaded.entry ? loaded.source : undefined;
  let normalized: { value: unknown } | undefined;
  return {
    ...result,
    document: loaded.entry,
    source,
    // Lazy: most callers (the CLI's check) never need it, and it costs a copy of the config.
    get config() {
      normalized ??= { value: source && source.value !== undefined ? normalizeConfig(source.value, result.target.id) : undefined };
      return normalized.value;
    },
  };
}

/** Checks a config source: the stages after parsing. */
export function checkSource(
  source: ConfigSource,
  parseDiagnostics: readonly Diagnostic[],
  options: CheckSourceOptions = {},
): { file: string; diagnostics: Diagnostic[]; target: TargetChoice } {
  const file = source.documents[0]?.file ?? "<input>";
  const diagnostics = [...parseDiagnostics];
  const target = chooseTarget(source.value, { option: options.target, settings: options.settingsTarget });
  if (isJsonObject(source.value)) {
    const legacy = findLegacyKeys(source.value);
    for (const found of legacy) {
      diagnostics.push(createDiagnostic(found.code, found.data, { path: found.path, ...source.locate(found.path, found.skipSubtree ? "key" : "value") }));
    }
    const rewrites = loadRewrites(source, target);
    appendAll(appendAll(diagnostics, rewrites.diagnostics), modelPolicyRefDiagnostics(source, target));
    const skip = [...legacy.filter((l) => l.skipSubtree).map((l) => l.path), ...rewrites.skip];
    // The schema judges values as OpenClaw does: after `${VAR}` substitution (document/env-substitute.ts).
    const env = options.env ?? process.env;
    // Most configs hold no reference at all: then there is no value to walk.
    const substituted = source.documents.some((doc) => doc.text.includes("${"))
      ? substituteEnvReferences(source.value, env)
      : { value: source.value, changed: [] };
    const judged: ConfigSource =
      substituted.changed.length === 0
        ? source
        : { ...source, value: substituted.value, origin: (p) => source.origin(p), locate: (p, part) => source.locate(p, part) };
    appendAll(diagnostics, restoreWrittenValues(schemaDiagnostics(judged, skip, target), substituted.changed));
    appendAll(diagnostics, runRules(source, { ...options, target: target.id }));
  }
  appendAll(diagnostics, checkEnvReferences(source, options.env ?? process.env, options));
  return { file, diagnostics: sortDiagnostics(applyRuleSettings(diagnostics, options.rules)), target };
}

/**
 * Reads and checks a file and the files it `$include`s; an unreadable file is
 * one diagnostic. Included files are named relative to `displayName`'s folder.
 */
export function checkFile(path: string, displayName = path, options: CheckSourceOptions = {}): CheckResult {
  const loaded = loadConfigSource(path, { displayName: displayNameBeside(path, displayName) });
  if (!loaded.entry) return { file: displayName, diagnostics: loaded.diagnostics, document: undefined };
  return checkLoaded(loaded, options);
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.range.start.offset - b.range.start.offset ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.code.localeCompare(b.code),
  );
}
