/**
 * @fileoverview How OpenClaw 2026.4.12 classifies a provider's error text. Notable facts:
 * any `429` in the text, or the words "rate limit", "quota exceeded", "usage limit", TPM,
 * make it a rate limit; a leading 500/502/503/504 is a `timeout`; a context overflow is
 * recognised but reported as no reason; a 400 with no recognised words is `format`.
 * Moonshot's "request reached organization max RPM" matches nothing: no reason at all.
 */
import type { ReleaseRules, Test } from "./failover-rules.js";
import {
  IMAGE_TOO_LARGE,
  MODEL_MISSING_PAIRS,
  MODEL_MISSING_WORDS,
  NAMED_PROVIDER_ERRORS,
  NETWORK_ERRNO,
  PROVIDER_OVERFLOW_WORDS,
  REASONING_REQUIRED,
  SIZE_EXCEEDED,
  SIZE_SUBJECT,
  STATED_402,
  TRANSIENT_API_ERROR_WORDS,
  weigh402,
} from "./failover-rules-shared.js";

const tests: Record<string, Test> = {
  rateLimit: {
    text: [
      "rate limit", "rate_limit", "too many requests", "too many concurrent requests", "429", "throttled", "throttling",
      "model_cooldown", "exceeded your current quota", "resource has been exhausted", "resource_exhausted", "quota exceeded",
      "usage limit", /\btpm\b/, "tokens per minute", "tokens per day",
    ],
  },
  overloaded: {
    text: ["overloaded", "high demand", /service[_ ]unavailable.*(?:overload|capacity|high[_ ]demand)|(?:overload|capacity|high[_ ]demand).*service[_ ]unavailable/],
  },
  serverError: {
    text: [
      "an error occurred while processing", "internal server error", "internal_error", "server_error", "service temporarily unavailable",
      "service_unavailable", "bad gateway", "gateway timeout", "upstream error", "upstream connect error", "connection reset",
    ],
  },
  timeout: {
    text: [
      "timeout", "timed out", "service unavailable", "deadline exceeded", "connection error", "network error", "network request failed",
      "fetch failed", "socket hang up", NETWORK_ERRNO, /without sending (?:any )?chunks?/, /\breason:\s*(?:abort|error|malformed_response|network_error)\b/,
      /\boperation was aborted\b/, /\bstream (?:was )?(?:closed|aborted)\b/,
    ],
  },
  billingWords: {
    text: [
      STATED_402, /\b(?:got|returned|received)\s+(?:a\s+)?402\b/, /^402\s+payment/, "payment required", "insufficient credits", /insufficient[_ ]quota/,
      "credit balance", "plans & billing", "insufficient balance", "insufficient usd or diem balance", /requires?\s+more\s+credits/,
      "out of extra usage", "draw from your extra usage", "extra usage is required", /"code"\s*:\s*1311\b/,
    ],
  },
  billingHead: { text: [/^(?:error[:\s-]+)?billing(?:\s+error)?(?:[:\s-]+|$)|^(?:error[:\s-]+)?(?:credit balance|insufficient credits?|payment required|http\s*402\b)/] },
  billing: {
    any: [
      // A long text (a pasted page) counts only with a stated 402 or Z.ai's code 1311.
      { all: [{ longerThan: 512 }, { text: [STATED_402, /^402\s+payment/, /"code"\s*:\s*1311\b/] }] },
      { all: [{ not: { longerThan: 512 } }, { any: [{ ref: "billingWords" }, { all: [{ ref: "billingHead" }, { text: ["upgrade", "credits", "payment", "plan"] }] }] }] },
    ],
  },
  authPermanent: { text: [/api[_ ]?key[_ ]?(?:revoked|deactivated|deleted)/, "key has been disabled", "key has been revoked", "account has been deactivated", "not allowed for this organization"] },
  auth: {
    text: [
      /invalid[_ ]?api[_ ]?key/, /could not (?:authenticate|validate).*(?:api[_ ]?key|credentials)/, "permission_error", "incorrect api key", "invalid token",
      "authentication", "re-authenticate", "oauth token refresh failed", "unauthorized", "forbidden", "access denied", "insufficient permission",
      /missing scopes?:/, "expired", /\b40[13]\b/, "no credentials found", "no api key found", /\bfailed to (?:extract|parse|validate|decode)\b.*\btoken\b/,
      /"code"\s*:\s*1113\b/,
    ],
  },
  format: { text: ["string should match pattern", "tool_use.id", "tool_use_id", "invalid request format", /tool call id was.*must be/] },
  periodicLimit: { text: [/\b(?:daily|weekly|monthly)(?:\/(?:daily|weekly|monthly))* (?:usage )?limits?(?: (?:exhausted|reached|exceeded))?\b/] },
  sessionExpired: {
    text: [
      "session not found", "session does not exist", "session expired", "session invalid", "conversation not found", "conversation does not exist",
      "conversation expired", "conversation invalid", "no such session", "invalid session", "session id not found", "conversation id not found",
    ],
  },
  modelMissing: { any: [{ text: MODEL_MISSING_WORDS }, ...MODEL_MISSING_PAIRS] },
  contextOverflow: {
    all: [
      { not: { text: [/\btpm\b/, "tokens per minute"] } },
      { not: REASONING_REQUIRED },
      {
        any: [
          {
            text: [
              "request_too_large", "request exceeds the maximum size", "context length exceeded", "maximum context length", "prompt is too long",
              "prompt too long", "exceeds model context window", "model token limit", "context overflow:", "exceed context limit",
              "exceeds the model's maximum context", "context_window_exceeded", /\u4e0a\u4e0b\u6587\u8fc7\u957f|\u4e0a\u4e0b\u6587\u8d85\u51fa|\u4e0a\u4e0b\u6587\u957f\u5ea6\u8d85|\u8d85\u51fa\u6700\u5927\u4e0a\u4e0b\u6587|\u8bf7\u538b\u7f29\u4e0a\u4e0b\u6587/,
            ],
          },
          { all: [{ text: ["request size exceeds"] }, { text: ["context window", "context length"] }] },
          { all: [{ text: ["invalid_argument", "input exceeds"] }, { text: ["maximum number of tokens"] }] },
          { all: [{ text: ["max_tokens", "input length"] }, { text: ["exceed"] }, { text: ["context"] }] },
          { all: [{ text: ["413"] }, { text: ["too large"] }] },
          {
            all: [
              { text: [SIZE_SUBJECT] },
              { text: [SIZE_EXCEEDED] },
              { text: [...PROVIDER_OVERFLOW_WORDS, /\b(?:request|prompt) \(\d[\d,]*\s*tokens?\) exceeds (?:the )?available context size\b/] },
            ],
          },
        ],
      },
    ],
  },
  stated402: { text: [STATED_402, /\b(?:got|returned|received)\s+(?:a\s+)?402\b/, /^402\s+payment required\b/, /^402\s+.*used up your points\b/] },
  jsonApiErrorTransient: {
    all: [{ text: ['"type":"api_error"'] }, { not: { ref: "billing" } }, { not: { ref: "auth" } }, { not: { ref: "authPermanent" } }, { text: [TRANSIENT_API_ERROR_WORDS] }],
  },
};

