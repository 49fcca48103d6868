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
import { explain, formatExplainPlan, type SessionPinLike } from "../../resolve/index.js";
import { formatFailoverOutcome, formatFailures, formatPinProblems, formatPinTable } from "../../resolve/explain-sessions-format.js";
import { DEFAULT_FAILOVER_TARGET, isFailoverTarget } from "../../resolve/failover-target.js";
import { sessionModelRef } from "../../resolve/session-pins.js";
import { defaultAgentId } from "../../resolve/default-agent.js";
import { targetOptionsFor } from "./target-options.js";
import { collectCheckSecrets } from "../../check-secrets.js";
import { Redactor } from "../../secrets/redact.js";
import { collectStoreSecrets } from "../../secrets/store-secrets.js";
import { AUTH_PROFILES_FILENAME, authStatePath, normalizeAgentId, readAuthProfiles } from "../../state/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { M } from "../messages.js";
import { readExplainInputs } from "../../operations/explain-inputs.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { nowOptionProblem, parseNowOption } from "../now-option.js";
import type { ExplainArgs } from "./explain.js";
import { chooseTarget, explainErrorText, findSessionProblems, readAgentSessions, type SessionsFindings } from "./explain-sessions.js";

function report(file: string, diagnostics: Diagnostic[], color: boolean, redactor: Redactor): void {
  process.stderr.write(REPORTERS.pretty([{ file, diagnostics }], { color, version: toolVersion(), redactor }));
}

export async function runExplain(args: ExplainArgs): Promise<number> {
  const redactor = new Redactor();
  const color = shouldUseColor(args.color);
  const now = parseNowOption(args.now);
  if (now === "invalid") {
    process.stderr.write(redactor.redact(M.cliProblem(nowOptionProblem(args.now ?? ""))));
    return EXIT_USAGE;
  }

  if (args.error !== undefined) return runExplainError(args, redactor, color);

  let configPath = args.config;
  if (configPath === undefined) {
    const fallback = defaultConfigPath();
    process.stderr.write(M.explainDefaultFile(fallback.path, fallback.source));
    configPath = fallback.path;
  }
  const checked = checkFile(configPath, configPath, targetOptionsFor(configPath, args.target));
  const target = checked.target?.id;
  const config = checked.source?.value ?? checked.document?.value;
  collectCheckSecrets(checked, redactor);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (checked.document === undefined || errors.some((d) => d.code.startsWith("parse/"))) {
    report(checked.file, checked.diagnostics, color, redactor);
    return EXIT_USAGE;
  }
  if (errors.length > 0) {
    process.stderr.write(M.explainConfigErrors(checked.file, errors.length));
  }

  const agentId = args.agent ?? defaultAgentId(config, target) ?? "main";
  for (const [flag, path] of [
    ["--state", args.state],
    ["--store", args.store],
  ] as const) {
    if (path !== undefined && !existsSync(path)) {
      process.stderr.write(M.explainNoSuchFile(flag, path));
      return EXIT_USAGE;
    }
  }

  const inputs = readExplainInputs({ stateDir: args.stateDir ?? defaultStateDir(), agentId, statePath: args.state, storePath: args.store, redactor });
  if (!inputs.ok) {
    report(inputs.unusable.file, inputs.unusable.diagnostics, color, redactor);
    return EXIT_USAGE;
  }
  const { store: storeInput, state: mergedState } = inputs;
  const explainAgent = args.agent !== undefined ? normalizeAgentId(args.agent) : agentId;
  const explainConfig = config as Parameters<typeof explain>[0]["config"];
  const sessionsRead = args.sessions || args.session !== undefined ? readAgentSessions(args.stateDir ?? defaultStateDir(), explainAgent) : undefined;
  if (sessionsRead !== undefined && sessionsRead.diagnostics.length > 0) report(sessionsRead.file, sessionsRead.diagnostics, color, redactor);
  const choice = chooseTarget(args.target, sessionsRead, inputs.stateExists, checked.target);
  const simulatedNow = now ?? Date.now();

  // --session KEY: that session's pin and model override (an explicit --pin or --model wins).
  let pin: string | SessionPinLike | undefined = args.pin;
  let model = args.model;
  const notes: string[] = [];
  if (args.session !== undefined) {
    const session = sessionsRead?.sessions.find((s) => s.key === args.session);
    if (session === undefined) {
      const known = (sessionsRead?.sessions ?? []).slice(0, 10).map((s) => s.key);
      process.stderr.write(M.explainNoSession(args.session, sessionsRead?.file, known, (sessionsRead?.sessions.length ?? 0) > known.length));
      return EXIT_USAGE;
    }
    model ??= sessionModelRef(session);
    if (pin === undefined && session.pin !== undefined) {
      // 2026.9 treats a user pin as a preference, which is what the simulator calls an auto pin.
      pin = { profile: session.pin.profile, source: choice.target === "2026.9" ? "auto" : session.pin.source };
      if (choice.target === "2026.9" && session.pin.source === "user") notes.push(M.explainUserPinNote(session.pin.profile));
    }
  }
  const plan = explain({ config: explainConfig, target, agentId: explainAgent, model, state: mergedState, store: storeInput, now: simulatedNow, pin });
  plan.notes.push(...notes);
  const reviewSessions = sessionsRead !== undefined && args.pin === undefined && args.model === undefined;
  const findings: SessionsFindings | undefined = reviewSessions
    ? findSessionProblems({
        config: explainConfig,
        agentId: explainAgent,
        sessions: args.session !== undefined ? sessionsRead.sessions.filter((s) => s.key === args.session) : sessionsRead.sessions,
        state: mergedState,
        store: storeInput,
        now: simulatedNow,
        target: choice.target,
        redactor,
      })
    : undefined;
  if (args.session === undefined && findings?.reviews.some((r) => r.problem !== undefined)) {
    plan.notes.push(M.explainUnpinnedNote());
  }
  const sessionsJson =
    findings !== undefined ? { target: choice.target, targetFrom: choice.from, format: sessionsRead?.format ?? null, ...findings } : undefined;
  const before =
    findings !== undefined ? formatPinProblems(findings.reviews, { target: choice.target, targetFrom: choice.from, now: simulatedNow }, { color }) : [];
  const after =
    findings !== undefined ? [...formatPinTable(findings.reviews, { color }), ...formatFailures(findings.failures, { target: choice.target }, { color })] : [];
  for (const u of findings?.unreadable ?? []) after.push(M.explainTranscriptUnreadable(u.sessionKey, u.problem));
  const read: ExplainRead = {
    config: checked.file,
    statePath: inputs.statePath,
    stateExists: inputs.stateExists,
    storePath: inputs.storePath,
    storeExists: inputs.storeExists,
  };
  if (sessionsRead !== undefined) read.sessions = { file: sessionsRead.file, exists: sessionsRead.exists };
  process.stdout.write(explainOutput(plan, read, args.format === "json", color, redactor, { json: sessionsJson, before, after }));
  return EXIT_OK;
}

