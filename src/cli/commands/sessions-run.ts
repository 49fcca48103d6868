/**
 * @fileoverview Runs `agentcfg sessions clear-pin KEY`: clears the pin in the agent's 2026.4
 * sessions.json under OpenClaw's lock (sessions-write.ts). A 2026.9 store (the agent
 * database) is refused: agentcfg does not write it; the chat command is the way there.
 */
import { existsSync } from "node:fs";
import { wordDiagnostic } from "../../diagnostics/word.js";
import { StateLockError, normalizeAgentId } from "../../state/index.js";
import { agentDatabasePath, sessionsJsonPath } from "../../state/sessions-store.js";
import { clearSessionPin } from "../../state/sessions-write.js";
import { defaultStateDir } from "../config-path.js";
import { M } from "../messages.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { SessionsArgs } from "./sessions.js";

const EXIT_REFUSED = 1;

export async function runSessions(args: SessionsArgs): Promise<number> {
  if (args.action !== "clear-pin" || args.key === undefined || args.key.trim() === "") {
    process.stderr.write(M.sessionsUsage());
    return EXIT_USAGE;
  }
  const stateDir = args.stateDir ?? defaultStateDir();
  const agentId = normalizeAgentId(args.agent ?? "main");
  if (existsSync(agentDatabasePath(stateDir, agentId))) {
    process.stderr.write(M.sessionsDatabaseReadOnly(agentDatabasePath(stateDir, agentId)));
    return EXIT_REFUSED;
  }
  const store = sessionsJsonPath(stateDir, agentId);
  if (!existsSync(store)) {
    process.stderr.write(M.sessionsNoStore(store));
    return EXIT_USAGE;
  }
  try {
    const result = await clearSessionPin(store, args.key.trim());
    switch (result.status) {
      case "cleared":
        process.stdout.write(M.sessionsPinCleared(result.key, result.profile, store));
        return EXIT_OK;
      case "no-pin":
        process.stdout.write(M.sessionsNoPin(result.key));
        return EXIT_OK;
      case "no-session":
        process.stderr.write(M.sessionsNoSession(result.key, store, result.known));
        return EXIT_USAGE;
      case "failed":
        process.stderr.write(M.sessionsFailed(result.message));
        return EXIT_REFUSED;
    }
  } catch (error) {
    if (error instanceof StateLockError) {
      const { message, hint } = wordDiagnostic(error.diagnostic);
      process.stderr.write(`${error.diagnostic.file}: ${message}${hint !== undefined ? `\n  ${hint}` : ""}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  }
}
