/**
 * @fileoverview Runs `agentcfg explain`: reads the config, the agent's auth-state.json and
 * auth-profiles.json, simulates the failover plan and prints it. Loaded only when the
 * command runs. Every secret the inputs hold is handed to the redactor before printing.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkFile } from "../../check.js";
import { collectCheckSecrets } from "../../check-secrets.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { explainErrorText } from "../../operations/explain-sessions.js";
import { planExplain, type ExplainRead, type ExplainSessionsReview } from "../../operations/explain.js";
import { defaultAgentId } from "../../resolve/default-agent.js";
import { formatFailoverOutcome, formatFailures, formatPinProblems, formatPinTable } from "../../resolve/explain-sessions-format.js";
import { DEFAULT_FAILOVER_TARGET, isFailoverTarget } from "../../resolve/failover-target.js";
import { formatExplainPlan, type ExplainConfigLike, type ExplainPlan } from "../../resolve/index.js";
import { Redactor } from "../../secrets/redact.js";
import { collectStoreSecrets } from "../../secrets/store-secrets.js";
import { AUTH_PROFILES_FILENAME, authStatePath, readAuthProfiles } from "../../state/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { M } from "../messages.js";
import { nowOptionProblem, parseNowOption } from "../now-option.js";
import type { ExplainArgs } from "./explain.js";
import { targetOptionsFor } from "./target-options.js";

/** Every message that repeats a name from the command line or a file passes this: a key pasted as a file name is masked. */
const echo = new Redactor();

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
    process.stderr.write(echo.redact(M.explainDefaultFile(fallback.path, fallback.source)));
    configPath = fallback.path;
  }
  const simulatedNow = now ?? Date.now();
  const result = planExplain({
    configPath,
    checkOptions: targetOptionsFor(configPath, args.target),
    askedTarget: args.target,
    agent: args.agent,
    stateDir: args.stateDir ?? defaultStateDir(),
    statePath: args.state,
    storePath: args.store,
    sessions: args.sessions,
    session: args.session,
    pin: args.pin,
    model: args.model,
    now: simulatedNow,
    redactor,
  });
  if (!result.ok && result.problem === "config-unreadable") {
    report(result.file, result.diagnostics, color, redactor);
    return EXIT_USAGE;
  }
  if (result.configErrors > 0) process.stderr.write(echo.redact(M.explainConfigErrors(configPath, result.configErrors)));
  if (!result.ok) {
    if (result.problem === "no-such-file") process.stderr.write(echo.redact(M.explainNoSuchFile(result.flag, result.path)));
    if (result.problem === "store-unusable") report(result.file, result.diagnostics, color, redactor);
    if (result.problem === "no-such-session") {
      if (result.sessionsDiagnostics) report(result.sessionsDiagnostics.file, result.sessionsDiagnostics.diagnostics, color, redactor);
      process.stderr.write(echo.redact(M.explainNoSession(result.session, result.file, result.known, result.more)));
    }
    return EXIT_USAGE;
  }
  if (result.sessionsDiagnostics) report(result.sessionsDiagnostics.file, result.sessionsDiagnostics.diagnostics, color, redactor);

  const { plan, review } = result;
  if (result.pinTreatedAsPreference !== undefined) plan.notes.push(M.explainUserPinNote(result.pinTreatedAsPreference));
  if (result.planIsUnpinned) plan.notes.push(M.explainUnpinnedNote());
  process.stdout.write(explainOutput(plan, result.read, args.format === "json", color, redactor, sessionsSections(review, simulatedNow, color)));
  return EXIT_OK;
}

/** The sessions review as printed around the plan: problems before it, the pin table and failures after, the JSON form. */
function sessionsSections(review: ExplainSessionsReview | undefined, now: number, color: boolean): ExplainSessions {
  if (review === undefined) return { before: [], after: [] };
  const { choice, format, reviews, failures, unreadable } = review;
  const target = choice.target;
  const after = [...formatPinTable(reviews, { color }), ...formatFailures(failures, { target }, { color })];
  for (const u of unreadable) after.push(M.explainTranscriptUnreadable(u.sessionKey, u.problem));
  return {
    json: { target, targetFrom: choice.from, format, reviews, failures, unreadable },
    before: formatPinProblems(reviews, { target, targetFrom: choice.from, now }, { color }),
    after,
  };
}

/** The sessions review's parts as `explainOutput` lays them out. */
export interface ExplainSessions {
  json?: object | undefined;
  before: string[];
  after: string[];
}

/** What `explain` prints for a plan: JSON or text, with the sessions review around it when there is one, redacted. */
export function explainOutput(
  plan: ExplainPlan,
  read: ExplainRead,
  json: boolean,
  color: boolean,
  redactor: Redactor,
  sessions: ExplainSessions = { before: [], after: [] },
): string {
  const files = {
    config: read.config,
    state: read.stateExists ? read.statePath : null,
    store: read.storeExists ? read.storePath : null,
    ...(read.sessions ? { sessions: read.sessions.exists ? read.sessions.file : null } : {}),
  };
  if (json) return redactor.redact(`${JSON.stringify({ ...plan, ...(sessions.json !== undefined ? { sessions: sessions.json } : {}), files }, null, 2)}\n`);
  const filesRead = [
    { path: read.config, exists: true },
    { path: read.statePath, exists: read.stateExists },
    { path: read.storePath, exists: read.storeExists },
  ];
  if (read.sessions) filesRead.push({ path: read.sessions.file, exists: read.sessions.exists });
  return redactor.redact(
    (sessions.before.length > 0 ? `${sessions.before.join("\n")}\n\n` : "") +
      formatExplainPlan(plan, { color }) +
      (sessions.after.length > 0 ? `\n${sessions.after.join("\n")}\n` : "") +
      M.explainFilesRead(filesRead),
  );
}

/** `explain --error TEXT`: no state is needed; the config, when there is one, gives the rotation limits and secrets to mask. */
function runExplainError(args: ExplainArgs, redactor: Redactor, color: boolean): number {
  const text = args.error ?? "";
  if (text.trim().length === 0) {
    process.stderr.write(echo.redact(M.explainErrorNeedsText()));
    return EXIT_USAGE;
  }
  if (args.target !== undefined && !isFailoverTarget(args.target)) {
    process.stderr.write(echo.redact(M.explainBadTarget(args.target)));
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
  const output = explainErrorOutput(
    { text, provider: args.provider, target, config: config as ExplainConfigLike | undefined },
    args.format === "json",
    color,
    redactor,
  );
  process.stdout.write(output);
  return EXIT_OK;
}

/**
 * What `explain --error` prints: the text is classified as given and shown redacted, the values
 * of secret-named JSON fields quoted in it too (`"api_key":"…"`), whatever the format.
 */
export function explainErrorOutput(input: Parameters<typeof explainErrorText>[0], json: boolean, color: boolean, redactor: Redactor): string {
  const outcome = explainErrorText(input);
  const shown = redactor.redactForeign(input.text);
  const output = json
    ? `${JSON.stringify({ text: shown, provider: input.provider ?? null, ...outcome }, null, 2)}\n`
    : formatFailoverOutcome(outcome, shown.replace(/\s+/g, " ").trim(), { color, provider: input.provider });
  return redactor.redact(output);
}
