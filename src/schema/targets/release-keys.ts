/**
 * @fileoverview Keys only one release knows, as data: what tells a file
 * written for 2026.4 from one written for 2026.9 when it names no version, and
 * what `check` says about a key of the other release. Each entry was
 * established with both releases' own CLIs (fixtures/targets/ holds the
 * recorded verdicts). Paths use `*` for any key (an agent id) and `[]` for any
 * list item.
 */
import type { TargetId } from "./ids.js";

export interface ReleaseKey {
  /** Dotted path with `*` for any object key. */
  path: string;
  /** The only release that accepts it. */
  release: TargetId;
  /** What the other release has instead (for the message), when there is one. */
  instead?: string;
}

export const RELEASE_KEYS: readonly ReleaseKey[] = [
  { path: "auth.cooldowns", release: "2026.4", instead: "built-in backoff; there is no cooldown tuning in the config" },
  { path: "meta.lastTouchedAt", release: "2026.4", instead: "nothing (2026.9 keeps only meta.lastTouchedVersion)" },
  { path: "agents.defaults.llm", release: "2026.4", instead: "models.providers.<id>.timeoutSeconds" },
  { path: "agents.defaults.pdfMaxBytesMb", release: "2026.4", instead: "agents.defaults.pdfMaxMb" },
  { path: "agents.defaults.imageGenerationModel", release: "2026.4", instead: "agents.defaults.mediaModels.image" },
  { path: "agents.defaults.videoGenerationModel", release: "2026.4", instead: "agents.defaults.mediaModels.video" },
  { path: "agents.defaults.musicGenerationModel", release: "2026.4", instead: "agents.defaults.mediaModels.music" },
  { path: "meta.migrations", release: "2026.9" },
  { path: "agents.entries", release: "2026.9", instead: "agents.list (a list of agents with an id each)" },
  { path: "agents.ownership", release: "2026.9" },
  { path: "agents.defaults.modelPolicy", release: "2026.9", instead: "the keys of agents.defaults.models as the allowlist" },
  { path: "agents.defaults.utilityModel", release: "2026.9" },
  { path: "agents.defaults.decisionModel", release: "2026.9" },
  { path: "agents.defaults.mediaModels", release: "2026.9", instead: "agents.defaults.imageGenerationModel, videoGenerationModel, musicGenerationModel" },
  { path: "agents.defaults.voiceModel", release: "2026.9" },
  { path: "agents.defaults.pdfMaxMb", release: "2026.9", instead: "agents.defaults.pdfMaxBytesMb" },
];

/** True when `path` (concrete) matches `pattern` (with `*` for any one key). */
export function pathMatches(pattern: string, path: readonly (string | number)[]): boolean {
  const parts = pattern.split(".");
  return parts.length === path.length && parts.every((part, i) => part === "*" || part === String(path[i]));
}

/** The release-only key at `path`, if it is one. */
export function releaseKeyAt(path: readonly (string | number)[]): ReleaseKey | undefined {
  return RELEASE_KEYS.find((k) => pathMatches(k.path, path));
}

/** The release-only keys a config value holds, in table order. */
export function releaseKeysIn(value: unknown): { key: ReleaseKey; path: string[] }[] {
  const found: { key: ReleaseKey; path: string[] }[] = [];
  for (const key of RELEASE_KEYS) {
    for (const path of concretePaths(value, key.path.split("."), [])) found.push({ key, path });
  }
  return found;
}

function concretePaths(value: unknown, rest: readonly string[], at: string[]): string[][] {
  if (rest.length === 0) return [at];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const [head, ...tail] = rest as [string, ...string[]];
  const record = value as Record<string, unknown>;
  const names = head === "*" ? Object.keys(record) : Object.prototype.hasOwnProperty.call(record, head) ? [head] : [];
  return names.flatMap((name) => concretePaths(record[name], tail, [...at, name]));
}
