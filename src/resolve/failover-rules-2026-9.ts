/**
 * @fileoverview How OpenClaw 2026.9.6 classifies a provider's error text. What changed
 * since 2026.4: a bare `429` counts only at the start or next to a status word; balance and
 * credit words win over a 429 (`billing`); 5xx is `server_error` (504, 522, 524 and 499
 * stay `timeout`); "service unavailable" is `overloaded`; a context overflow is reported as
 * `context_overflow`; the JSON body's `type` and `code` are read; an `Error:` prefix no
 * longer hides the status. Moonshot's "request reached organization max RPM" still matches
 * nothing: no reason at all.
 */
import type { ReleaseRules, Test } from "./failover-rules.js";
import {
  IMAGE_TOO_LARGE,
  MODEL_MISSING_PAIRS,
  MODEL_MISSING_WORDS,
  NAMED_PROVIDER_ERRORS,
  NETWORK_ERRNO,
  PAY_402,
  PROVIDER_OVERFLOW_WORDS,
  QUOTA_REFRESH_402,
  REASONING_REQUIRED,
  SIZE_EXCEEDED,
  SIZE_SUBJECT,
  STATED_402,
  TRANSIENT_API_ERROR_WORDS,
  WAIT_402,
  weigh402,
} from "./failover-rules-shared.js";
import { OVERFLOW_WORDS_2026_9, TIMEOUT_WORDS_2026_9 } from "./failover-words-2026-9.js";

const CJK_RATE_LIMIT = [
  "\u8bf7\u6c42\u8fc7\u4e8e\u9891\u7e41",
  "\u8c03\u7528\u9891\u7387",
  "\u9891\u7387\u9650\u5236",
  "\u914d\u989d\u4e0d\u8db3",
  "\u914d\u989d\u5df2\u7528\u5c3d",
  "\u989d\u5ea6\u4e0d\u8db3",
  "\u989d\u5ea6\u5df2\u7528\u5c3d",
];

