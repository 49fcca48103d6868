/**
 * @fileoverview The OpenClaw releases agentcfg can judge a config by (its
 * "targets"), without any schema: the CLI reads these to parse `--target` and
 * pick a fast validator before Zod is ever loaded.
 */

/** Each target's id, as `--target`, `target` in agentcfg.config.json5 and `check(text, {target})` spell it. */
export const TARGET_IDS = ["2026.4", "2026.9"] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** The release of OpenClaw each target was taken from (and its verdict fixtures recorded with). */
export const TARGET_VERSIONS: Readonly<Record<TargetId, string>> = { "2026.4": "2026.4.12", "2026.9": "2026.9.6" };

/** The newest target: a key only it accepts marks a file written for it. */
export const NEWEST_TARGET: TargetId = "2026.9";

/** The release users run today: the target of a file that says nothing about its release. */
export const DEFAULT_TARGET: TargetId = "2026.9";

export function isTargetId(value: unknown): value is TargetId {
  return typeof value === "string" && (TARGET_IDS as readonly string[]).includes(value);
}

/** The other target: where a key the chosen one lacks may come from. */
export function otherTarget(target: TargetId): TargetId {
  return target === "2026.4" ? "2026.9" : "2026.4";
}

/** How the target of a file was chosen, strongest first. */
export type TargetSource = "option" | "settings" | "meta" | "keys" | "default";

export interface TargetChoice {
  id: TargetId;
  /** The OpenClaw release, e.g. 2026.9.6. */
  version: string;
  source: TargetSource;
  /** Why, in words: "--target 2026.4", "meta.lastTouchedVersion is 2026.4.12", … */
  reason: string;
}
