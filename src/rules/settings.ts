/**
 * @fileoverview Rule settings: turn a rule off or change its severity, with
 * `--rule code=off|info|warning|error` or in `agentcfg.config.json5`, found
 * upward from the checked config (the nearest wins; `--rule` wins over it).
 */
import { existsSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { catalogue, isDiagnosticCode } from "../diagnostics/catalogue.js";
import { createDiagnostic } from "../diagnostics/create.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { Diagnostic, Severity } from "../diagnostics/types.js";
import { wordsOf } from "../diagnostics/word.js";
import { parseDocument } from "../document/parse.js";
import { readConfigFile } from "../document/read.js";
import { singleDocumentSource } from "../document/source.js";
import { loadZodStage } from "../schema/fast-validate-loaders.js";
import { isTargetId, type TargetId } from "../schema/targets/ids.js";
import { isJsonObject } from "../json-object.js";

export type RuleSetting = Severity | "off";
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export const RULE_SETTING_VALUES: readonly RuleSetting[] = ["off", "info", "warning", "error"];
export const SETTINGS_FILE_NAMES = ["agentcfg.config.json5", "agentcfg.config.json"];

/** Codes a user may configure: what OpenClaw itself refuses (syntax, schema, legacy) is not. */
export function isConfigurable(code: string): boolean {
  return /^(model|auth|secrets|agents|env)\//.test(code) || code === "parse/duplicate-key";
}

export function applyRuleSettings(diagnostics: Diagnostic[], settings: RuleSettings | undefined): Diagnostic[] {
  if (!settings || Object.keys(settings).length === 0) return diagnostics;
  return diagnostics.flatMap((d) => {
    const setting = settings[d.code];
    if (setting === undefined || !isConfigurable(d.code)) return [d];
    return setting === "off" ? [] : [{ ...d, severity: setting }];
  });
}

/** Why a `code`/`value` pair is not a valid setting, as a catalogue code and its data; undefined when valid. */
function settingProblem(code: string, value: unknown) {
  if (!isDiagnosticCode(code)) {
    return { code: "settings/unknown-code" as const, data: { code, suggestion: didYouMean(code, Object.keys(catalogue)) }, at: "key" as const };
  }
  if (!isConfigurable(code)) return { code: "settings/not-configurable" as const, data: { code }, at: "key" as const };
  if (typeof value !== "string" || !(RULE_SETTING_VALUES as readonly string[]).includes(value)) {
    return { code: "settings/invalid-severity" as const, data: { code, value: String(value), allowed: RULE_SETTING_VALUES }, at: "value" as const };
  }
  return undefined;
}

/** Parses `--rule` flags (`code=severity`); problems come back as messages for a usage error. */
export function parseRuleFlags(flags: readonly string[]): { settings: Record<string, RuleSetting>; errors: string[] } {
  const settings: Record<string, RuleSetting> = {};
  const errors: string[] = [];
  for (const flag of flags) {
    const eq = flag.lastIndexOf("=");
    const code = (eq < 0 ? flag : flag.slice(0, eq)).trim();
    const value = eq < 0 ? "" : flag.slice(eq + 1).trim();
    const problem = settingProblem(code, value);
    if (problem) {
      errors.push(`--rule ${flag}: ${wordsOf(problem.code, problem.data).message}`);
    } else settings[code] = value as RuleSetting;
  }
  return { settings, errors };
}

export interface LoadedSettings {
  file?: string;
  settings: Record<string, RuleSetting>;
  /** `target`: the release configs below this file are judged by. */
  target?: TargetId;
  diagnostics: Diagnostic[];
}

/** The nearest settings file upward from `startDir`, or undefined. */
export function findSettingsFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of SETTINGS_FILE_NAMES) {
      // Joined by hand: `dir` is resolved already, and path.join normalises it again for every name and level.
      const candidate = dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadSettingsFile(path: string, displayName = path): LoadedSettings {
  const read = readConfigFile(path, displayName);
  if (!read.ok) return { file: displayName, settings: {}, diagnostics: [read.diagnostic] };
  const doc = parseDocument(read.text, displayName);
  const source = singleDocumentSource(doc);
  const diagnostics = [...doc.diagnostics];
  const settings: Record<string, RuleSetting> = {};
  if (doc.value === undefined) return { file: displayName, settings, diagnostics };
  const { validateAgainstSchema, SettingsFileSchema } = loadZodStage();
  diagnostics.push(...validateAgainstSchema(source, SettingsFileSchema));
  const target = (doc.value as { target?: unknown }).target;
  const rules = (doc.value as { rules?: unknown }).rules;
  if (isJsonObject(rules)) {
    for (const [code, value] of Object.entries(rules)) {
      const problem = settingProblem(code, value);
      const path = ["rules", code];
      if (problem) diagnostics.push(createDiagnostic(problem.code, problem.data as never, { path, ...source.locate(path, problem.at) }));
      else settings[code] = value as RuleSetting;
    }
  }
  // A bad target is a schema diagnostic above; the file's configs then fall back as if it named none.
  return { file: displayName, settings, diagnostics, ...(isTargetId(target) ? { target } : {}) };
}
