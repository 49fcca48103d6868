/**
 * @fileoverview Where OpenClaw looks for its config when no file is named:
 * `$OPENCLAW_CONFIG_PATH`, else `~/.openclaw/openclaw.json` (`$OPENCLAW_HOME`
 * standing in for the home folder).
 */
import { homedir } from "node:os";
import { join } from "node:path";

export interface DefaultConfig {
  path: string;
  /** Why this path: for the "checking …" line. */
  source: string;
}

export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env): DefaultConfig {
  const explicit = env["OPENCLAW_CONFIG_PATH"]?.trim();
  if (explicit) return { path: explicit, source: "from $OPENCLAW_CONFIG_PATH" };
  const home = env["OPENCLAW_HOME"]?.trim() || homedir();
  return { path: join(home, ".openclaw", "openclaw.json"), source: "OpenClaw's default location" };
}

/** The state folder: `$OPENCLAW_STATE_DIR`, else `~/.openclaw`. */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env["OPENCLAW_STATE_DIR"]?.trim();
  if (explicit) return explicit;
  const home = env["OPENCLAW_HOME"]?.trim() || homedir();
  return join(home, ".openclaw");
}
