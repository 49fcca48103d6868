/**
 * @fileoverview `agentcfg sessions clear-pin KEY`: its options. The work is in
 * sessions-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";

export interface SessionsArgs {
  action: string;
  key: string | undefined;
  agent: string | undefined;
  stateDir: string | undefined;
}

export function sessionsBuilder(yargs: Argv): Argv<SessionsArgs> {
  return yargs
    .positional("action", { type: "string", choices: ["clear-pin"], describe: "clear-pin: remove a session's auth pin, as /new does" })
    .positional("key", { type: "string", describe: "The session key (agent:main:…; `agentcfg explain` lists the pinned ones)" })
    .option("agent", { type: "string", describe: "Agent id (default: main)" })
    .option("state-dir", { type: "string", describe: "OpenClaw state folder (default: $OPENCLAW_STATE_DIR, else ~/.openclaw)" })
    .example("$0 sessions clear-pin agent:main:telegram:direct:4242", "The session picks a ready profile on its next request") as unknown as Argv<SessionsArgs>;
}
