/**
 * @fileoverview The seed scenario for the inspector tests, copied to a fresh temp folder so a
 * test can edit the files on disk: Kimi Coding with kimi:default then kimi:backup, backup
 * cooling down after a rate limit until 12:25Z, the session pinned to backup (`--pin`),
 * simulated at 2026-04-20T12:00:00Z.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./fixture-files.js";

export const SEED_NOW_ISO = "2026-04-20T12:00:00Z";
export const SEED_NOW = Date.parse(SEED_NOW_ISO);
/** kimi:backup's cooldownUntil in the seed auth-state.json. */
export const SEED_BACKUP_UNTIL = Date.parse("2026-04-20T12:25:00Z");
export const SEED_PIN = "kimi:backup";
/** The literal key in the seed config and the two in its auth-profiles.json: none may ever be shown. */
export const SEED_SECRETS = ["sk-moonshot-FAKE-0123456789abcdef", "sk-kimi-default-FAKE-aaaaaaaaaaaa", "sk-kimi-backup-FAKE-bbbbbbbbbbbb"];

export const SEED_DIR = join(ROOT, "fixtures", "inspect");

export interface SeedCopy {
  dir: string;
  config: string;
  stateDir: string;
  authState: string;
}

export function copySeed(): SeedCopy {
  const dir = mkdtempSync(join(tmpdir(), "agentcfg-inspect-"));
  cpSync(SEED_DIR, dir, { recursive: true });
  return {
    dir,
    config: join(dir, "openclaw.json5"),
    stateDir: join(dir, "state"),
    authState: join(dir, "state", "agents", "main", "agent", "auth-state.json"),
  };
}
