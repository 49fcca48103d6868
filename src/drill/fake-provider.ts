/**
 * @fileoverview A scripted fake LLM provider on loopback, for watching a real OpenClaw go through
 * provider failures without a network or a token: the runtime recorder
 * (`scripts/record-runtime.mjs`) runs OpenClaw against it, and `agentcfg drill` will too.
 *
 * It speaks Anthropic Messages (`POST …/v1/messages`, what kimi uses) and OpenAI chat
 * completions (`POST …/v1/chat/completions`, what moonshot uses), under any path prefix, so a
 * provider's `baseUrl` may end in `/anthropic` or `/v1`. It reads the key from `x-api-key` or
 * `Authorization: Bearer`, asks the script (`fake-script.ts`) what to answer for that key's
 * label and the request's model, answers, and logs one entry per request (see `FakeRequestLog`).
 * It listens on 127.0.0.1 only. Nothing here is loaded by any other command.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FAKE_REPLY_KINDS, type FakeApi, type FakeReplyName } from "./fake-replies.js";
import { type FakeScript, FakeScriptPlayer, labelOfKey } from "./fake-script.js";
import { writeReply } from "./fake-wire.js";

/** One request the fake saw, as written to its log (one JSON line each). */
export interface FakeRequestLog {
  /** 1-based, in arrival order. */
  seq: number;
  /** Milliseconds since the fake started. */
  t: number;
  /** Wall-clock time of arrival (epoch ms), to line requests up with OpenClaw's state times. */
  at: number;
  /** The auth profile label the key encodes (see `labelOfKey`). */
  label: string;
  model: string;
  api: FakeApi | "unknown";
  path: string;
  stream: boolean;
  /** The reply kind given ("not-found" for a path the fake does not serve). */
  reply: FakeReplyName | "not-found";
  status: number;
  /** The request's number among those of its (label, model). */
  n: number;
}

export interface FakeProviderOptions {
  script: FakeScript;
  /** 0 picks a free port. */
  port?: number;
  /** Called once per request, after the reply was chosen. */
  onRequest?: (entry: FakeRequestLog) => void;
  /** Clock, for tests. */
  now?: () => number;
}

export interface FakeProvider {
  port: number;
  /** Every request so far. */
  requests: FakeRequestLog[];
  /** Stops listening and drops open (hanging) connections. */
  close(): Promise<void>;
}

function apiOf(path: string): FakeApi | undefined {
  if (path.endsWith("/v1/messages") || path === "/messages") return "anthropic-messages";
  if (path.endsWith("/chat/completions")) return "openai-completions";
  return undefined;
}

function keyOf(req: IncomingMessage): string | undefined {
  const apiKey = req.headers["x-api-key"];
  if (typeof apiKey === "string") return apiKey;
  const auth = req.headers.authorization;
  return auth?.startsWith("Bearer ") ? auth.slice("Bearer ".length).trim() : undefined;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Starts the fake on 127.0.0.1. */
export async function startFakeProvider(options: FakeProviderOptions): Promise<FakeProvider> {
  const now = options.now ?? Date.now;
  const started = now();
  const player = new FakeScriptPlayer(options.script);
  const requests: FakeRequestLog[] = [];
  const open = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0]!;
    const body = await readJson(req);
    const at = now();
    const api = req.method === "POST" ? apiOf(path) : undefined;
    const label = labelOfKey(keyOf(req));
    const model = typeof body.model === "string" ? body.model : "(none)";
    const stream = body.stream === true;
    const base = { seq: requests.length + 1, t: at - started, at, label, model, api: api ?? ("unknown" as const), path, stream };
    if (!api) {
      const entry: FakeRequestLog = { ...base, reply: "not-found", status: 404, n: 0 };
      requests.push(entry);
      options.onRequest?.(entry);
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `fake provider: no route ${path}` } }));
      return;
    }
    const { reply, n } = player.next(label, model);
    const kind = FAKE_REPLY_KINDS[reply];
    const entry: FakeRequestLog = { ...base, reply, status: kind.status, n };
    requests.push(entry);
    options.onRequest?.(entry);
    writeReply(res, { api, model, stream, text: `fake reply from ${label} on ${model}`, seq: entry.seq }, kind);
  };

  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on("close", () => open.delete(res));
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
