/**
 * @fileoverview `agentcfg completion bash|zsh|fish`: its options. The script
 * is written in completion-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

export interface CompletionArgs {
  shell: Shell;
}

export function completionBuilder(yargs: Argv): Argv<CompletionArgs> {
  return yargs
    .positional("shell", { choices: SHELLS, describe: "The shell to write the script for" })
    .example("source <(agentcfg completion bash)", "Complete agentcfg's commands, options and files in this bash session (add it to ~/.bashrc to keep it)")
    .example("agentcfg completion zsh > ~/.zfunc/_agentcfg", "For zsh: a file named _agentcfg in a folder of $fpath, then `compinit`")
    .example(
      "agentcfg completion fish > ~/.config/fish/completions/agentcfg.fish",
      "For fish: loaded on its own from that folder",
    ) as unknown as Argv<CompletionArgs>;
}
