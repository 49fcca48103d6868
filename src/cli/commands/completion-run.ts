/**
 * @fileoverview Runs `agentcfg completion <shell>`: prints the script made
 * from every command's own declaration (declared-commands.ts), so a new
 * command or option is completed without anyone editing a script.
 */
import { completionScript } from "../completion-scripts.js";
import { declareCommand } from "../declared-commands.js";
import { writeStdout } from "../output.js";
import type { CompletionArgs } from "./completion.js";
import { COMMANDS } from "./registry.js";

export async function runCompletion(args: CompletionArgs): Promise<number> {
  writeStdout(completionScript(args.shell, COMMANDS.map(declareCommand)));
  return 0;
}
