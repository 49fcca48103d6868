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
import { Redactor } from "../../secrets/redact.js";
import { defaultStateDir } from "../config-path.js";
import { M } from "../messages.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { SessionsArgs } from "./sessions.js";

const EXIT_REFUSED = 1;

/** Every line passes the redactor: a session key, a pin or a path may be a pasted credential (`was sk-…`). */
const redactor = new Redactor();
const stdout = (text: string) => process.stdout.write(redactor.redact(text));
const stderr = (text: string) => process.stderr.write(redactor.redact(text));

export async function runSessions(args: SessionsArgs): Promise<number> {
  if (args.action !== "clear-pin" || args.key === undefined || args.key.trim() === "") {
    stderr(M.sessionsUsage());
    return EXIT_USAGE;
  }
  const stateDir = args.stateDir ?? defaultStateDir();
  const agentId = normalizeAgentId(args.agent ?? "main");
  if (existsSync(agentDatabasePath(stateDir, agentId))) {
    stderr(M.sessionsDatabaseReadOnly(agentDatabasePath(stateDir, agentId)));
    return EXIT_REFUSED;
  }
  const store = sessionsJsonPath(stateDir, agentId);
  if (!existsSync(store)) {
    stderr(M.sessionsNoStore(store));
    return EXIT_USAGE;
  }
  try {
    const result = await clearSessionPin(store, args.key.trim());
    switch (result.status) {
      case "cleared":
        stdout(M.sessionsPinCleared(result.key, result.profile, store));
        return EXIT_OK;
      case "no-pin":
        stdout(M.sessionsNoPin(result.key));
        return EXIT_OK;
      case "no-session":
        stderr(M.sessionsNoSession(result.key, store, result.known));
        return EXIT_USAGE;
      case "failed":
        stderr(M.sessionsFailed(result.message));
        return EXIT_REFUSED;
    }
  } catch (error) {
    if (error instanceof StateLockError) {
      const { message, hint } = wordDiagnostic(error.diagnostic);
      stderr(`${error.diagnostic.file}: ${message}${hint !== undefined ? `\n  ${hint}` : ""}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  }
}