const tests: Record<string, Test> = {
  rateLimit: {
    text: [
      "rate limit",
      "rate_limit",
      "too many requests",
      "too many concurrent requests",
      // 429 only where it is a status: at the start, after a status word, as a JSON status, or before rate-limit words.
      /^429\b|\b(?:https?|status(?:[ _-]?code)?|response(?:[ _-]?code)?|http(?:[ _-]?status)?)\b[\s:=#"'(]{0,6}429\b|["'](?:status|code)["']\s*:\s*429\b|\b429\b[\s:)\].,-]*(?:rate[_ -]?limit(?:ed|ing)?|too many requests|resource has been exhausted|quota(?:\s+(?:exceeded|exhausted|depleted|reached))?)\b/,
      /\bthrottl(?:ing_?exception|ing|ed)\b/,
      /\bconcurrency limit\b.*\b(?:breached|reached)\b/,
      "model_cooldown",
      "exceeded your current quota",
      /\bresource[_ -]?exhausted\b/,
      /\bquota[_ -]?exceeded\b/,
      "usage limit",
      /\btpm\b/,
      "tokens per minute",
      "tokens per day",
      ...CJK_RATE_LIMIT,
    ],
  },
  overloaded: {
    text: [
      "overloaded",
      /\b(?:selected\s+)?model\s+(?:is\s+)?at capacity\b/,
      /\bservice(?:[_ ]temporarily)?[_ ]unavailable\b/,
      "high demand",
      "high load",
      "\u670d\u52a1\u8fc7\u8f7d",
      "\u5f53\u524d\u8d1f\u8f7d\u8fc7\u9ad8",
      "\u8bbf\u95ee\u91cf\u8fc7\u5927",
    ],
  },
  serverError: {
    text: [
      /^(?=[\s\S]*\bstatus:\s*internal server error\b)(?=[\s\S]*\bcode["']?\s*[:=]\s*500\b)/,
      /\bhttp\s+5\d\d\b/,
      /^status:\s*internal server error$/,
      // "status: internal server error" alone is a gRPC-style wrapper, not the error.
      "an error occurred while processing",
      /(?<!\bstatus:\s*)internal server error/,
      "internal_error",
      "server_error",
      "bad gateway",
      "gateway timeout",
      "upstream error",
      "upstream connect error",
      "connection reset",
      "\u5185\u90e8\u9519\u8bef",
      "\u670d\u52a1\u5668\u9519\u8bef",
      "\u7cfb\u7edf\u9519\u8bef",
      "\u7cfb\u7edf\u7e41\u5fd9",
      "\u7cfb\u7edf\u5f02\u5e38",
    ],
  },
  timeout: { text: [...TIMEOUT_WORDS_2026_9, NETWORK_ERRNO] },
  billingWords: {
    text: [
      STATED_402,
      /^402\s+payment/,
      /\b(?:got|returned|received)\s+(?:a\s+)?402\b(?!\s+records\b)/,
      "payment required",
      "insufficient credits",
      /used\s+all\s+available\s+credits/,
      /spend(?:ing)?\s+limit/,
      /insufficient[_ ]quota/,
      /\b(?:go|free)usagelimiterror\b/,
      "available balance",
      "out of budget",
      "credit balance",
      "plans & billing",
      /insufficient[_ ]balance/,
      /\binsufficient\s+\w+\s+balance\b/,
      "insufficient usd or diem balance",
      /requires?\s+more\s+credits/,
      "out of extra usage",
      "draw from your extra usage",
      "extra usage is required",
      "\u4f59\u989d\u4e0d\u8db3",
      "\u6b20\u8d39",
      /"code"\s*:\s*"invalidsubscription"/,
      /\bdoes not have a valid coding\s*plan subscription\b/,
      /"code"\s*:\s*1311\b/,
      /\bcurrent\s+subscription\s+plan\b.*\b(?:does\s+not|doesn't|not)\b.*\binclude\s+access\b/,
      /\bmodel\b.*\bnot\s+available\b.*\bcurrent\s+plan\b/,
    ],
  },
  billingHead: {
    text: [/^(?:error[:\s-]+)?billing(?:\s+error)?(?:[:\s-]+|$)|^(?:error[:\s-]+)?(?:credit balance|insufficient credits?|payment required|http\s*402\b)/],
  },
  billing: {
    all: [
      { not: { headings: 2 } },
      { any: [{ ref: "billingWords" }, { all: [{ ref: "billingHead" }, { text: ["upgrade", "credits", "payment", "purchase", "subscription", "plan"] }] }] },
    ],
  },
  authPermanent: {
    text: [
      /api[_ ]?key[_ ]?(?:revoked|deactivated|deleted)/,
      /deactivated[_ ]workspace/,
      "key has been disabled",
      "key has been revoked",
      "account has been deactivated",
      "not allowed for this organization",
    ],
  },
  auth: {
    text: [
      /invalid[_ ]?api[_ ]?key(?![a-z0-9])|api[_ ]?key[_ ]?(?:is[_ ]?)?(?:invalid(?![a-z0-9])|not[_ ]?valid(?![a-z0-9]))/,
      /could not (?:authenticate|validate).*(?:api[_ ]?key|credentials)/,
      "permission_error",
      "incorrect api key",
      "invalid token",
      "authentication",
      "re-authenticate",
      "oauth token refresh failed",
      "unauthorized",
      "forbidden",
      "access denied",
      "insufficient permission",
      /missing scopes?:/,
      "expired",
      /\b40[13]\b/,
      "no credentials found",
      "no api key found",
      /\bfailed to (?:extract|parse|validate|decode)\b.*\btoken\b/,
      /"code"\s*:\s*1113\b/,
      "\u65e0\u6743\u8bbf\u95ee",
      "\u8ba4\u8bc1\u5931\u8d25",
      "\u9274\u6743\u5931\u8d25",
      "\u5bc6\u94a5\u65e0\u6548",
      "apikey \u65e0\u6548",
      /(?:\u5f53\u524d\s*ak|ce-011).*?(?:\u8fdd\u89c4\u8bf7\u6c42|\u7981\u6b62\u8bbf\u95ee)|(?:\u8fdd\u89c4\u8bf7\u6c42|\u7981\u6b62\u8bbf\u95ee).*?(?:\u5f53\u524d\s*ak|ce-011)/,
      /\bce-011\b/,
    ],
  },
  format: {
    text: [
      "string should match pattern",
      "tool_use.id",
      "tool_use_id",
      "invalid request format",
      /tool call id was.*must be/,
      "does not support assistant message prefill",
      "conversation must end with a user message",
      /agent harness .* does not support .*provider is not one of/,
    ],
  },
  periodicLimit: { text: [/\b(?:daily|weekly|monthly)(?:\/(?:daily|weekly|monthly))* (?:usage )?limits?(?: (?:exhausted|reached|exceeded))?\b/] },
  sessionExpired: {
    text: [
      /\b(?:session (?:not found|does not exist|expired|invalid)|conversation (?:not found|does not exist|expired|invalid)|no conversation found|no such session|invalid session|(?:session|conversation) id not found)\b/,
    ],
  },
  modelMissing: {
    any: [
      {
        text: [
          ...MODEL_MISSING_WORDS,
          /\brouter not found\b/,
          /\bmodel\b.{0,60}?\bnot found\b/,
          /\bnot supported model\b/,
          /\bmodel\b[^.]{0,120}?\bis not supported when using\b[^.]{0,80}?\bwith a chatgpt account\b/,
        ],
      },
      { all: [{ text: ["selected model"] }, { text: [/not(?:[_\-\s])?found/] }] },
      ...MODEL_MISSING_PAIRS,
    ],
  },
  overflowCandidate: { all: [{ not: { ref: "rateLimit" } }, { text: [SIZE_SUBJECT] }, { text: [SIZE_EXCEEDED] }] },
  contextOverflow: {
    all: [
      // A TPM rate limit mentions tokens but is not an overflow, unless the request alone is over the limit.
      { not: { all: [{ text: [/\btpm\b|tokens per minute/] }, { not: { requestOverTokenLimit: true } }] } },
      { not: REASONING_REQUIRED },
      {
        any: [
          { text: OVERFLOW_WORDS_2026_9.explicit },
          {
            all: [
              { ref: "overflowCandidate" },
              {
                text: [
                  ...PROVIDER_OVERFLOW_WORDS,
                  /\b(?:(?:request|prompt) \(\d[\d,]*\s*tokens?\) exceeds (?:the )?available context size|context size has been exceeded)\b/,
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  replayInvalid: {
    any: [
      {
        text: [
          /\bprevious_response_id\b.*\b(?:invalid|unknown|not found|does not exist|expired|mismatch)\b|\btool_(?:use|call)\.(?:input|arguments)\b.*\b(?:missing|required)\b|\bincorrect role information\b|\broles must alternate\b|\binput item id does not belong to this connection\b/,
        ],
      },
      { all: [{ text: [/\bthinking\b/] }, { text: [/\b(?:invalid|expired)\b.*\bsignature\b|\bsignature\b.*\b(?:invalid|expired)\b/] }] },
    ],
  },
  stated402: {
    text: [
      STATED_402,
      /\b(?:got|returned|received)\s+(?:a\s+)?402\b/,
      /^402\s+(?:payment required\b|.*used up your points\b|no available asset for api access\b)/,
    ],
  },
  // A bare leading 402 counts only when its words say pay or wait.
  bare402: {
    all: [
      { text: [/^402\b/] },
      { after402Wrapper: { all: [{ not: { exact: [""] } }, { any: [QUOTA_REFRESH_402, PAY_402, { ref: "rateLimit" }, WAIT_402] }] } },
    ],
  },
  structuredServerError: {
    any: [
      { apiType: ["server_error", "upstream_error"] },
      { text: ['"type":"server_error"', '"code":"server_error"', '"type":"upstream_error"', '"code":"upstream_error"'] },
    ],
  },
  jsonApiErrorTransient: {
    all: [
      { text: ['"type":"api_error"'] },
      { not: { ref: "billing" } },
      { not: { ref: "auth" } },
      { not: { ref: "authPermanent" } },
      { text: [TRANSIENT_API_ERROR_WORDS] },
    ],
  },
  notAuth: { all: [{ not: { ref: "billing" } }, { not: { ref: "authPermanent" } }, { not: { ref: "auth" } }] },
  // "insufficient account balance" on a 429 is ambiguous unless the JSON type says billing.
  ambiguousBalance429: { all: [{ text: [/\binsufficient\s+account\s+balance\b/] }, { not: { onApiType: { ref: "billing" } } }] },
  noBody: { text: [/^(?:error:\s*)?(?:(?:http\s*)?\d{3}(?:\s*:\s*|\s+))?(?:no body(?: response)?|no response body|status code \(no body\))$/] },
};

export const RULES_2026_9: ReleaseRules = {
  version: "2026.9.6",
  stripErrorPrefixForStatus: true,
  statusRange: [100, 599],
  strip402Urls: true,
  reportsContextOverflow: true,
  messageEndsWithStatus: true,
  tests,
  message: [
    { id: "image-too-large", when: IMAGE_TOO_LARGE, then: null },
    {
      id: "image-unsupported",
      when: {
        any: [
          { text: [/\bdoes not support image inputs?\b/, /\bunsupported image input\b/] },
          { all: [{ text: [/\bno endpoints found\b/] }, { text: [/\bsupport image input\b/] }] },
        ],
      },
      then: "format",
    },
    {
      id: "claude-cli-login",
      when: {
        all: [
          { provider: ["claude-cli"] },
          { text: [/\bnot logged in\b\s*\u00b7\s*please run \/login\b|\bfailed to authenticate:\s*oauth session expired and could not be refreshed\b/] },
        ],
      },
      then: "auth",
    },
    { id: "transcript-invalid", when: { text: [/\binvalid session transcript entry\b/] }, then: "format" },
    { id: "session-expired", when: { ref: "sessionExpired" }, then: "session_expired" },
    { id: "model-missing", when: { ref: "modelMissing" }, then: "model_not_found" },
    { id: "workers-ai-quota", when: NAMED_PROVIDER_ERRORS.workersAiQuota, then: "rate_limit" },
    { id: "model-not-ready", when: NAMED_PROVIDER_ERRORS.modelNotReady, then: "overloaded" },
    { id: "model-deactivated", when: NAMED_PROVIDER_ERRORS.modelDeactivated, then: "model_not_found" },
    { id: "context-overflow", when: { ref: "contextOverflow" }, then: "context_overflow" },
    { id: "replay-invalid", when: { ref: "replayInvalid" }, then: "format" },
    { id: "stated-402", when: { any: [{ ref: "stated402" }, { ref: "bare402" }] }, then: weigh402("rateLimit") },
    { id: "billing-not-429", when: { all: [{ not: { leading: [429] } }, { ref: "billing" }] }, then: "billing" },
    { id: "periodic-limit", when: { ref: "periodicLimit" }, then: { cases: [{ when: { ref: "billing" }, then: "billing" }], otherwise: "rate_limit" } },
    { id: "rate-limit", when: { ref: "rateLimit" }, then: "rate_limit" },
    { id: "overloaded", when: { ref: "overloaded" }, then: "overloaded" },
    { id: "finish-reason-error", when: { text: [/\bfinish_reason:\s*error\b/, /\breason:\s*error\b/] }, then: "server_error" },
    { id: "structured-server-error", when: { all: [{ ref: "structuredServerError" }, { ref: "notAuth" }] }, then: "server_error" },
    {
      id: "generic-internal",
      when: {
        all: [
          { text: ["an error occurred while processing your request"] },
          { text: [/help\.openai\.com/, /request[\s_-]*id\s*[:#]?\s*[a-z0-9][a-z0-9_-]{6,}[a-z0-9]/] },
        ],
      },
      then: "timeout",
    },
    { id: "auth-permanent", when: { ref: "authPermanent" }, then: "auth_permanent" },
    { id: "auth", when: { ref: "auth" }, then: "auth" },
    { id: "unknown-stream-error", when: { text: [/^an unknown error occurred\.?$/] }, then: "timeout" },
    { id: "server-error", when: { ref: "serverError" }, then: "timeout" },
    { id: "json-api-error", when: { ref: "jsonApiErrorTransient" }, then: "timeout" },
    { id: "format", when: { ref: "format" }, then: "format" },
    { id: "no-error-details", when: { exact: ["unknown error (no error details in response)"] }, then: "no_error_details" },
    { id: "timeout", when: { ref: "timeout" }, then: "timeout" },
    { id: "assistant-overflow", when: { text: OVERFLOW_WORDS_2026_9.assistant }, then: "context_overflow" },
    { id: "api-type-request", when: { apiType: ["invalid_request_error"] }, then: "format" },
    { id: "api-type-server", when: { apiType: ["server_error", "upstream_error"] }, then: "server_error" },
    { id: "api-type-overloaded", when: { apiType: ["overloaded_error"] }, then: "overloaded" },
  ],
  status: [
    {
      status: [402],
      then: {
        cases: [
          {
            when: { leading: [402] },
            then: { cases: [{ when: { any: [{ ref: "stated402" }, { ref: "bare402" }] }, then: weigh402("rateLimit") }], otherwise: "message" },
          },
        ],
        otherwise: weigh402("rateLimit"),
      },
    },
    {
      status: [429],
      then: {
        cases: [
          { when: { all: [{ messageReason: ["billing"] }, { not: { ref: "ambiguousBalance429" } }] }, then: "billing" },
          {
            when: { all: [{ ref: "billing" }, { any: [{ provider: ["xai", "moonshot", "kimi"] }, { not: { ref: "ambiguousBalance429" } }] }] },
            then: "billing",
          },
        ],
        otherwise: "rate_limit",
      },
    },
    {
      status: [401, 403],
      then: {
        cases: [
          { when: { all: [{ pluginDecided: true }, { messageReason: "any" }] }, then: "message" },
          { when: { ref: "authPermanent" }, then: "auth_permanent" },
          { when: { messageReason: ["billing"] }, then: "billing" },
        ],
        otherwise: "auth",
      },
    },
    { status: [408], then: "timeout" },
    {
      status: [410],
      then: { cases: [{ when: { messageReason: ["session_expired", "billing", "auth_permanent", "auth"] }, then: "message" }], otherwise: "timeout" },
    },
    { status: "any", when: { messageReason: ["context_overflow"] }, then: "message" },
    {
      status: [404],
      then: {
        cases: [{ when: { messageReason: ["session_expired", "billing", "auth_permanent", "auth", "format"] }, then: "message" }],
        otherwise: "model_not_found",
      },
    },
    { status: [529], then: "overloaded" },
    {
      status: [499, [500, 599]],
      then: {
        cases: [
          { when: { messageReason: ["overloaded", "server_error"] }, then: "message" },
          { when: { all: [{ status: [[500, 599]] }, { messageReason: ["format"] }] }, then: "message" },
          { when: { status: [499, 504, 522, 524] }, then: "timeout" },
        ],
        otherwise: "server_error",
      },
    },
    {
      status: [400, 422],
      then: {
        cases: [
          { when: { all: [{ messageReason: "any" }, { not: { messageReason: ["server_error"] } }] }, then: "message" },
          { when: { ref: "noBody" }, then: null },
        ],
        otherwise: "format",
      },
    },
  ],
  providerPlugins: {
    openrouter: {
      classify: [
        { when: { text: [/\b(?:api\s+key\s+budget|key)\s+limit\s*(?:exceeded|reached|hit)\b/] }, then: "billing" },
        { when: { text: ["provider returned error"] }, then: "timeout" },
      ],
    },
    xai: {
      classify: [
        {
          when: {
            text: [
              /\b(?:used all available credits|run out of credits|monthly spending limit|purchase more credits|raise your spending limit|need a grok subscription)\b/,
            ],
          },
          then: "billing",
        },
        { when: { text: [/\b(?:rate limit exceeded|too many requests)\b/] }, then: "rate_limit" },
        { when: { all: [{ not: { status: [401, 403, 429] } }, { text: [/\binternal error during token generation\b/] }] }, then: "server_error" },
      ],
    },
    ollama: {
      overflow: { text: [/\bollama\b.*(?:context length|too many tokens|context window)/, /\btruncating input\b.*\btoo long\b/] },
      classify: [{ when: { exact: ["ollama api stream ended without a final response"] }, then: "server_error" }],
    },
    together: { classify: [{ when: { text: [/\bconcurrency limit\b.*\b(?:breached|reached)\b/] }, then: "rate_limit" }] },
  },
  codes: {
    UNKNOWN_PARAMETER: "format",
    ...Object.fromEntries(
      [
        "RESOURCE_EXHAUSTED",
        "RATE_LIMIT",
        "RATE_LIMITED",
        "RATE_LIMIT_EXCEEDED",
        "TOO_MANY_REQUESTS",
        "THROTTLED",
        "THROTTLING",
        "THROTTLINGEXCEPTION",
        "THROTTLING_EXCEPTION",
      ].map((c) => [c, "rate_limit" as const]),
    ),
    DEACTIVATED_WORKSPACE: "auth_permanent",
    SELECTED_AUTH_PROFILE_UNAVAILABLE: "auth",
    OVERLOADED: "overloaded",
    OVERLOADED_ERROR: "overloaded",
    ...Object.fromEntries(
      [
        "EHOSTDOWN",
        "ENETRESET",
        "ERR_STREAM_PREMATURE_CLOSE",
        "ECONNRESET",
        "ECONNREFUSED",
        "ENOTFOUND",
        "ETIMEDOUT",
        "ESOCKETTIMEDOUT",
        "ECONNABORTED",
        "EPIPE",
        "ENETDOWN",
        "EHOSTUNREACH",
        "ENETUNREACH",
        "EADDRNOTAVAIL",
        "EAI_AGAIN",
        "UND_ERR_CONNECT_TIMEOUT",
        "UND_ERR_DNS_RESOLVE_FAILED",
        "UND_ERR_CONNECT",
        "UND_ERR_SOCKET",
        "UND_ERR_HEADERS_TIMEOUT",
        "UND_ERR_BODY_TIMEOUT",
        "ERR_HTTP2_INVALID_SESSION",
        "EPROTO",
        "ERR_SSL_WRONG_VERSION_NUMBER",
        "ERR_SSL_PROTOCOL_RETURNED_AN_ERROR",
        "ERR_WEBSOCKET_TRANSPORT",
      ].map((c) => [c, "timeout" as const]),
    ),
  },
};
