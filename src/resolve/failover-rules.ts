/**
 * @fileoverview The one table of failover classification rules: per OpenClaw release, the
 * named tests (keyword groups), the message rules in the order OpenClaw applies them, the
 * HTTP status rules and (2026.9) the JSON error codes. Written from what the releases were
 * observed to do (fixtures/failover-errors/, recorded by scripts/record-failover-reasons.mjs)
 * and from their documented behaviour; failover-classify.ts evaluates it. Adding a wording
 * means adding a pattern here and a case file there.
 */
import type { FailoverReason, FailoverTarget } from "./failover-target.js";
import { RULES_2026_4 } from "./failover-rules-2026-4.js";
import { RULES_2026_9 } from "./failover-rules-2026-9.js";

/** A lowercase substring, or a regular expression tested on the lowercased, trimmed text. */
export type Pattern = string | RegExp;

/** An HTTP status, or an inclusive range of them. */
export type StatusSpec = number | readonly [number, number];

/** A test on an error text; all are pure and case-insensitive. */
export type Test =
  | { text: readonly Pattern[] }
  | { ref: string }
  | { all: readonly Test[] }
  | { any: readonly Test[] }
  | { not: Test }
  /** The provider id contains one of these. */
  | { provider: readonly string[] }
  /** The status the release infers from the text. */
  | { status: readonly StatusSpec[] }
  /** The status at the very start of the text, with no prefix dropped. */
  | { leading: readonly number[] }
  | { longerThan: number }
  /** At least this many markdown `## ` headings (a pasted document, not an error). */
  | { headings: number }
  | { exact: readonly string[] }
  /** The JSON body's error type is one of these. */
  | { apiType: readonly string[] }
  /** A test on the JSON body's error type (as written, and with `_` read as spaces). */
  | { onApiType: Test }
  /** A test on the text with a leading `402 Payment Required:`-style wrapper removed. */
  | { after402Wrapper: Test }
  /** The text states a token limit and a larger request (`TPM: Limit 30000, Requested 45000`). */
  | { requestOverTokenLimit: true }
  /** Status rules only: the message's own classification is one of these ("any": it has one). */
  | { messageReason: readonly FailoverReason[] | "any" }
  /** Status rules only: the provider's plugin gave the reason (2026.9 then keeps it on a 401/403). */
  | { pluginDecided: true };

/** A reason, null (no reason: stop), or `message` (status rules: keep the message's classification). */
export type Verdict = FailoverReason | null | "message";

export type Outcome = Verdict | { cases: readonly { when: Test; then: Outcome }[]; otherwise: Outcome };

export interface MessageRule {
  /** A name for the rule, for reading the table and for tests. */
  id: string;
  when: Test;
  then: Outcome;
}

export interface StatusRule {
  status: readonly StatusSpec[] | "any";
  /** The rule applies only when this passes; otherwise the next rule is tried. */
  when?: Test;
  then: Outcome;
}

export interface ReleaseRules {
  version: string;
  /** 2026.9 reads the status after an `Error:` prefix (`Error: 429 …`). */
  stripErrorPrefixForStatus: boolean;
  /** Statuses outside this range are not statuses (2026.9). */
  statusRange?: readonly [number, number];
  /** 2026.9 drops URLs before weighing a 402's words. */
  strip402Urls: boolean;
  /** 2026.9 reports `context_overflow`; 2026.4 recognises the overflow but reports no reason. */
  reportsContextOverflow: boolean;
  /** 2026.9: a message no rule matched is judged by its status alone. */
  messageEndsWithStatus: boolean;
  tests: Readonly<Record<string, Test>>;
  message: readonly MessageRule[];
  status: readonly StatusRule[];
  /** 2026.9: the JSON body's `code` (upper-cased) and the reason it gives. */
  codes?: Readonly<Record<string, FailoverReason>>;
  /**
   * 2026.9: the wordings a provider's bundled plugin classifies, by provider id. OpenClaw asks
   * the plugin when the text has a 401/403/429 status, looks like an overflow, or nothing else
   * classified it; the plugin's answer then wins.
   */
  providerPlugins?: Readonly<Record<string, ProviderPluginRules>>;
}

export interface ProviderPluginRules {
  /** The plugin's own context-overflow wording. */
  overflow?: Test;
  /** In order; the first that passes gives the reason. */
  classify: readonly { when: Test; then: FailoverReason }[];
}

export const FAILOVER_RULES: Readonly<Record<FailoverTarget, ReleaseRules>> = {
  "2026.4": RULES_2026_4,
  "2026.9": RULES_2026_9,
};
