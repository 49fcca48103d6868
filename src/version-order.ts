/**
 * @fileoverview The order of OpenClaw release versions ("2026.4.12" before
 * "2026.9.6"), for every stage that compares a version a file names with a
 * release agentcfg knows.
 */

/** "2026.9.6" → [2026, 9, 6] ("v" and a missing patch allowed); undefined when it is not a version. */
export function parseReleaseVersion(text: string): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
export function compareReleaseVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Whether the version `a` names an older release than `b`; false when either is not a version. */
export function isOlderVersion(a: string, b: string): boolean {
  const [left, right] = [parseReleaseVersion(a), parseReleaseVersion(b)];
  return left !== undefined && right !== undefined && compareReleaseVersions(left, right) < 0;
}
