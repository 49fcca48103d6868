/**
 * @fileoverview The replies the fake provider can give, as data: each kind names the HTTP
 * status and the body a real provider sends in that situation. The bodies are the ones
 * OpenClaw's error classifier sees in the wild (Moonshot's organisation RPM text, Anthropic's
 * `rate_limit_error`, …), because the classification of the text — not only the status — decides
 * what OpenClaw does next. `fake-wire.ts` turns a kind into bytes for each API.
 */

/** The API a request spoke: Anthropic Messages (kimi) or OpenAI chat completions (moonshot). */
export type FakeApi = "anthropic-messages" | "openai-completions";

/** Moonshot's own answer when an organisation exceeds its requests per minute (HTTP 429). */
export const MOONSHOT_RPM_ERROR = {
  message: "Your account org-fake0000000000000000000000 <ak-fake00000000000000> request reached organization max RPM: 3, please try again after 1 seconds",
  type: "rate_limit_reached_error",
} as const;

/** How the reply is delivered. */
export type FakeDelivery =
  /** a normal answer: streamed when the request asked for a stream */
  | "ok"
  /** an HTTP error status with a JSON body */
  | "http-error"
  /** HTTP 200 and an event stream whose first event is an error */
  | "sse-error"
  /** read the request, answer nothing, keep the connection open */
  | "hang";

export interface FakeReplyKind {
  delivery: FakeDelivery;
  /** HTTP status for `http-error` (200 for the others). */
  status: number;
  /**
   * The `error` object of the body. An HTTP error's body is sent as written: `{type: "error", error}`
   * when `anthropicEnvelope` is set, else `{error}` (the OpenAI and Moonshot shape), whatever the API.
   * In an event stream the envelope follows the API, as each SDK only reads its own.
   */
  error?: { message: string; type?: string };
  anthropicEnvelope?: boolean;
  /** What the kind stands for, for `--help`-style listings and the recordings' readers. */
  means: string;
}

/** Every reply kind, by the name scenario scripts use. */
export const FAKE_REPLY_KINDS = {
  ok: { delivery: "ok", status: 200, means: "a normal answer (streamed when asked)" },
  "rate-limit": {
    delivery: "http-error",
    status: 429,
    error: { message: "Too Many Requests" },
    means: "429 with a generic body",
  },
  "rate-limit-anthropic": {
    delivery: "http-error",
    status: 429,
    error: { type: "rate_limit_error", message: "This request would exceed your organization's rate limit. Please try again later." },
    anthropicEnvelope: true,
    means: "429 with Anthropic's rate_limit_error body",
  },
  "rate-limit-moonshot": {
    delivery: "http-error",
    status: 429,
    error: MOONSHOT_RPM_ERROR,
    means: "429 with Moonshot's organization max RPM body",
  },
  "moonshot-rpm-400": {
    delivery: "http-error",
    status: 400,
    error: MOONSHOT_RPM_ERROR,
    means: "400 with Moonshot's organization max RPM body",
  },
  "moonshot-rpm-sse": {
    delivery: "sse-error",
    status: 200,
    error: MOONSHOT_RPM_ERROR,
    means: "200, then an SSE error event with Moonshot's organization max RPM body",
  },
  "server-error": {
    delivery: "http-error",
    status: 500,
    error: { type: "api_error", message: "Internal server error" },
    anthropicEnvelope: true,
    means: "500 Internal server error",
  },
  unavailable: {
    delivery: "http-error",
    status: 503,
    error: { message: "Service Unavailable" },
    means: "503 Service Unavailable",
  },
  billing: {
    delivery: "http-error",
    status: 402,
    error: { type: "insufficient_balance", message: "Insufficient balance: your account has run out of credit. Please recharge." },
    means: "402 insufficient balance",
  },
  unauthorized: {
    delivery: "http-error",
    status: 401,
    error: { type: "invalid_authentication_error", message: "Invalid Authentication" },
    means: "401 invalid key",
  },
  hang: { delivery: "hang", status: 200, means: "no answer: the connection stays open until the client gives up" },
} as const satisfies Record<string, FakeReplyKind>;

export type FakeReplyName = keyof typeof FAKE_REPLY_KINDS;

export function isFakeReplyName(name: string): name is FakeReplyName {
  return Object.hasOwn(FAKE_REPLY_KINDS, name);
}

/** The JSON body of an HTTP error reply. */
export function httpErrorBody(kind: FakeReplyKind): Record<string, unknown> {
  return kind.anthropicEnvelope ? { type: "error", error: kind.error } : { error: kind.error };
}

/** The data of an error event in an event stream of `api`. */
export function streamErrorData(api: FakeApi, kind: FakeReplyKind): Record<string, unknown> {
  return api === "anthropic-messages" ? { type: "error", error: kind.error } : { error: kind.error };
}
