/**
 * @fileoverview Writes one reply of the fake provider onto an HTTP response, in the dialect of
 * the API the request spoke: Anthropic Messages (JSON or `event:`/`data:` SSE with
 * message_start … message_stop) or OpenAI chat completions (JSON or `data:` chunks ending in
 * `[DONE]`). Only the fields the two SDKs need to accept an answer are sent.
 */
import type { ServerResponse } from "node:http";
import { type FakeApi, type FakeReplyKind, httpErrorBody, streamErrorData } from "./fake-replies.js";

export interface WireRequest {
  api: FakeApi;
  model: string;
  stream: boolean;
  /** The answer's text (names the key and model, so a recording shows who answered). */
  text: string;
  /** A number unique within the fake's run, for message ids. */
  seq: number;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function startStream(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
}

function anthropicEvent(res: ServerResponse, type: string, data: Record<string, unknown>): void {
  res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
}

const USAGE = { input_tokens: 12, output_tokens: 6 };

function anthropicOk(res: ServerResponse, req: WireRequest): void {
  const id = `msg_fake_${req.seq}`;
  if (!req.stream) {
    sendJson(res, 200, {
      id,
      type: "message",
      role: "assistant",
      model: req.model,
      content: [{ type: "text", text: req.text }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: USAGE,
    });
    return;
  }
  startStream(res);
  const message = {
    id,
    type: "message",
    role: "assistant",
    model: req.model,
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: { ...USAGE, output_tokens: 1 },
  };
  anthropicEvent(res, "message_start", { message });
  anthropicEvent(res, "content_block_start", { index: 0, content_block: { type: "text", text: "" } });
  anthropicEvent(res, "content_block_delta", { index: 0, delta: { type: "text_delta", text: req.text } });
  anthropicEvent(res, "content_block_stop", { index: 0 });
  anthropicEvent(res, "message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: USAGE.output_tokens } });
  anthropicEvent(res, "message_stop", {});
  res.end();
}

function openaiOk(res: ServerResponse, req: WireRequest): void {
  const id = `chatcmpl-fake-${req.seq}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = { prompt_tokens: USAGE.input_tokens, completion_tokens: USAGE.output_tokens, total_tokens: USAGE.input_tokens + USAGE.output_tokens };
  if (!req.stream) {
    sendJson(res, 200, {
      id,
      object: "chat.completion",
      created,
      model: req.model,
      choices: [{ index: 0, message: { role: "assistant", content: req.text }, finish_reason: "stop" }],
      usage,
    });
    return;
  }
  startStream(res);
  const chunk = (choice: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: req.model, choices: [{ index: 0, ...choice }], ...extra })}\n\n`;
  res.write(chunk({ delta: { role: "assistant", content: "" }, finish_reason: null }));
  res.write(chunk({ delta: { content: req.text }, finish_reason: null }));
  res.write(chunk({ delta: {}, finish_reason: "stop" }, { usage }));
  res.write("data: [DONE]\n\n");
  res.end();
}

function streamError(res: ServerResponse, api: FakeApi, kind: FakeReplyKind): void {
  startStream(res);
  const data = streamErrorData(api, kind);
  res.write(api === "anthropic-messages" ? `event: error\ndata: ${JSON.stringify(data)}\n\n` : `data: ${JSON.stringify(data)}\n\n`);
  res.end();
}

/** Answers `res` with `kind`. A `hang` writes nothing; the caller keeps the socket until it closes. */
export function writeReply(res: ServerResponse, req: WireRequest, kind: FakeReplyKind): void {
  switch (kind.delivery) {
    case "ok":
      if (req.api === "anthropic-messages") anthropicOk(res, req);
      else openaiOk(res, req);
      return;
    case "http-error":
      sendJson(res, kind.status, httpErrorBody(kind));
      return;
    case "sse-error":
      streamError(res, req.api, kind);
      return;
    case "hang":
      return;
  }
}
