/**
 * @fileoverview How a run of the command line ends: its exit code becomes the
 * process's, and a bug in agentcfg (a rejected run) is said plainly, without a
 * stack trace. Shared by main.ts and check-main.ts.
 */
import { CM } from "./check-messages.js";
import { EXIT_USAGE } from "./exit-codes.js";

export function settle(run: Promise<number>): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    async (error: unknown) => {
      // A bug in agentcfg, not a problem in the user's file: say so plainly, without a stack trace (nor a credential it quotes).
      const { Redactor } = await import("../secrets/redact.js");
      const redactor = new Redactor();
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(redactor.redact(CM.internalError(message)));
      if (process.env["AGENTCFG_DEBUG"] && error instanceof Error) process.stderr.write(redactor.redact(`${error.stack}\n`));
      process.exitCode = EXIT_USAGE;
    },
  );
}
