/**
 * @fileoverview Prints what `explain` found in the sessions store and the transcripts: the
 * sessions whose pin points at a profile that cannot serve them (first, because that is the
 * usual answer to "why am I rate limited?"), the last failures per profile with the reason
 * OpenClaw gives each, and the outcome of one error text (`explain --error`). Printing only;
 * the facts come from session-pins.ts and failover-outcome.ts. Error texts arrive redacted.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { FailoverOutcome } from "./failover-outcome.js";
import type { FailoverReason, FailoverTarget } from "./failover-target.js";
import type { SessionPinReview } from "./session-pins.js";
import { formatInstant, formatUtc } from "./time-words.js";

export interface SessionsFormatOptions {
  color: boolean;
}

/** One recorded failure, as printed: ids, times, the redacted text and its reason. */
export interface FailureLine {
  sessionKey: string;
  entryId?: string;
  at?: number;
  model?: string;
  text: string;
  reason: FailoverReason | null;
}

export interface ProfileFailures {
  /** The profile the failures are put down to (the session's pin), or undefined when unknown. */
  profile?: string;
  provider?: string;
  failures: FailureLine[];
}

const paintOf = (color: boolean): ChalkInstance => new Chalk({ level: color ? 1 : 0 });

const PROBLEM_WORDS: Readonly<Record<NonNullable<SessionPinReview["problem"]>, string>> = {
  cooldown: "cooling down",
  disabled: "disabled",
  missing: "not in the credential store",
  "other-provider": "of another provider",
};

/** The sessions whose pin is a problem; empty when none is. */
export function formatPinProblems(
  reviews: readonly SessionPinReview[],
  context: { target: FailoverTarget; targetFrom: string; now: number },
  options: SessionsFormatOptions,
): string[] {
  const paint = paintOf(options.color);
  const problems = reviews.filter((r) => r.problem !== undefined);
  if (problems.length === 0) return [];
  const lines = [
    paint.bold(
      `${problems.length === 1 ? "1 session is" : `${problems.length} sessions are`} pinned to a profile that cannot serve it (OpenClaw ${context.target}, ${context.targetFrom}):`,
    ),
  ];
  for (const review of problems) {
    const how = review.pin.source === "user" ? `set with /model …@${review.pin.profile}` : "picked automatically";
    const until = review.until !== undefined ? ` until ${formatInstant(review.until, context.now)}` : "";
    lines.push(
      `- ${paint.bold(review.key)}: pinned to ${paint.cyan(review.pin.profile)} (${how}), which is ${paint.yellow(PROBLEM_WORDS[review.problem!])}${until}; model ${review.model}.`,
    );
    lines.push(`  OpenClaw: ${review.openclaw}`);
    review.fixes.forEach((fix, index) => lines.push(`  ${index === 0 ? paint.bold("Fix:") : "    "} ${fix}`));
  }
  return lines;
}

/** Every pinned session in a short table: key, pin, source, state. */
export function formatPinTable(reviews: readonly SessionPinReview[], options: SessionsFormatOptions): string[] {
  const paint = paintOf(options.color);
  if (reviews.length === 0) return [];
  const width = Math.max(...reviews.map((r) => r.key.length));
  return [
    paint.bold("Pinned sessions:"),
    ...reviews.map(
      (r) =>
        `  ${r.key.padEnd(width)}  ${r.pin.profile} (${r.pin.source})  ${r.problem !== undefined ? paint.yellow(PROBLEM_WORDS[r.problem]) : paint.green("usable")}`,
    ),
  ];
}

/** The most recent failures recorded in the transcripts, per profile. */
export function formatFailures(groups: readonly ProfileFailures[], context: { target: FailoverTarget }, options: SessionsFormatOptions): string[] {
  const paint = paintOf(options.color);
  if (groups.length === 0) return [];
  const lines = [paint.bold(`Last failures in the transcripts (reason as OpenClaw ${context.target} classifies them):`)];
  for (const group of groups) {
    lines.push(`  ${paint.bold(group.profile ?? `${group.provider ?? "?"} (profile not recorded)`)}`);
    for (const failure of group.failures) {
      const reason = failure.reason === null ? paint.red("no reason: no rotation, no fallback") : failure.reason;
      const when = failure.at !== undefined ? formatUtc(failure.at) : "time unknown";
      lines.push(`    ${when}  ${failure.sessionKey}${failure.entryId !== undefined ? ` #${failure.entryId}` : ""}  ${failure.model ?? ""}  → ${reason}`);
      lines.push(`      ${paint.dim(failure.text)}`);
    }
  }
  const unclassified = groups.flatMap((g) => g.failures.map((f) => ({ ...f, provider: g.provider }))).find((f) => f.reason === null);
  if (unclassified !== undefined) {
    lines.push(
      `  ${paint.bold("note:")} an error with no reason is not failed over: OpenClaw neither tries another key nor falls back to another model, whatever the config says.`,
      `        See what to do: agentcfg explain --error "${unclassified.text.replaceAll('"', '\\"')}"${unclassified.provider !== undefined ? ` --provider ${unclassified.provider}` : ""}`,
    );
  }
  return lines;
}

/** `explain --error`: the reason and what follows. Ends with a newline. */
export function formatFailoverOutcome(outcome: FailoverOutcome, text: string, options: SessionsFormatOptions & { provider?: string | undefined }): string {
  const paint = paintOf(options.color);
  const lines = [
    paint.bold(`Error${options.provider !== undefined ? ` from ${options.provider}` : ""}, as OpenClaw ${outcome.version} sees it:`),
    `  ${paint.dim(text)}`,
    `Reason: ${outcome.reason === null ? paint.red("none") : paint.bold(outcome.reason)}${outcome.contextOverflow ? " (context overflow)" : ""}`,
    "",
    ...outcome.steps,
  ];
  if (outcome.advice.length > 0) lines.push("", paint.bold("What to do:"), ...outcome.advice.map((a) => `- ${a}`));
  return `${lines.join("\n")}\n`;
}
