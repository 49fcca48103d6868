/**
 * @fileoverview `agentcfg lsp`: options. The server speaks over stdio; `--stdio`
 * is accepted because editors pass it by convention.
 */
import type { Argv } from "yargs";

export interface LspArgs {
  stdio?: boolean;
}

export function lspBuilder(yargs: Argv): Argv<LspArgs> {
  return yargs
    .option("stdio", { type: "boolean", describe: "Talk over stdin/stdout (the only transport; editors pass it by convention)" })
    .example("agentcfg lsp --stdio", "What an editor runs: diagnostics, quick fixes, completion and hover for openclaw.json and *.json5") as Argv<LspArgs>;
}
