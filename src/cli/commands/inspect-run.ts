/**
 * @fileoverview Runs `agentcfg inspect`: either writes the self-contained page (`--html`)
 * or serves it on 127.0.0.1 until interrupted. Loaded only when the command runs.
 */
import { spawn } from "node:child_process";
import { replaceFile } from "../../state/file-replace.js";
import type { InspectPayload } from "../../inspect/payload-types.js";
import { buildInspectPayload, type InspectInput } from "../../inspect/payload.js";
import { targetOptionsFor } from "./target-options.js";
import { renderPage } from "../../inspect/page.js";
import { startInspectServer } from "../../inspect/server.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { Redactor } from "../../secrets/redact.js";
import { M } from "../messages.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { nowOptionProblem, parseNowOption } from "../now-option.js";
import type { InspectArgs } from "./inspect.js";

/** Every message that repeats a name from the command line or a file passes this: a key pasted as a file name is masked. */
const echo = new Redactor();

function usageError(message: string): number {
  process.stderr.write(echo.redact(M.inspectUsage(message)));
  return EXIT_USAGE;
}

/** Opens a URL or file with the desktop's opener; failing that, the user still has the printed address. */
function openInBrowser(target: string): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [target]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", target]] : ["xdg-open", [target]];
  try {
    const child = spawn(command as string, args as string[], { detached: true, stdio: "ignore" });
    child.on("error", () => process.stderr.write(echo.redact(M.inspectNoOpener(command as string, target))));
    child.unref();
  } catch {
    process.stderr.write(echo.redact(M.inspectNoOpener(command as string, target)));
  }
}

/** True when the config itself could not be read: bad input, even though the page still shows why. */
function configUnreadable(payload: InspectPayload): boolean {
  return payload.diagnostics.some((group) =>
    group.diagnostics.some((d) => d.code === "parse/unreadable-file" || d.code === "parse/invalid-encoding" || d.code === "parse/too-large"),
  );
}

function writeSnapshot(file: string, input: InspectInput): number {
  const built = buildInspectPayload(input);
  const page = renderPage({ mode: "static", payloadJson: built.json });
  const written = replaceFile(file, page, { newFileMode: 0o644 });
  if (!written.ok) {
    process.stderr.write(echo.redact(M.inspectWriteFailed(file, written.reason, written.advice)));
    return EXIT_USAGE;
  }
  const { errors, warnings } = built.payload.summary;
  process.stdout.write(echo.redact(M.inspectWrote(file, errors, warnings)));
  if (!configUnreadable(built.payload)) return EXIT_OK;
  process.stderr.write(echo.redact(M.inspectUnreadable(input.configPath)));
  return EXIT_USAGE;
}

export async function runInspect(args: InspectArgs): Promise<number> {
  // `--now`: the simulated clock starts there and runs at real speed.
  const now = parseNowOption(args.now);
  if (now === "invalid") return usageError(nowOptionProblem(args.now ?? ""));
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) return usageError(M.inspectBadPort(args.port));
  const pin = args.pin?.trim();
  if (args.pin !== undefined && !pin) return usageError(M.inspectPinNeedsId());

  let configPath = args.config;
  if (configPath === undefined) {
    const fallback = defaultConfigPath();
    process.stderr.write(echo.redact(M.inspectDefaultFile(fallback.path, fallback.source)));
    configPath = fallback.path;
  }
  const base = { configPath, stateDir: args.stateDir ?? defaultStateDir(), pin, checkOptions: targetOptionsFor(configPath, args.target) };

  if (args.html !== undefined) {
    const code = writeSnapshot(args.html, { ...base, now: now ?? Date.now() });
    if (code === EXIT_OK && args.open) openInBrowser(args.html);
    return code;
  }

  const started = Date.now();
  const clock = now === undefined ? () => Date.now() : () => now + (Date.now() - started);
  let server;
  try {
    server = await startInspectServer({ input: base, clock, port: args.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EADDRINUSE" ? `port ${args.port} is in use` : error instanceof Error ? error.message : String(error);
    return usageError(M.inspectCannotListen(reason));
  }
  process.stdout.write(echo.redact(M.inspectServing(configPath, server.url)));
  if (configUnreadable(buildInspectPayload({ ...base, now: clock() }).payload)) {
    process.stderr.write(echo.redact(M.inspectNotYetReadable(configPath)));
  }
  if (args.open) openInBrowser(server.url);
  const stop = server.close;
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      void stop().then(resolve);
    };
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
  return EXIT_OK;
}
