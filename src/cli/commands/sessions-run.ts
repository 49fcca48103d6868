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
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { SessionsArgs } from "./sessions.js";

const EXIT_REFUSED = 1;

export async function runSessions(args: SessionsArgs): Promise<number> {
  if (args.action !== "clear-pin" || args.key === undefined || args.key.trim() === "") {
    process.stderr.write("agentcfg: usage: agentcfg sessions clear-pin <session-key> [--agent ID] [--state-dir DIR]\n");
    return EXIT_USAGE;
  }
  const stateDir = args.stateDir ?? defaultStateDir();
  const agentId = normalizeAgentId(args.agent ?? "main");
  if (existsSync(agentDatabasePath(stateDir, agentId))) {
    process.stderr.write(
      `agentcfg: ${agentDatabasePath(stateDir, agentId)} is an OpenClaw 2026.9 database; agentcfg only reads it. ` +
        "In that chat, select another profile with /model <provider/model>@<profile> -s (2026.9 keeps a user pin across /new).\n",
    );
    return EXIT_REFUSED;
  }
  const store = sessionsJsonPath(stateDir, agentId);
  if (!existsSync(store)) {
    process.stderr.write(`agentcfg: ${store}: no such file. Name the state folder with --state-dir, or the agent with --agent.\n`);
    return EXIT_USAGE;
  }
  try {
    const result = await clearSessionPin(store, args.key.trim());
    switch (result.status) {
      case "cleared":
        process.stdout.write(`Cleared the pin of ${result.key} (was ${result.profile}); its next request picks the first ready profile. Written: ${store}\n`);
        return EXIT_OK;
      case "no-pin":
        process.stdout.write(`${result.key} has no pin; nothing written.\n`);
        return EXIT_OK;
      case "no-session":
        process.stderr.write(`agentcfg: no session ${result.key} in ${store}.${result.known.length > 0 ? ` Known: ${result.known.join(", ")}.` : ""}\n`);
        return EXIT_USAGE;
      case "failed":
        process.stderr.write(`agentcfg: ${result.message}; nothing written.\n`);
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
