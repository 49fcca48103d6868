/**
 * @fileoverview `agentcfg lsp`: starts the language server on stdio and
 * resolves when the editor ends the connection.
 */
import type { LspArgs } from "./lsp.js";

export async function runLsp(_args: LspArgs): Promise<number> {
  const { startLanguageServer } = await import("../../lsp/server.js");
  const connection = startLanguageServer({ input: process.stdin, output: process.stdout });
  return new Promise<number>((done) => connection.onExit(() => done(0)));
}
