/**
 * @fileoverview Rule settings for `check`: `--rule` flags over the nearest
 * `agentcfg.config.json5` above each config (or `--settings FILE`), and that
 * file's `target` (the release its configs are judged by, under `--target`). Each
 * settings file is read once per run, and its own problems are reported like
 * any config's.
 */
import { dirname, relative, resolve } from "node:path";
import type { CheckSourceOptions } from "../../check.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { findSettingsFile, loadSettingsFile, parseRuleFlags, type LoadedSettings } from "../../rules/settings.js";

export interface RuleSettingsPlan {
  /** Options for one config file. */
  optionsFor(file: string): CheckSourceOptions;
  /** Problems in the settings files read so far, by file. */
  reports(): { file: string; diagnostics: Diagnostic[]; text?: string }[];
}

export function planRuleSettings(
  flags: readonly string[],
  explicitFile: string | undefined,
  base: CheckSourceOptions,
): RuleSettingsPlan | { errors: string[] } {
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
  const fileSettings = (configFile: string): LoadedSettings | undefined => {
    const path = explicitFile ? resolve(explicitFile) : findSettingsFile(dirname(resolve(configFile)));
    return path ? load(path) : undefined;
  };
  return {
    optionsFor: (file) => {
      const found = fileSettings(file);
      const settingsTarget = found?.target ? { target: found.target, file: found.file ?? "agentcfg.config.json5" } : undefined;
      return { ...base, rules: { ...found?.settings, ...parsed.settings }, ...(settingsTarget ? { settingsTarget } : {}) };
    },
    reports: () => [...loaded.values()].filter((l) => l.diagnostics.length > 0).map((l) => ({ file: l.file ?? "", diagnostics: l.diagnostics })),
  };
}
