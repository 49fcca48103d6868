/**
 * @fileoverview `agentcfg compile [config]`: its options. Kept free of heavy
 * imports; the work is in compile-run.ts, loaded when the command runs. Also
 * the guard every command of this file's family uses against options yargs
 * did not know (yargs reports them but still runs the command).
 */
import type { Argv } from "yargs";
import { TARGET_IDS, type TargetId } from "../../schema/targets/ids.js";

export interface CompileArgs {
  config: string | undefined;
  /** Read the config as this OpenClaw release (else as `check` chooses). */
  target: TargetId | undefined;
  stateDir: string | undefined;
  agent: string | undefined;
  now: string | undefined;
  out: string | undefined;
  dryRun: boolean;
  color: boolean | undefined;
  [key: string]: unknown;
}

export const COMPILE_OPTIONS = ["state-dir", "agent", "now", "out", "dry-run", "color"] as const;

export function compileBuilder(yargs: Argv): Argv<CompileArgs> {
  return yargs
    .positional("config", { type: "string", describe: "Config file (default: $OPENCLAW_CONFIG_PATH, else ~/.openclaw/openclaw.json)" })
    .option("target", {
      choices: TARGET_IDS,
      requiresArg: true,
      describe: "Read the config as this OpenClaw release (default: as check chooses: agentcfg.config.json5, the file itself, else 2026.9)",
    })
    .option("state-dir", { type: "string", describe: "OpenClaw state folder (default: $OPENCLAW_STATE_DIR, else ~/.openclaw)" })
    .option("agent", { type: "string", describe: "Compile this agent only (default: every agent of the config)" })
    .option("now", { type: "string", describe: "Judge cooldowns at this instant (ISO date-time with a time zone; default: now)" })
    .option("out", { alias: "o", type: "string", describe: "Also write the normalized config (JSON, secrets redacted) to FILE" })
    .option("dry-run", { type: "boolean", default: false, describe: "Print the changes as a unified diff; write nothing" })
    .option("color", { type: "boolean", describe: "Colour the diagnostics (default: when the terminal supports it)" })
    .example("$0 compile", "Normalize every agent's auth-state.json beside the default config")
    .example("$0 compile --dry-run", "Show what would change, as a diff")
    .example("$0 compile openclaw.json --agent coder --out normalized.json", "One agent, and the normalized config") as unknown as Argv<CompileArgs>;
}

/**
 * Option names in `args` that the command does not declare. yargs (in strict
 * mode) prints "Unknown argument" for them but still calls the command, so a
 * command that writes files must stop by itself. Only names are returned,
 * never values: a mistyped option may carry a secret.
 */
export function unknownOptions(args: Record<string, unknown>, declared: readonly string[]): string[] {
  const known = new Set<string>(["_", "$0", "help", "h", "version", "v", ...declared]);
  for (const name of declared) known.add(name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
  return Object.keys(args).filter((key) => !known.has(key));
}
