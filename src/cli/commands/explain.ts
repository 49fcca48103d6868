/**
 * @fileoverview `agentcfg explain [config]`: its options. Kept free of heavy imports; the
 * work is in explain-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";
import { TARGET_IDS, type TargetId } from "../../schema/targets/ids.js";

export const EXPLAIN_FORMATS = ["pretty", "json"] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export interface ExplainArgs {
  config: string | undefined;
  /** Read the config as this OpenClaw release (else as `check` chooses). */
  target: TargetId | undefined;
  agent: string | undefined;
  model: string | undefined;
  state: string | undefined;
  store: string | undefined;
  stateDir: string | undefined;
  pin: string | undefined;
  now: string | undefined;
  format: ExplainFormat;
  color: boolean | undefined;
}

export function explainBuilder(yargs: Argv): Argv<ExplainArgs> {
  return yargs
    .positional("config", { type: "string", describe: "Config file (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)" })
    .option("target", { choices: TARGET_IDS, requiresArg: true, describe: "Read the config as this OpenClaw release (default: as check chooses: agentcfg.config.json5, the file itself, else 2026.9)" })
    .option("agent", { type: "string", describe: "Agent id (default: the default agent)" })
    .option("model", { type: "string", describe: "A model the session asked for (/model REF[@profile]); tried first" })
    .option("state", { type: "string", describe: "auth-state.json to read (default: <state-dir>/agents/<agent>/agent/auth-state.json)" })
    .option("store", { type: "string", describe: "auth-profiles.json to read (default: beside the auth-state.json); only presence of credentials is checked" })
    .option("state-dir", { type: "string", describe: "OpenClaw state folder (default: $OPENCLAW_STATE_DIR, else ~/.openclaw)" })
    .option("pin", { type: "string", describe: "Profile the session is pinned to, as with /model REF@PROFILE" })
    .option("now", { type: "string", describe: "Simulate this instant (ISO date-time, e.g. 2026-04-13T14:01:00Z)" })
    .option("format", { alias: "f", choices: EXPLAIN_FORMATS, default: "pretty" as ExplainFormat, describe: "Output format" })
    .option("color", { type: "boolean", describe: "Colour the output (default: when the terminal supports it)" })
    .example("$0 explain", "Which model and key the next request uses, and why")
    .example("$0 explain --pin kimi:backup --now 2026-04-13T14:01:00Z", "Simulate a session pinned to kimi:backup")
    .example("$0 explain --agent coder --format json", "The plan of one agent, machine-readable") as unknown as Argv<ExplainArgs>;
}
