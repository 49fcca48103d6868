/**
 * @fileoverview `--target` for the commands that read a config besides
 * `check` (compile, explain, inspect): the same choice as
 * `check` makes (the flag, else `target` in the nearest agentcfg.config.json5,
 * else what the file says, else 2026.9), so every command reads a file as the
 * same release.
 */
import { dirname, relative, resolve } from "node:path";
import type { CheckSourceOptions } from "../../check.js";
import { findSettingsFile, loadSettingsFile } from "../../rules/settings.js";
import type { TargetId } from "../../schema/targets/ids.js";

/** The target options of `check` for one config file. */
export function targetOptionsFor(configPath: string, flag: TargetId | undefined): CheckSourceOptions {
  if (flag) return { target: flag };
  const found = findSettingsFile(dirname(resolve(configPath)));
  if (!found) return {};
  const loaded = loadSettingsFile(found, relative(process.cwd(), found) || found);
  return loaded.target ? { settingsTarget: { target: loaded.target, file: loaded.file ?? found } } : {};
}
