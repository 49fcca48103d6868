/**
 * @fileoverview Tests both releases' failover rules use unchanged: how a 402's words decide
 * between billing (pay) and rate_limit (wait), the reasoning-required wording, image errors
 * (never a failover reason) and the provider-specific wordings of Bedrock and Workers AI.
 */
import type { Outcome, Pattern, Test } from "./failover-rules.js";

/** Words of a 402 that mean "pay": credits, balance, plans. */
const PAY_HINTS: readonly Pattern[] = [
  "insufficient credits",
  "insufficient quota",
  "credit balance",
  "insufficient balance",
  "plans & billing",
  "add more credits",
  "top up",
];
const PLAN_HINTS: readonly Pattern[] = ["upgrade your plan", "upgrade plan", "current plan", "subscription"];
const PERIOD_HINTS: readonly Pattern[] = ["daily", "weekly", "monthly"];
const SPEND_LIMIT: readonly Pattern[] = ["spend limit", "spending limit"];

/** A 402 that says to pay: credits, balance, or a plan's hard limit. */
export const PAY_402: Test = {
  any: [
    { text: PAY_HINTS },
    { all: [{ text: PLAN_HINTS }, { text: ["limit"] }] },
    { text: ["billing hard limit", "hard limit reached"] },
    { all: [{ text: ["maximum allowed"] }, { text: ["limit"] }] },
  ],
};

/** A 402 that says to wait: a usage window that resets, an organisation's limit, a retry hint. */
export const WAIT_402: Test = {
  any: [
    { all: [{ text: ["try again", "retry", "temporary", "cooldown"] }, { text: ["usage limit", "rate limit", "organization usage"] }] },
    { all: [{ text: PERIOD_HINTS }, { text: ["usage limit", ...SPEND_LIMIT] }] },
    { all: [{ text: PERIOD_HINTS }, { text: ["limit"] }, { text: ["reset"] }] },
    { all: [{ text: ["organization", "workspace"] }, { text: ["limit"] }, { text: [...SPEND_LIMIT, "billing period", "exceeded", "reached", "exhausted"] }] },
  ],
};

/** A subscription quota that refreshes on its own: wait, not pay. */
export const QUOTA_REFRESH_402: Test = { all: [{ text: ["subscription quota limit"] }, { text: ["automatic quota refresh", "rolling time window"] }] };

/** How a 402's words are weighed (on the text with its 402 wrapper removed); `rateLimit` names the release's rate-limit test. */
export function weigh402(rateLimit: string): Outcome {
  return {
    cases: [
      { when: { after402Wrapper: { exact: [""] } }, then: "billing" },
      { when: { after402Wrapper: QUOTA_REFRESH_402 }, then: "rate_limit" },
      { when: { after402Wrapper: PAY_402 }, then: "billing" },
      { when: { after402Wrapper: { ref: rateLimit } }, then: "rate_limit" },
      { when: { after402Wrapper: WAIT_402 }, then: "rate_limit" },
    ],
    otherwise: "billing",
  };
}

/** "Reasoning is required for this model": a request problem, never a context overflow. */
export const REASONING_REQUIRED: Test = {
  any: [
    { text: ["reasoning is mandatory", "reasoning is required", "requires reasoning"] },
    { all: [{ text: ["reasoning"] }, { text: ["cannot be disabled"] }] },
  ],
};

/** Image too large: OpenClaw handles these itself (it shrinks the image), with no failover reason. */
export const IMAGE_TOO_LARGE: Test = {
  any: [{ text: ["image dimensions exceed max allowed size"] }, { all: [{ text: ["image exceeds"] }, { text: ["mb"] }] }],
};

/** A status code anywhere a 402 is stated: `"status": 402`, `HTTP 402`, `error code 402`, `returned 402`. */
export const STATED_402 = /["']?(?:status|code)["']?\s*[:=]\s*402\b|\bhttp\s*402\b|\berror(?:\s+code)?\s*[:=]?\s*402\b/;

/** Signals that a message speaks of a size (context, tokens, input) and of exceeding it. */
export const SIZE_SUBJECT = /\b(?:context|window|prompt|token|tokens|input|request|model)\b/;
export const SIZE_EXCEEDED = /\b(?:too\s+(?:large|long|many)|exceed(?:s|ed|ing)?|overflow|limit|maximum|max)\b/;

/** Provider wordings of an overflow that the generic phrases miss (Gemini, Bedrock, Ollama, llama.cpp). */
export const PROVIDER_OVERFLOW_WORDS: readonly Pattern[] = [
  /\binput token count exceeds the maximum number of input tokens\b/,
  /\binput is too long for this model\b/,
  /\binput exceeds the maximum number of tokens\b/,
  /\bollama error:\s*context length exceeded(?:,\s*too many tokens)?\b/,
  /\btotal tokens?.*exceeds? (?:the )?(?:model(?:'s)? )?(?:max|maximum|limit)/,
  /\binput (?:is )?too long for (?:the )?model\b/,
];

/** Wordings that name a model OpenClaw cannot reach: it falls back to the next model. */
export const MODEL_MISSING_WORDS: readonly Pattern[] = [
  /no endpoints found for/,
  /unknown model/,
  /model(?:[_\-\s])?not(?:[_\-\s])?found/,
  /not_found_error/,
  /models\/[^\s]+ is not found/,
  /is not a valid model id/,
  /stealth model.*find it here|find it here.*stealth model/,
];

/** More tests of a missing model that need two conditions. */
export const MODEL_MISSING_PAIRS: readonly Test[] = [
  { all: [{ text: [/\b404\b/] }, { text: [/not(?:[_\-\s])?found/] }] },
  { all: [{ text: [/model:\s*[a-z0-9._/-]+/] }, { text: [/not(?:[_\-\s])?found/] }] },
  { all: [{ text: ["model"] }, { text: ["does not exist"] }] },
  { all: [{ text: ["model"] }, { text: ["deprecated"] }, { text: [/(?:upgrade|transition) to/] }] },
  { all: [{ text: ["invalid model"] }, { not: { text: ["invalid model reference"] } }] },
];

/** Bedrock and Workers AI wordings both releases classify by name. */
export const NAMED_PROVIDER_ERRORS = {
  workersAiQuota: { text: [/\bworkers_ai\b.*\bquota limit exceeded\b/] },
  modelNotReady: { text: [/\bmodelnotreadyexception\b/] },
  modelDeactivated: { text: [/model(?:_is)?_deactivated|model has been deactivated/] },
} as const satisfies Record<string, Test>;

/** Network error codes as they appear in a message (`connect ECONNREFUSED 127.0.0.1:11434`). */
export const NETWORK_ERRNO =
  /\b(?:econn(?:refused|reset|aborted)|enet(?:unreach|reset)|ehost(?:unreach|down)|e(?:socket)?timedout|epipe|enotfound|eai_again)\b/;

/** Words of a JSON `api_error` that make it a passing server problem. */
export const TRANSIENT_API_ERROR_WORDS =
  /internal server error|overload|temporarily unavailable|service unavailable|unknown error|server error|bad gateway|gateway timeout|upstream error|backend error|try again later|temporarily.+unable|unexpected error/;
