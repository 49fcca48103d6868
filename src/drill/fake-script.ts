/**
 * @fileoverview What the fake provider answers, per key and model, as data (a "script").
 *
 * Each key the fake hands out encodes its label (`fake-key-for-kimi:default`), so a request's
 * key says which auth profile OpenClaw chose, and no real key is ever needed. A script maps a
 * label (or `*`) to a model (or `*`) to a list of steps; each step answers `times` requests
 * (1 when unset) and the last step answers every request after that. So "first 2 requests
 * rate limited, then ok" is `[{reply: "rate-limit", times: 2}, {reply: "ok"}]`. Requests are
 * counted per (label, model) of the request, so the same key may fail on one model and
 * answer on another (a `*` rule counts each concrete key and model apart). Anything no rule
 * matches gets `defaultReply` (ok unless set), except a request that carries no key of the fake's:
 * it gets 401, as from a real provider.
 */
import { FAKE_REPLY_KINDS, type FakeReplyName, isFakeReplyName } from "./fake-replies.js";

/** Keys handed to OpenClaw start with this; the rest is the label. */
export const FAKE_KEY_PREFIX = "fake-key-for-";

export function fakeKeyFor(label: string): string {
  return `${FAKE_KEY_PREFIX}${label}`;
}

/** The label a key encodes; "(no key)" or "(foreign key)" when it is not one of ours. */
export function labelOfKey(key: string | undefined): string {
  if (key === undefined || key === "") return "(no key)";
  return key.startsWith(FAKE_KEY_PREFIX) ? key.slice(FAKE_KEY_PREFIX.length) : "(foreign key)";
}

/** Whether `label` came from one of the fake's keys (not "(no key)" or "(foreign key)"). */
export function isFakeKeyLabel(label: string): boolean {
  return !label.startsWith("(");
}

export interface FakeStep {
  reply: FakeReplyName;
  /** How many requests this step answers before the next one takes over (default 1). */
  times?: number;
}

export interface FakeScript {
  /** label or "*" → model or "*" → steps. An exact label beats "*", then an exact model beats "*". */
  replies: Record<string, Record<string, FakeStep[]>>;
  defaultReply?: FakeReplyName;
}

/** A problem found in a script, with where it is (a dotted path into the script). */
export interface FakeScriptProblem {
  path: string;
  problem: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const KNOWN_REPLIES = Object.keys(FAKE_REPLY_KINDS).join(", ");

function checkStep(step: unknown, path: string, problems: FakeScriptProblem[]): void {
  if (!isRecord(step)) {
    problems.push({ path, problem: 'expected a step object such as {"reply": "ok"}' });
    return;
  }
  if (typeof step.reply !== "string" || !isFakeReplyName(step.reply)) {
    problems.push({ path: `${path}.reply`, problem: `expected one of: ${KNOWN_REPLIES}` });
  }
  if (step.times !== undefined && !(Number.isInteger(step.times) && (step.times as number) > 0)) {
    problems.push({ path: `${path}.times`, problem: "expected a whole number above 0" });
  }
}

/** Checks an untrusted value (e.g. parsed JSON) against the script's shape; returns the problems found. */
export function checkFakeScript(value: unknown): FakeScriptProblem[] {
  const problems: FakeScriptProblem[] = [];
  if (!isRecord(value)) return [{ path: "", problem: 'expected an object with "replies"' }];
  if (value.defaultReply !== undefined && (typeof value.defaultReply !== "string" || !isFakeReplyName(value.defaultReply))) {
    problems.push({ path: "defaultReply", problem: `expected one of: ${KNOWN_REPLIES}` });
  }
  if (!isRecord(value.replies)) {
    problems.push({ path: "replies", problem: "expected an object: label → model → steps" });
    return problems;
  }
  for (const [label, byModel] of Object.entries(value.replies)) {
    if (!isRecord(byModel)) {
      problems.push({ path: `replies.${label}`, problem: "expected an object: model → steps" });
      continue;
    }
    for (const [model, steps] of Object.entries(byModel)) {
      const path = `replies.${label}.${model}`;
      if (!Array.isArray(steps) || steps.length === 0) {
        problems.push({ path, problem: "expected a non-empty list of steps" });
        continue;
      }
      steps.forEach((step, i) => checkStep(step, `${path}[${i}]`, problems));
    }
  }
  return problems;
}

/** Picks the reply for each request, counting requests per matched (label, model). */
export class FakeScriptPlayer {
  private readonly counts = new Map<string, number>();

  constructor(private readonly script: FakeScript) {}

  /** The reply for the next request of `label` on `model`, and its 1-based number in that rule. */
  next(label: string, model: string): { reply: FakeReplyName; n: number } {
    const byModel = this.script.replies[label] ?? this.script.replies["*"];
    const steps = byModel?.[model] ?? byModel?.["*"];
    const counterKey = `${label}\u0000${model}`;
    const n = (this.counts.get(counterKey) ?? 0) + 1;
    this.counts.set(counterKey, n);
    // A request without one of the fake's keys is refused, as a real provider refuses it,
    // unless the script names "(no key)" or "(foreign key)" itself.
    if (!steps) return { reply: isFakeKeyLabel(label) ? (this.script.defaultReply ?? "ok") : "unauthorized", n };
    let seen = 0;
    for (const step of steps) {
      seen += step.times ?? 1;
      if (n <= seen) return { reply: step.reply, n };
    }
    return { reply: steps[steps.length - 1]!.reply, n };
  }
}
