/**
 * @fileoverview The longer word lists of OpenClaw 2026.9's failover rules: what reads as a
 * timeout (transport and stream failures), and the wordings of a context overflow (the
 * explicit ones it fails over on, and those it recognises in an assistant's error).
 */
import type { Pattern } from "./failover-rules.js";

export const TIMEOUT_WORDS_2026_9: readonly Pattern[] = [
  "timeout", "timed out", "deadline exceeded",
  /^(?=[\s\S]*\bgot status:\s*internal\b)(?=[\s\S]*\bcode["']?\s*[:=]\s*500\b)/,
  /^(?=[\s\S]*["']status["']\s*:\s*["']internal["'])(?=[\s\S]*["']code["']\s*:\s*500\b)/,
  "connection error", "network error", "network request failed", "fetch failed", "socket hang up",
  /^stream disconnected before completion(?::[\s\S]*)?$/, /^premature close of server response while trying to fetch\b/,
  /^(?:[\w -]*stream ended (?:before (?:message_?stop|(?:a )?terminal (?:finish reason|response event|event))|without (?:a terminal )?finish[_ ]reason)|responses stream ended with unresolved tool calls)[.!]?$/,
  "\u7f51\u7edc\u9519\u8bef", "\u7f51\u7edc\u5f02\u5e38", "\u670d\u52a1\u6682\u65f6\u4e0d\u53ef\u7528", "\u670d\u52a1\u7e41\u5fd9", "\u8bf7\u6c42\u8d85\u65f6", "\u8fde\u63a5\u8d85\u65f6", "\u8fde\u63a5\u9519\u8bef",
  /without sending (?:any )?chunks?/, /\b(?:finish_)?reason:\s*(?:abort|malformed_response|network_error)\b/, /\boperation was aborted\b/,
  /\bstream (?:was )?(?:closed|aborted)\b/, /^terminated$/, /^stream_read_error$/,
  /\bund_err_(?:socket|connect|headers?|body|req_content_length_mismatch|aborted|closed)\b/, /^request failed$/,
  /\brequest failed after repeated internal retries\b/, /^llm request failed\.$/,
];

const CONFIGURED_CONTEXT_SIZE = /prompt has [\d,]+ tokens?, but the configured context size is [\d,]+ tokens?/;

export const OVERFLOW_WORDS_2026_9: { explicit: readonly Pattern[]; assistant: readonly Pattern[] } = {
  /** Overflows OpenClaw reports as `context_overflow` wherever they appear. */
  explicit: [
    "request_too_large", "context_overflow", CONFIGURED_CONTEXT_SIZE, /invalid_argument[\s\S]*maximum number of tokens/, "request exceeds the maximum size",
    "context length exceeded", "maximum context length", "prompt is too long", "prompt too long", "exceeds model context window", "model token limit",
    /input exceeds[\s\S]*maximum number of tokens/, /^(?=[\s\S]*context window)(?=[\s\S]*ran out of (?:room|space))/, /request size exceeds[\s\S]*context window/,
    "context overflow:", "exceed context limit", /exceeds the model'?s maximum context/, /max_tokens[\s\S]*exceed[\s\S]*context/,
    /input(?: length[\s\S]*exceed[\s\S]*context| \([\d,]+\s*tokens?\) is longer than (?:the )?model'?s context length)/, /413[\s\S]*too large/,
    "context_window_exceeded", /input length [\d,]+\s+tokens? exceeds the model limit/, /\u4e0a\u4e0b\u6587\u8fc7\u957f|\u4e0a\u4e0b\u6587\u8d85\u51fa|\u4e0a\u4e0b\u6587\u957f\u5ea6\u8d85|\u8d85\u51fa\u6700\u5927\u4e0a\u4e0b\u6587|\u8bf7\u538b\u7f29\u4e0a\u4e0b\u6587/,
  ],
  /** Overflow wordings checked last, after every other reason. */
  assistant: [
    "prompt is too long", "request_too_large", /input length and `?max_tokens`? exceed context limit: [\d,]+ \+ [\d,]+ > [\d,]+/,
    "input is too long for requested model", "exceeds the context window", /exceeds (?:the )?(?:model'?s )?maximum context length(?: of [\d,]+ tokens?|\s*\([\d,]+\))/,
    /input token count.*exceeds the maximum/, /maximum prompt length is \d+/, "reduce the length of the messages", /maximum context length is \d+ tokens/,
    /exceeds (?:the )?maximum allowed input length of [\d,]+ tokens?/, /input \(\d+ tokens\) is longer than the model'?s context length \(\d+ tokens\)/,
    /exceeds the limit of \d+/, /exceeds the available context size|context size has been exceeded/, "greater than the context length",
    "context window exceeds limit", "exceeded model token limit", /tokens? in request more than max tokens? allowed/, /prompt exceeds max(?:imum)? length/,
    /too large for model with \d+ maximum context length/, CONFIGURED_CONTEXT_SIZE, "model_context_window_exceeded",
    /prompt too long; exceeded (?:max )?context length/, /context[_ ]length[_ ]exceeded/, "too many tokens", "token limit exceeded", /^413\s*(?:status code)?\s*\(no body\)/,
  ],
};