export const RULES_2026_4: ReleaseRules = {
  version: "2026.4.12",
  stripErrorPrefixForStatus: false,
  strip402Urls: false,
  reportsContextOverflow: false,
  messageEndsWithStatus: false,
  tests,
  message: [
    { id: "image-too-large", when: IMAGE_TOO_LARGE, then: null },
    { id: "session-expired", when: { ref: "sessionExpired" }, then: "session_expired" },
    { id: "model-missing", when: { ref: "modelMissing" }, then: "model_not_found" },
    { id: "context-overflow", when: { ref: "contextOverflow" }, then: "context_overflow" },
    { id: "stated-402", when: { ref: "stated402" }, then: weigh402("rateLimit") },
    { id: "openrouter-key-limit", when: { all: [{ provider: ["openrouter"] }, { text: [/\bkey\s+limit\s*(?:exceeded|reached|hit)\b/] }] }, then: "billing" },
    { id: "periodic-limit", when: { ref: "periodicLimit" }, then: { cases: [{ when: { ref: "billing" }, then: "billing" }], otherwise: "rate_limit" } },
    { id: "rate-limit", when: { ref: "rateLimit" }, then: "rate_limit" },
    { id: "overloaded", when: { ref: "overloaded" }, then: "overloaded" },
    { id: "transient-status", when: { leading: [499, 500, 502, 503, 504, 521, 522, 523, 524, 529] }, then: { cases: [{ when: { leading: [529] }, then: "overloaded" }], otherwise: "timeout" } },
    { id: "billing", when: { ref: "billing" }, then: "billing" },
    { id: "auth-permanent", when: { ref: "authPermanent" }, then: "auth_permanent" },
    { id: "auth", when: { ref: "auth" }, then: "auth" },
    { id: "anthropic-unknown", when: { all: [{ provider: ["anthropic"] }, { text: ["an unknown error occurred"] }] }, then: "timeout" },
    { id: "openrouter-provider-error", when: { all: [{ provider: ["openrouter"] }, { text: ["provider returned error"] }] }, then: "timeout" },
    { id: "server-error", when: { ref: "serverError" }, then: "timeout" },
    { id: "json-api-error", when: { ref: "jsonApiErrorTransient" }, then: "timeout" },
    { id: "format", when: { ref: "format" }, then: "format" },
    { id: "timeout", when: { ref: "timeout" }, then: "timeout" },
    { id: "bedrock-throttling", when: { text: [/\bthrottlingexception\b/] }, then: "rate_limit" },
    { id: "concurrency-limit", when: { text: [/\bconcurrency limit(?: has been)? reached\b/] }, then: "rate_limit" },
    { id: "workers-ai-quota", when: NAMED_PROVIDER_ERRORS.workersAiQuota, then: "rate_limit" },
    { id: "model-not-ready", when: NAMED_PROVIDER_ERRORS.modelNotReady, then: "overloaded" },
    { id: "model-deactivated", when: NAMED_PROVIDER_ERRORS.modelDeactivated, then: "model_not_found" },
  ],
  status: [
    { status: [402], then: weigh402("rateLimit") },
    { status: [429], then: "rate_limit" },
    {
      status: [401, 403],
      then: { cases: [{ when: { ref: "authPermanent" }, then: "auth_permanent" }, { when: { messageReason: ["billing"] }, then: "billing" }], otherwise: "auth" },
    },
    { status: [408], then: "timeout" },
    { status: [410], then: { cases: [{ when: { messageReason: ["session_expired", "billing", "auth_permanent", "auth"] }, then: "message" }], otherwise: "timeout" } },
    {
      status: [404],
      then: { cases: [{ when: { messageReason: ["context_overflow", "session_expired", "billing", "auth_permanent", "auth"] }, then: "message" }], otherwise: "model_not_found" },
    },
    { status: [499, 503], then: { cases: [{ when: { messageReason: ["overloaded"] }, then: "message" }], otherwise: "timeout" } },
    { status: [500, 502, 504], then: "timeout" },
    { status: [529], then: "overloaded" },
    { status: [400, 422], then: { cases: [{ when: { messageReason: "any" }, then: "message" }], otherwise: "format" } },
  ],
};
