/**
 * @fileoverview `agentcfg auth order get|set|clear` and `agentcfg auth add`:
 * their options. Kept free of heavy imports; the work is in auth-order-run.ts
 * and auth-add-run.ts, loaded when the command runs.
 *
 * One yargs command (`auth <area> [args..]`) rather than nested yargs
 * commands: the command registry runs one handler per entry and takes its
 * exit code, and yargs does not call a parent's handler for a subcommand.
 * The runner dispatches on `area` and reads `args` itself.
 *
 * There is deliberately no option that takes a token: it would end up in the
 * shell history and in the process list. Tokens come from stdin or from an
 * environment variable.
 */
import type { Argv } from "yargs";

export const AUTH_AREAS = ["order", "add"] as const;
export const ORDER_ACTIONS = ["get", "set", "clear"] as const;
export const AUTH_MODES = ["api_key", "token"] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export interface AuthArgs {
  area: string;
  args: string[] | undefined;
  provider: string | undefined;
  agent: string | undefined;
  stateDir: string | undefined;
  config: string | undefined;
  json: boolean;
  profileId: string | undefined;
  mode: string | undefined;
  tokenStdin: boolean;
  tokenEnv: string | undefined;
  color: boolean | undefined;
  [key: string]: unknown;
}

/** Every option the command declares (kebab-case, aliases included), for the unknown-option guard. */
export const AUTH_OPTIONS = [
  "area",
  "args",
  "provider",
  "agent",
  "state-dir",
  "config",
  "json",
  "profile-id",
  "mode",
  "token-stdin",
  "token-env",
  "color",
] as const;

export function authBuilder(yargs: Argv): Argv<AuthArgs> {
  return yargs
    .usage(
      [
        "$0 auth order get   --provider P [--agent ID] [--json]",
        "$0 auth order set   --provider P [--agent ID] PROFILE_ID…",
        "$0 auth order clear --provider P [--agent ID]",
        "$0 auth add [config] --provider P --profile-id ID [--mode api_key|token] (--token-stdin | --token-env VAR)",
        "",
        "order: the per-agent order override OpenClaw keeps in auth-state.json (it wins over the config's auth.order).",
        "add: store a credential in the agent's auth-profiles.json and add auth.profiles[ID] to the config, keeping its comments.",
      ].join("\n"),
    )
    .positional("area", { type: "string", describe: "order or add" })
    .positional("args", { type: "string", array: true, describe: "order: get, set or clear, then (set) the profile ids in order; add: the config file" })
    .option("provider", { type: "string", describe: "Provider id (aliases such as kimi-coding are normalized)" })
    .option("agent", { type: "string", describe: "Agent id (default: the config's default agent, else main)" })
    .option("state-dir", { type: "string", describe: "OpenClaw state folder (default: $OPENCLAW_STATE_DIR, else ~/.openclaw)" })
    .option("config", { type: "string", describe: "order: the config whose auth.profiles also count as known (default: OpenClaw's)" })
    .option("json", { type: "boolean", default: false, describe: "order: print {agentId, agentDir, provider, authStatePath, order} as JSON" })
    .option("profile-id", { type: "string", describe: "add: the profile id, e.g. kimi:backup" })
    .option("mode", { type: "string", describe: "add: api_key (default) or token" })
    .option("token-stdin", { type: "boolean", default: false, describe: "add: read the secret from standard input (a trailing newline is dropped)" })
    .option("token-env", { type: "string", describe: "add: read the secret from this environment variable" })
    .option("color", { type: "boolean", describe: "Colour the diagnostics (default: when the terminal supports it)" })
    .example("$0 auth order set --provider kimi kimi:default kimi:backup", "Try kimi:default first, then kimi:backup")
    .example("$0 auth order get --provider kimi-coding --json", "The stored order (provider normalized to kimi)")
    .example("$0 auth order clear --provider kimi --agent coder", "Go back to the config's auth.order")
    .example("pass show kimi/backup | $0 auth add --provider kimi --profile-id kimi:backup --token-stdin", "Add a second Kimi key")
    .example(
      "$0 auth add --provider kimi --profile-id kimi:ci --token-env KIMI_CI_KEY",
      "Take the key from an environment variable",
    ) as unknown as Argv<AuthArgs>;
}
