/**
 * @fileoverview `agentcfg inspect [config]`: its options. Kept free of heavy imports; the
 * work is in inspect-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";
import { TARGET_IDS, type TargetId } from "../../schema/targets/ids.js";

export interface InspectArgs {
  config: string | undefined;
  /** Read the config as this OpenClaw release (else as `check` chooses). */
  target: TargetId | undefined;
  stateDir: string | undefined;
  port: number;
  open: boolean;
  html: string | undefined;
  now: string | undefined;
  pin: string | undefined;
}

export function inspectBuilder(yargs: Argv): Argv<InspectArgs> {
  return yargs
    .positional("config", { type: "string", describe: "Config file (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)" })
    .option("target", {
      choices: TARGET_IDS,
      requiresArg: true,
      describe: "Read the config as this OpenClaw release (default: as check chooses: agentcfg.config.json5, the file itself, else 2026.9)",
    })
    .option("state-dir", {
      type: "string",
      describe: "OpenClaw state folder with agents/<id>/agent/auth-state.json (default: $OPENCLAW_STATE_DIR, else ~/.openclaw)",
    })
    .option("port", { type: "number", default: 0, describe: "Port on 127.0.0.1 (default: a free one)" })
    .option("open", { type: "boolean", default: false, describe: "Open the page in the default browser" })
    .option("html", { type: "string", describe: "Write the page with the data in it to FILE and exit (for a CI run)" })
    .option("now", { type: "string", describe: "Simulate this instant (ISO 8601), e.g. to replay a cooldown; the clock runs on from it" })
    .option("pin", { type: "string", describe: "Session pin (as set by /model <ref>@PROFILE), applied to every agent's plan" })
    .example("$0 inspect --open", "See the config OpenClaw would load, with its state, in the browser")
    .example("$0 inspect openclaw.json5 --html report.html", "Write a self-contained page for a CI run") as unknown as Argv<InspectArgs>;
}