/** The files `explain` read, for its last line and the JSON `files`. */
export interface ExplainRead {
  config: string;
  statePath: string;
  stateExists: boolean;
  storePath: string;
  storeExists: boolean;
  sessions?: { file: string; exists: boolean };
}

/** What `explain` prints for a plan: JSON or text, with the sessions review around it when there is one, redacted. */
export function explainOutput(
  plan: ReturnType<typeof explain>,
  read: ExplainRead,
  json: boolean,
  color: boolean,
  redactor: Redactor,
  sessions: { json?: object | undefined; before: string[]; after: string[] } = { before: [], after: [] },
): string {
  const files = {
    config: read.config,
    state: read.stateExists ? read.statePath : null,
    store: read.storeExists ? read.storePath : null,
    ...(read.sessions ? { sessions: read.sessions.exists ? read.sessions.file : null } : {}),
  };
  if (json) return redactor.redact(`${JSON.stringify({ ...plan, ...(sessions.json !== undefined ? { sessions: sessions.json } : {}), files }, null, 2)}\n`);
  const missing = (path: string, exists: boolean) => (exists ? path : `${path} (not found)`);
  return redactor.redact(
    (sessions.before.length > 0 ? `${sessions.before.join("\n")}\n\n` : "") +
      formatExplainPlan(plan, { color }) +
      (sessions.after.length > 0 ? `\n${sessions.after.join("\n")}\n` : "") +
      `\nRead: ${files.config}; ${missing(read.statePath, read.stateExists)}; ${missing(read.storePath, read.storeExists)}` +
      (read.sessions ? `; ${missing(read.sessions.file, read.sessions.exists)}` : "") +
      "\n",
  );
}

/** `explain --error TEXT`: no state is needed; the config, when there is one, gives the rotation limits and secrets to mask. */
function runExplainError(args: ExplainArgs, redactor: Redactor, color: boolean): number {
  const text = args.error ?? "";
  if (text.trim().length === 0) {
    process.stderr.write(M.explainErrorNeedsText());
    return EXIT_USAGE;
  }
  if (args.target !== undefined && !isFailoverTarget(args.target)) {
    process.stderr.write(M.explainBadTarget(args.target));
    return EXIT_USAGE;
  }
  const configPath = args.config ?? defaultConfigPath().path;
  const checked = existsSync(configPath) ? checkFile(configPath) : undefined;
  const config = checked?.source?.value ?? checked?.document?.value;
  if (checked) collectCheckSecrets(checked, redactor);
  // A pasted error may quote a key: mask the agent's stored keys too.
  const agentId = args.agent ?? defaultAgentId(config) ?? "main";
  const storePath = args.store ?? join(dirname(args.state ?? authStatePath(args.stateDir ?? defaultStateDir(), agentId)), AUTH_PROFILES_FILENAME);
  if (existsSync(storePath)) collectStoreSecrets(readAuthProfiles(storePath), redactor);
  const target = isFailoverTarget(args.target) ? args.target : DEFAULT_FAILOVER_TARGET;
  const outcome = explainErrorText({ text, provider: args.provider, target, config: config as Parameters<typeof explain>[0]["config"] });
  const output =
    args.format === "json"
      ? `${JSON.stringify({ text, provider: args.provider ?? null, ...outcome }, null, 2)}\n`
      : formatFailoverOutcome(outcome, text.replace(/\s+/g, " ").trim(), { color, provider: args.provider });
  process.stdout.write(redactor.redact(output));
  return EXIT_OK;
}
