/**
 * @fileoverview Where OpenClaw looks for its config when no file is named:
 * `$OPENCLAW_CONFIG_PATH`, else `~/.openclaw/openclaw.json` (`$OPENCLAW_HOME`
 * standing in for the home folder).
 */
import { join } from "node:path";

export interface DefaultConfig {
  path: string;
  /** Why this path: for the "checking …" line. */
  source: string;
}

export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env): DefaultConfig {
  const explicit = env["OPENCLAW_CONFIG_PATH"]?.trim();
  if (explicit) return { path: explicit, source: "from $OPENCLAW_CONFIG_PATH" };
  const home = env["OPENCLAW_HOME"]?.trim() || homeFolder();
  return { path: join(home, ".openclaw", "openclaw.json"), source: "OpenClaw's default location" };
}

/** The state folder: `$OPENCLAW_STATE_DIR`, else `~/.openclaw`. */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env["OPENCLAW_STATE_DIR"]?.trim();
  if (explicit) return explicit;
  const home = env["OPENCLAW_HOME"]?.trim() || homeFolder();
  return join(home, ".openclaw");
}

/** os.homedir(), with node:os loaded only when asked: every check imports this module, few need a home (≈ 0.4 ms). */
function homeFolder(): string {
  return process.getBuiltinModule("node:os").homedir();
}
