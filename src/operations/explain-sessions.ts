/**
 * @fileoverview The parts of `agentcfg explain` that read sessions and error texts: which
 * OpenClaw release the state on disk belongs to, the review of every pinned session, the
 * last failures of the transcripts grouped per profile, and `--error` (the reason one error
 * text gets and what follows). Read-only: nothing here writes the sessions store. Every
 * error text goes through the redactor before it is printed or put in JSON.
 */
import type { AuthStateLike, AuthStoreLike, ExplainConfigLike } from "../resolve/index.js";
import { classifyFailoverError } from "../resolve/failover-classify.js";
import { describeFailoverOutcome, type FailoverOutcome } from "../resolve/failover-outcome.js";
import { isFailoverTarget, type FailoverTarget } from "../resolve/failover-target.js";
import { readRotationLimits } from "../resolve/explain-why.js";
import type { ProfileFailures } from "../resolve/explain-sessions-format.js";
import { reviewSessionPins, type SessionPinReview } from "../resolve/session-pins.js";
import type { Redactor } from "../secrets/redact.js";
import { readTranscriptErrors } from "../state/session-transcripts.js";
import type { SessionRecord, SessionsStoreRead } from "../state/sessions-store.js";

/** Printed error texts are cut here (after redaction, so a secret is never cut in half unmasked). */
const MAX_ERROR_TEXT = 400;
/** Failures shown per profile. */
const FAILURES_PER_PROFILE = 3;
/** Transcripts read: the most recently updated sessions (a store can hold thousands). */
const TRANSCRIPTS_READ = 20;

export interface TargetChoice {
  target: FailoverTarget;
  /** Where the choice came from, in words. */
  from: string;
}

/**
 * The release to answer for: as asked, else the one whose files are on disk (they were
 * written by the release that runs), else the one the config is judged by, else 2026.9.
 */
export function chooseTarget(
  asked: string | undefined,
  sessions: SessionsStoreRead | undefined,
  authStateExists: boolean,
  configTarget?: { id: string; reason: string },
): TargetChoice {
  if (isFailoverTarget(asked)) return { target: asked, from: "--target" };
  if (sessions?.format === "agent-sqlite") return { target: "2026.9", from: "found openclaw-agent.sqlite" };
  if (sessions?.format === "sessions-json") return { target: "2026.4", from: "found sessions.json" };
  if (authStateExists) return { target: "2026.4", from: "found auth-state.json" };
  if (configTarget && isFailoverTarget(configTarget.id)) return { target: configTarget.id, from: `the config's target (${configTarget.reason})` };
  return { target: "2026.9", from: "the newest release; no state found" };
}

export interface SessionsFindings {
  reviews: SessionPinReview[];
  failures: ProfileFailures[];
  /** Transcripts that exist but could not be read: session key and why. */
  unreadable: { sessionKey: string; problem: string }[];
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_ERROR_TEXT ? `${flat.slice(0, MAX_ERROR_TEXT)}…` : flat;
}

/** The recorded failures of every session, newest first, put down to each session's pinned profile. */
function collectFailures(
  sessions: readonly SessionRecord[],
  target: FailoverTarget,
  redactor: Redactor,
  unreadable: SessionsFindings["unreadable"],
): ProfileFailures[] {
  const groups = new Map<string, ProfileFailures>();
  const recent = [...sessions].sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0)).slice(0, TRANSCRIPTS_READ);
  for (const session of recent) {
    const read = readTranscriptErrors(session, FAILURES_PER_PROFILE);
    if (read.problem !== undefined) unreadable.push({ sessionKey: session.key, problem: read.problem });
    for (const error of read.errors) {
      const provider = error.provider ?? session.lastProvider;
      const key = session.pin?.profile ?? `provider:${provider ?? "?"}`;
      const group = groups.get(key) ?? {
        ...(session.pin !== undefined ? { profile: session.pin.profile } : {}),
        ...(provider !== undefined ? { provider } : {}),
        failures: [],
      };
      group.failures.push({
        sessionKey: session.key,
        ...(error.entryId !== undefined ? { entryId: error.entryId } : {}),
        ...(error.at !== undefined ? { at: error.at } : {}),
        ...(error.model !== undefined ? { model: error.model } : {}),
        text: clip(redactor.redactForeign(error.text)),
        reason: classifyFailoverError(error.text, { provider, target }),
      });
      groups.set(key, group);
    }
  }
  for (const group of groups.values()) {
    group.failures.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
    group.failures.splice(FAILURES_PER_PROFILE);
  }
  return [...groups.values()];
}

export function findSessionProblems(input: {
  config: ExplainConfigLike | undefined;
  agentId: string;
  sessions: readonly SessionRecord[];
  state: AuthStateLike | undefined;
  store: AuthStoreLike | undefined;
  now: number;
  target: FailoverTarget;
  redactor: Redactor;
}): SessionsFindings {
  const reviews = reviewSessionPins({
    config: input.config,
    agentId: input.agentId,
    sessions: input.sessions,
    state: input.state,
    store: input.store,
    now: input.now,
    target: input.target,
  });
  const unreadable: SessionsFindings["unreadable"] = [];
  const failures = collectFailures(input.sessions, input.target, input.redactor, unreadable);
  return { reviews, failures, unreadable };
}

/** `--error`: the outcome of one text, with the config's rotation limits when a config is there. */
export function explainErrorText(input: {
  text: string;
  provider: string | undefined;
  target: FailoverTarget;
  config: ExplainConfigLike | undefined;
}): FailoverOutcome {
  const cooldowns = (input.config?.auth as { cooldowns?: Record<string, unknown> } | undefined)?.cooldowns;
  return describeFailoverOutcome(input.text, { provider: input.provider, target: input.target, rotations: readRotationLimits(cooldowns) });
}
