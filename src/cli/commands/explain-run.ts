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
import { collectConfigSecrets } from "../../secrets/collect.js";
import { Redactor } from "../../secrets/redact.js";
import { AUTH_PROFILES_FILENAME, authStatePath, mergeInlineState, normalizeAgentId, readAuthProfiles, readAuthState, resolveAgentAuth } from "../../state/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { ExplainArgs } from "./explain.js";

/** The fields of a stored credential that hold secrets. */
const SECRET_FIELDS = ["key", "apiKey", "token", "access", "refresh"] as const;

function report(file: string, diagnostics: Diagnostic[], color: boolean, redactor: Redactor): void {
  const text = REPORTERS.pretty([{ file, diagnostics }], { color, version: toolVersion() });
  process.stderr.write(redactor.redact(text));
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
    process.stderr.write(`agentcfg: --now expects an ISO date-time with a time zone, e.g. 2026-04-13T14:01:00Z; got "${args.now}".\n`);
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
  collectConfigSecrets(config, redactor);
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

  // The agent's own store (JSON or SQLite), the main agent's where it inherits; --state/--store name files instead.
  const resolved = args.state === undefined && args.store === undefined ? resolveAgentAuth(args.stateDir ?? defaultStateDir(), agentId) : undefined;
  const store = resolved ? resolved.profiles : readAuthProfiles(storePath);
  for (const credential of Object.values(store.credentials)) {
    for (const field of SECRET_FIELDS) redactor.add((credential as Record<string, unknown>)[field]);
  }
  for (const raw of Object.values(store.value?.profiles ?? {})) {
    if (raw !== null && typeof raw === "object") for (const field of SECRET_FIELDS) redactor.add((raw as Record<string, unknown>)[field]);
  }
  const state = resolved ? resolved.state : readAuthState(statePath);
  for (const read of [store, state]) {
    if (!read.usable) {
      report(read.file, read.diagnostics, color, redactor);
      return EXIT_USAGE;
    }
  }
  const readStatePath = resolved ? resolved.stateStore.statePath : statePath;
  const readStorePath = resolved ? resolved.profilesStore.storePath : storePath;

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
  const files = { config: checked.file, state: state.exists ? readStatePath : null, store: store.exists ? readStorePath : null };
  let output: string;
  if (args.format === "json") {
    output = `${JSON.stringify({ ...plan, files }, null, 2)}\n`;
  } else {
    const missing = (path: string, exists: boolean) => (exists ? path : `${path} (not found)`);
    output =
      formatExplainPlan(plan, { color }) +
      `\nRead: ${files.config}; ${missing(readStatePath, state.exists)}; ${missing(readStorePath, store.exists)}\n`;
  }
  process.stdout.write(redactor.redact(output));
  return EXIT_OK;
}
