/**
 * @fileoverview Which release a file is judged by: `--target` (or the
 * library's `target` option), else `target` in agentcfg.config.json5, else
 * what the file says about itself (`meta.lastTouchedVersion`, else a key only
 * 2026.9 accepts, which 2026.4 cannot load), else the release users run today.
 * A key only 2026.4 accepts is not taken as a sign: a file holding one is the
 * very file that stops loading on the upgrade, so it is judged by today's
 * release and told how to migrate (or to say `--target 2026.4`). No Zod: the
 * CLI picks the fast validator from this before any schema is loaded.
 */
import { DEFAULT_TARGET, NEWEST_TARGET, TARGET_IDS, TARGET_VERSIONS, type TargetChoice, type TargetId } from "./ids.js";
import { releaseKeysIn } from "./release-keys.js";
import { asJsonObject } from "../../json-object.js";
import { compareReleaseVersions, parseReleaseVersion } from "../../version-order.js";

export interface TargetRequest {
  /** `--target` or `check(text, {target})`. */
  option?: TargetId | undefined;
  /** `target` from the settings file, and that file's name. */
  settings?: { target: TargetId; file: string } | undefined;
}

function choice(id: TargetId, source: TargetChoice["source"], reason: string): TargetChoice {
  return { id, version: TARGET_VERSIONS[id], source, reason };
}

/** The newest target no newer than `version` (the oldest target for anything before it). */
export function targetForVersion(version: string): TargetId | undefined {
  const parsed = parseReleaseVersion(version);
  if (!parsed) return undefined;
  let best: TargetId = TARGET_IDS[0];
  for (const id of TARGET_IDS) if (compareReleaseVersions(parseReleaseVersion(id)!, parsed) <= 0) best = id;
  return best;
}

export function chooseTarget(value: unknown, request: TargetRequest = {}): TargetChoice {
  if (request.option) return choice(request.option, "option", `--target ${request.option}`);
  if (request.settings) return choice(request.settings.target, "settings", `target in ${request.settings.file}`);
  const root = asJsonObject(value) ?? {};
  const meta = root["meta"];
  const written = meta !== null && typeof meta === "object" ? (meta as Record<string, unknown>)["lastTouchedVersion"] : undefined;
  if (typeof written === "string") {
    const id = targetForVersion(written);
    if (id) return choice(id, "meta", `meta.lastTouchedVersion is ${written}`);
  }
  const newer = releaseKeysIn(root).find((f) => f.key.release === NEWEST_TARGET);
  if (newer) return choice(NEWEST_TARGET, "keys", `${newer.path.join(".")} is a key only ${NEWEST_TARGET} accepts`);
  return choice(DEFAULT_TARGET, "default", "the default: the file names no release");
}
