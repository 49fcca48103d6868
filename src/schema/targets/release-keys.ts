/**
 * @fileoverview Keys only one release knows, as data: a 2026.9-only key
 * marks a file written for 2026.9 when it names no version (select.ts), and
 * each entry's `instead` completes what `check` says about a key of the other
 * release. Each entry was
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
  /** One sentence on what the other release has instead, for the message. */
  instead?: string;
}

export const RELEASE_KEYS: readonly ReleaseKey[] = [
  { path: "auth.cooldowns", release: "2026.4", instead: "2026.9 has no setting for it: its failure backoff is built in." },
  { path: "meta.lastTouchedAt", release: "2026.4", instead: "2026.9 keeps only meta.lastTouchedVersion (and meta.migrations)." },
  { path: "agents.defaults.llm", release: "2026.4", instead: "In 2026.9 the model idle timeout is models.providers.<id>.timeoutSeconds." },
  { path: "agents.defaults.pdfMaxBytesMb", release: "2026.4", instead: "2026.9 calls it agents.defaults.pdfMaxMb." },
  { path: "agents.defaults.imageGenerationModel", release: "2026.4", instead: "In 2026.9 it is agents.defaults.mediaModels.image." },
  { path: "agents.defaults.videoGenerationModel", release: "2026.4", instead: "In 2026.9 it is agents.defaults.mediaModels.video." },
  { path: "agents.defaults.musicGenerationModel", release: "2026.4", instead: "In 2026.9 it is agents.defaults.mediaModels.music." },
  { path: "env.*", release: "2026.4", instead: "2026.9 reads environment variables only from env.vars." },
  { path: "meta.migrations", release: "2026.9" },
  { path: "agents.entries", release: "2026.9", instead: "2026.4 lists agents in agents.list, each with an id." },
  { path: "agents.ownership", release: "2026.9" },
  { path: "agents.defaults.modelPolicy", release: "2026.9", instead: "In 2026.4 the keys of agents.defaults.models are the allowlist." },
  { path: "agents.defaults.utilityModel", release: "2026.9" },
  { path: "agents.defaults.decisionModel", release: "2026.9" },
  {
    path: "agents.defaults.mediaModels",
    release: "2026.9",
    instead: "2026.4 has agents.defaults.imageGenerationModel, videoGenerationModel and musicGenerationModel.",
  },
  { path: "agents.defaults.voiceModel", release: "2026.9" },
  { path: "agents.defaults.pdfMaxMb", release: "2026.9", instead: "2026.4 calls it agents.defaults.pdfMaxBytesMb." },
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
  const names = head === "*" ? Object.keys(record) : Object.hasOwn(record, head) ? [head] : [];
  return names.flatMap((name) => concretePaths(record[name], tail, [...at, name]));
}
