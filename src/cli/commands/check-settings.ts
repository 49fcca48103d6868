/**
 * @fileoverview Rule settings for `check`: `--rule` flags over the nearest
 * `agentcfg.config.json5` above each config (or `--settings FILE`). Each
 * settings file is read once per run, and its own problems are reported like
 * any config's.
 */
import { dirname, relative, resolve } from "node:path";
import type { CheckSourceOptions } from "../../check.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { findSettingsFile, loadSettingsFile, parseRuleFlags, type LoadedSettings, type RuleSetting } from "../../rules/settings.js";

export interface RuleSettingsPlan {
  /** Options for one config file. */
  optionsFor(file: string): CheckSourceOptions;
  /** Problems in the settings files read so far, by file. */
  reports(): { file: string; diagnostics: Diagnostic[]; text?: string }[];
}

export function planRuleSettings(flags: readonly string[], explicitFile: string | undefined, base: CheckSourceOptions): RuleSettingsPlan | { errors: string[] } {
  const parsed = parseRuleFlags(flags);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  const loaded = new Map<string, LoadedSettings>();
  const load = (path: string): LoadedSettings => {
    let settings = loaded.get(path);
    if (!settings) {
      settings = loadSettingsFile(path, relative(process.cwd(), path) || path);
      loaded.set(path, settings);
    }
    return settings;
  };
  const fileSettings = (configFile: string): Record<string, RuleSetting> => {
    const path = explicitFile ? resolve(explicitFile) : findSettingsFile(dirname(resolve(configFile)));
    return path ? load(path).settings : {};
  };
  return {
    optionsFor: (file) => ({ ...base, rules: { ...fileSettings(file), ...parsed.settings } }),
    reports: () => [...loaded.values()].filter((l) => l.diagnostics.length > 0).map((l) => ({ file: l.file ?? "", diagnostics: l.diagnostics })),
  };
}
