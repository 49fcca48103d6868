/**
 * @fileoverview `explain` as a library call: check the config, pick the agent,
 * read its store, state and (unless told not to) its sessions, then simulate
 * the failover plan, for one session when asked, and review every pinned
 * session. Returns data: the plan, the sessions review, the files read and
 * the problems that stop it; the CLI words and prints them. Every secret read
 * is handed to the redactor.
 */
import { existsSync } from "node:fs";
import type { CheckSourceOptions } from "../check.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { defaultAgentId } from "../resolve/default-agent.js";
import { explain, type ExplainConfigLike, type ExplainPlan, type SessionPinLike } from "../resolve/index.js";
import { sessionModelRef } from "../resolve/session-pins.js";
import type { Redactor } from "../secrets/redact.js";
import { normalizeAgentId } from "../state/index.js";
import { readSessionsStore, type SessionsStoreRead } from "../state/sessions-store.js";
import { checkConfigFor } from "./checked-config.js";
import { readExplainInputs } from "./explain-inputs.js";
import { chooseTarget, findSessionProblems, type SessionsFindings, type TargetChoice } from "./explain-sessions.js";

export interface ExplainOptions {
  configPath: string;
  checkOptions: CheckSourceOptions;
  /** The release asked for on the command line (`--target`), if any: it also decides failover behaviour. */
  askedTarget: string | undefined;
  /** The agent id as given; default: the config's default agent, else `main`. */
  agent: string | undefined;
  stateDir: string;
  /** An auth-state.json / auth-profiles.json to read instead of the agent's own. */
  statePath?: string | undefined;
  storePath?: string | undefined;
  /** Read the sessions store and transcripts (a named `session` reads them anyway). */
  sessions: boolean;
  /** A session key: the plan with that session's pin and model override. */
  session?: string | undefined;
  pin?: string | undefined;
  model?: string | undefined;
  now: number;
  redactor: Redactor;
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

/** The review of the sessions store, when it was read and no explicit --pin / --model overrides it. */
export interface ExplainSessionsReview extends SessionsFindings {
  choice: TargetChoice;
  format: SessionsStoreRead["format"] | null;
}

export type ExplainResult =
  | {
      ok: true;
      plan: ExplainPlan;
      read: ExplainRead;
      /** How many errors the config has: the plan then uses what could be read. */
      configErrors: number;
      sessionsDiagnostics: SessionsDiagnostics | undefined;
      review: ExplainSessionsReview | undefined;
      /** The named session's user pin, which 2026.9 treats as a preference (the CLI notes it). */
      pinTreatedAsPreference: string | undefined;
      /** True when the plan is for an unpinned session while pinned sessions have problems. */
      planIsUnpinned: boolean;
    }
  | { ok: false; problem: "config-unreadable"; file: string; diagnostics: Diagnostic[] }
  | { ok: false; problem: "store-unusable"; file: string; diagnostics: Diagnostic[]; configErrors: number }
  | { ok: false; problem: "no-such-file"; flag: "--state" | "--store"; path: string; configErrors: number }
  | {
      ok: false;
      problem: "no-such-session";
      session: string;
      file: string | undefined;
      known: string[];
      more: boolean;
      configErrors: number;
      sessionsDiagnostics: SessionsDiagnostics | undefined;
    };

/** Diagnostics of a sessions store that was read in part: worth showing, not fatal. */
export type SessionsDiagnostics = { file: string; diagnostics: Diagnostic[] };

/** Sessions listed when a named one is not found. */
const KNOWN_SESSIONS_SHOWN = 10;

/** Plans `explain` (see the file overview). */
export function planExplain(options: ExplainOptions): ExplainResult {
  const { redactor } = options;
  const { checked, config: value, target, errors, unreadable } = checkConfigFor(options.configPath, options.checkOptions, redactor);
  if (unreadable) return { ok: false, problem: "config-unreadable", file: checked.file, diagnostics: checked.diagnostics };
  const config = value as ExplainConfigLike | undefined;

  const agentId = options.agent ?? defaultAgentId(config, target) ?? "main";
  for (const [flag, path] of [
    ["--state", options.statePath],
    ["--store", options.storePath],
  ] as const) {
    if (path !== undefined && !existsSync(path)) return { ok: false, problem: "no-such-file", flag, path, configErrors: errors.length };
  }
  const inputs = readExplainInputs({ stateDir: options.stateDir, agentId, statePath: options.statePath, storePath: options.storePath, redactor });
  if (!inputs.ok)
    return { ok: false, problem: "store-unusable", file: inputs.unusable.file, diagnostics: inputs.unusable.diagnostics, configErrors: errors.length };
  const { store, state } = inputs;
  const explainAgent = options.agent !== undefined ? normalizeAgentId(options.agent) : agentId;
  const sessionsRead = options.sessions || options.session !== undefined ? readSessionsStore(options.stateDir, explainAgent) : undefined;
  const sessionsDiagnostics =
    sessionsRead !== undefined && sessionsRead.diagnostics.length > 0 ? { file: sessionsRead.file, diagnostics: sessionsRead.diagnostics } : undefined;
  const choice = chooseTarget(options.askedTarget, sessionsRead, inputs.stateExists, checked.target);

  // --session KEY: that session's pin and model override (an explicit --pin or --model wins).
  let pin: string | SessionPinLike | undefined = options.pin;
  let model = options.model;
  let pinTreatedAsPreference: string | undefined;
  if (options.session !== undefined) {
    const all = sessionsRead?.sessions ?? [];
    const session = all.find((s) => s.key === options.session);
    if (session === undefined) {
      const known = all.slice(0, KNOWN_SESSIONS_SHOWN).map((s) => s.key);
      const more = all.length > known.length;
      return {
        ok: false,
        problem: "no-such-session",
        session: options.session,
        file: sessionsRead?.file,
        known,
        more,
        configErrors: errors.length,
        sessionsDiagnostics,
      };
    }
    model ??= sessionModelRef(session);
    if (pin === undefined && session.pin !== undefined) {
      // 2026.9 treats a user pin as a preference, which is what the simulator calls an auto pin.
      pin = { profile: session.pin.profile, source: choice.target === "2026.9" ? "auto" : session.pin.source };
      if (choice.target === "2026.9" && session.pin.source === "user") pinTreatedAsPreference = session.pin.profile;
    }
  }
  const plan = explain({ config, target, agentId: explainAgent, model, state, store, now: options.now, pin });

  const reviewSessions = sessionsRead !== undefined && options.pin === undefined && options.model === undefined;
  const review: ExplainSessionsReview | undefined = reviewSessions
    ? {
        choice,
        format: sessionsRead.format ?? null,
        ...findSessionProblems({
          config,
          agentId: explainAgent,
          sessions: options.session !== undefined ? sessionsRead.sessions.filter((s) => s.key === options.session) : sessionsRead.sessions,
          state,
          store,
          now: options.now,
          target: choice.target,
          redactor,
        }),
      }
    : undefined;
  const read: ExplainRead = {
    config: checked.file,
    statePath: inputs.statePath,
    stateExists: inputs.stateExists,
    storePath: inputs.storePath,
    storeExists: inputs.storeExists,
    ...(sessionsRead !== undefined ? { sessions: { file: sessionsRead.file, exists: sessionsRead.exists } } : {}),
  };
  return {
    ok: true,
    plan,
    read,
    configErrors: errors.length,
    sessionsDiagnostics,
    review,
    pinTreatedAsPreference,
    planIsUnpinned: options.session === undefined && (review?.reviews.some((r) => r.problem !== undefined) ?? false),
  };
}
