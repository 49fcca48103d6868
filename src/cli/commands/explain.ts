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
  /**
   * The OpenClaw release: how the config is read and how failover behaves (else as `check`
   * chooses for the config; for sessions and errors, the release whose state files are on disk first).
   */
  target: TargetId | undefined;
  agent: string | undefined;
  model: string | undefined;
  state: string | undefined;
  store: string | undefined;
  stateDir: string | undefined;
  pin: string | undefined;
  now: string | undefined;
  /** A session key of the sessions store: its plan, with its pin and model override. */
  session: string | undefined;
  /** An error text to classify (`--error`), with the provider it came from. */
  error: string | undefined;
  provider: string | undefined;
  /** Read the sessions store and the transcripts (default true; --no-sessions skips them). */
  sessions: boolean;
  format: ExplainFormat;
  color: boolean | undefined;
}

export function explainBuilder(yargs: Argv): Argv<ExplainArgs> {
  return yargs
    .positional("config", { type: "string", describe: "Config file (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)" })
    .option("target", {
      choices: TARGET_IDS,
      requiresArg: true,
      describe:
        "OpenClaw release to answer for (default: the one whose state is on disk; for the config, as check chooses: agentcfg.config.json5, the file itself, else 2026.9)",
    })
    .option("agent", { type: "string", describe: "Agent id (default: the default agent)" })
    .option("model", { type: "string", describe: "A model the session asked for (/model REF[@profile]); tried first" })
    .option("state", { type: "string", describe: "auth-state.json to read (default: <state-dir>/agents/<agent>/agent/auth-state.json)" })
    .option("store", { type: "string", describe: "auth-profiles.json to read (default: beside the auth-state.json); only presence of credentials is checked" })
    .option("state-dir", { type: "string", describe: "OpenClaw state folder (default: $OPENCLAW_STATE_DIR, else ~/.openclaw)" })
    .option("pin", { type: "string", describe: "Profile the session is pinned to, as with /model REF@PROFILE" })
    .option("session", { type: "string", describe: "A session key (agent:main:…): the plan with that session's pin and model override" })
    .option("error", { type: "string", describe: "An error text a provider returned: the failover reason OpenClaw gives it and what follows" })
    .option("provider", { type: "string", describe: "With --error: the provider the error came from (some rules depend on it)" })
    .option("sessions", { type: "boolean", default: true, describe: "Read the agent's sessions store and transcripts (--no-sessions: skip)" })
    .option("now", { type: "string", describe: "Simulate this instant (ISO date-time, e.g. 2026-04-13T14:01:00Z)" })
    .option("format", { alias: "f", choices: EXPLAIN_FORMATS, default: "pretty" as ExplainFormat, describe: "Output format" })
    .option("color", { type: "boolean", describe: "Colour the output (default: when the terminal supports it)" })
    .example("$0 explain", "Which model and key the next request uses, and why")
    .example("$0 explain --pin kimi:backup --now 2026-04-13T14:01:00Z", "Simulate a session pinned to kimi:backup")
    .example("$0 explain --agent coder --format json", "The plan of one agent, machine-readable")
    .example('$0 explain --error "429 Too Many Requests" --provider kimi', "What OpenClaw does after this error")
    .example("$0 explain --session agent:main:main", "The plan of one session, with its pin") as unknown as Argv<ExplainArgs>;
}
