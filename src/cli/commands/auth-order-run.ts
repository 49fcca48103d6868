/**
 * @fileoverview Runs `agentcfg auth …`: dispatches `add` to auth-add-run.ts
 * and handles `order get|set|clear`: its arguments, the printing and the exit
 * code. The operations themselves (loading the agent, the checks, the write
 * under the lock) are the library's (src/operations/).
 */
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { loadAgentTarget, type AgentTarget } from "../../operations/agent-target.js";
import { clearAuthOrder, getAuthOrder, setAuthOrder } from "../../operations/auth-order.js";
import { Redactor } from "../../secrets/redact.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { M } from "../messages.js";
import { AUTH_OPTIONS, ORDER_ACTIONS, type AuthArgs } from "./auth.js";
import { unknownOptions } from "./compile.js";

/** The loaded agent, and whether its output is coloured. */
export interface AuthTarget extends AgentTarget {
  color: boolean;
}

export function usage(message: string, redactor?: Redactor): number {
  const text = M.authUsage(message);
  process.stderr.write(redactor ? redactor.redact(text) : text);
  return EXIT_USAGE;
}

export function printDiagnostics(diagnostics: Diagnostic[], target: { color: boolean; redactor: Redactor }): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  if (byFile.size === 0) return;
  const reports = [...byFile].map(([file, list]) => ({ file, diagnostics: list }));
  process.stderr.write(REPORTERS.pretty(reports, { color: target.color, version: toolVersion(), redactor: target.redactor }));
}

/**
 * Loads the agent the command works on (see src/operations/agent-target.ts);
 * when `configPath` is given it must exist, OpenClaw's default location may
 * be missing. Returns an exit code when it cannot go on.
 */
export function loadAuthTarget(args: AuthArgs, configPath: string | undefined, redactor: Redactor): AuthTarget | number {
  const color = shouldUseColor(args.color);
  const loaded = loadAgentTarget({
    configPath: configPath ?? defaultConfigPath().path,
    configRequired: configPath !== undefined,
    agent: args.agent,
    stateDir: args.stateDir ?? defaultStateDir(),
    redactor,
  });
  if (loaded.ok) return { ...loaded.target, color };
  if (loaded.problem === "config-missing") return usage(M.authConfigMissing()); // not echoed: it may be a token
  printDiagnostics(loaded.diagnostics, { color, redactor });
  return usage(M.authConfigUnreadable(loaded.path), redactor);
}

function printOrder(target: AuthTarget, provider: string, order: string[] | null, json: boolean, action: string): void {
  let text: string;
  // Where the order was read: 2026.4 names the agent's own auth-state.json even when it inherits main's order; 2026.9 names the database it read.
  const from = target.auth.stateStore;
  const inherited = action === "get" && from !== target.auth.store;
  if (json) {
    const authStatePath = inherited && from.kind === "sqlite" ? from.statePath : target.statePath;
    text = `${JSON.stringify({ agentId: target.agentId, agentDir: target.agentDir, provider, authStatePath, order }, null, 2)}\n`;
  } else if (order === null) {
    text = M.orderNone(action === "clear", target.agentId, provider);
  } else {
    text =
      M.orderList(target.agentId, provider, order) +
      (inherited ? M.orderInherited(from, target.agentId, provider) : M.orderStored(target.statePath, target.agentId, provider));
  }
  process.stdout.write(target.redactor.redact(text));
}

async function runOrder(args: AuthArgs, rest: string[], redactor: Redactor): Promise<number> {
  const [action, ...ids] = rest;
  if (action === undefined || !(ORDER_ACTIONS as readonly string[]).includes(action)) return usage(M.orderNeedsAction(ORDER_ACTIONS), redactor);
  if (args.provider === undefined || args.provider.trim() === "") return usage(M.orderNeedsProvider(action), redactor);
  if (action !== "set" && ids.length > 0) return usage(M.orderTakesNoIds(action), redactor);
  if (action === "set" && ids.length === 0) return usage(M.orderNeedsIds(), redactor);
  for (const name of ["profileId", "tokenEnv", "mode"] as const)
    if (args[name] !== undefined) return usage(M.optionBelongsToAdd(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`), redactor);
  if (args.tokenStdin) return usage(M.optionBelongsToAdd("--token-stdin"), redactor);

  const target = loadAuthTarget(args, args.config, redactor);
  if (typeof target === "number") return target;
  const result =
    action === "get"
      ? getAuthOrder(target, args.provider)
      : action === "set"
        ? await setAuthOrder(target, args.provider, ids)
        : await clearAuthOrder(target, args.provider);
  if (!result.ok) {
    printDiagnostics(result.diagnostics, target);
    return EXIT_FINDINGS;
  }
  printOrder(target, result.provider, result.order, args.json, action);
  return EXIT_OK;
}

export async function runAuth(args: AuthArgs): Promise<number> {
  if (unknownOptions(args, AUTH_OPTIONS).length > 0) return EXIT_USAGE; // yargs has named them (names only, never values)
  const redactor = new Redactor();
  const rest = (args.args ?? []).map(String);
  if (args.area === "order") return runOrder(args, rest, redactor);
  if (args.area === "add") return (await import("./auth-add-run.js")).runAuthAdd(args, rest, redactor);
  return usage(M.authNeedsArea());
}
