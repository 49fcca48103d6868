/**
 * @fileoverview Runs `agentcfg explain`: reads the config, the agent's auth-state.json and
 * auth-profiles.json, simulates the failover plan and prints it. Loaded only when the
 * command runs. Every secret the inputs hold is handed to the redactor before printing.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkFile } from "../../check.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { explain, formatExplainPlan, type AuthStoreLike } from "../../resolve/index.js";
import { resolveModelChains } from "../../resolve/model-chains.js";
import { collectCheckSecrets } from "../../check-secrets.js";
import { Redactor } from "../../secrets/redact.js";
import { AUTH_PROFILES_FILENAME, authStatePath, mergeInlineState, normalizeAgentId, readAuthProfiles, readAuthState } from "../../state/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { ExplainArgs } from "./explain.js";

/** The fields of a stored credential that hold secrets. */
const SECRET_FIELDS = ["key", "apiKey", "token", "access", "refresh"] as const;

function report(file: string, diagnostics: Diagnostic[], color: boolean, redactor: Redactor): void {
  process.stderr.write(REPORTERS.pretty([{ file, diagnostics }], { color, version: toolVersion(), redactor }));
}

function parseNow(text: string | undefined): number | undefined | "invalid" {
  if (text === undefined) return undefined;
  // Only full ISO date-times: a bare date or a local time would silently shift by the time zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) return "invalid";
  const ms = Date.parse(text.trim());
  return Number.isNaN(ms) ? "invalid" : ms;
}

export async function runExplain(args: ExplainArgs): Promise<number> {
  const redactor = new Redactor();
  const color = shouldUseColor(args.color);
  const now = parseNow(args.now);
  if (now === "invalid") {
    process.stderr.write(redactor.redact(`agentcfg: --now expects an ISO date-time with a time zone, e.g. 2026-04-13T14:01:00Z; got "${args.now}".\n`));
    return EXIT_USAGE;
  }

  let configPath = args.config;
  if (configPath === undefined) {
    const fallback = defaultConfigPath();
    process.stderr.write(`agentcfg: explaining ${fallback.path} (${fallback.source})\n`);
    configPath = fallback.path;
  }
  const checked = checkFile(configPath);
  const config = checked.source?.value ?? checked.document?.value;
  collectCheckSecrets(checked, redactor);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (checked.document === undefined || errors.some((d) => d.code.startsWith("parse/"))) {
    report(checked.file, checked.diagnostics, color, redactor);
    return EXIT_USAGE;
  }
  if (errors.length > 0) {
    process.stderr.write(`agentcfg: ${checked.file} has ${errors.length} error(s) (see \`agentcfg check\`); the plan uses what could be read.\n`);
  }

  const agentId = args.agent ?? resolveModelChains(config).agents.find((a) => a.isDefault)?.agentId ?? "main";
  const statePath = args.state ?? authStatePath(args.stateDir ?? defaultStateDir(), agentId);
  const storePath = args.store ?? join(dirname(statePath), AUTH_PROFILES_FILENAME);
  for (const [flag, path] of [["--state", args.state], ["--store", args.store]] as const) {
    if (path !== undefined && !existsSync(path)) {
      process.stderr.write(`agentcfg: ${flag} ${path}: no such file. Name an existing file, or leave ${flag} out to use the agent's own.\n`);
      return EXIT_USAGE;
    }
  }

  const store = readAuthProfiles(storePath);
  for (const credential of Object.values(store.credentials)) {
    for (const field of SECRET_FIELDS) redactor.add((credential as Record<string, unknown>)[field]);
  }
  for (const raw of Object.values(store.value?.profiles ?? {})) {
    if (raw !== null && typeof raw === "object") for (const field of SECRET_FIELDS) redactor.add((raw as Record<string, unknown>)[field]);
  }
  const state = readAuthState(statePath);
  for (const read of [store, state]) {
    if (!read.usable) {
      report(read.file, read.diagnostics, color, redactor);
      return EXIT_USAGE;
    }
  }

  const storeInput: AuthStoreLike | undefined = store.exists ? { profiles: store.credentials } : undefined;
  const plan = explain({
    config: config as Parameters<typeof explain>[0]["config"],
    agentId: args.agent !== undefined ? normalizeAgentId(args.agent) : agentId,
    model: args.model,
    state: mergeInlineState(store.value, state.value),
    store: storeInput,
    now,
    pin: args.pin,
  });
  process.stdout.write(explainOutput(plan, { config: checked.file, statePath, stateExists: state.exists, storePath, storeExists: store.exists }, args.format === "json", color, redactor));
  return EXIT_OK;
}

/** What `explain` prints for a plan: JSON or text, redacted. */
export function explainOutput(
  plan: ReturnType<typeof explain>,
  read: { config: string; statePath: string; stateExists: boolean; storePath: string; storeExists: boolean },
  json: boolean,
  color: boolean,
  redactor: Redactor,
): string {
  const files = { config: read.config, state: read.stateExists ? read.statePath : null, store: read.storeExists ? read.storePath : null };
  if (json) return redactor.redact(`${JSON.stringify({ ...plan, files }, null, 2)}\n`);
  const missing = (path: string, exists: boolean) => (exists ? path : `${path} (not found)`);
  return redactor.redact(formatExplainPlan(plan, { color }) + `\nRead: ${files.config}; ${missing(read.statePath, read.stateExists)}; ${missing(read.storePath, read.storeExists)}\n`);
}
