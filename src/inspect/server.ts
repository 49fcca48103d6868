/**
 * @fileoverview The inspector's HTTP server: bound to 127.0.0.1 on a free port by default,
 * it answers only loopback peers that name a loopback host, and serves exactly two things:
 * the page at `/` and the payload at `/api/inspect.json`. Nothing is read from disk by URL,
 * so there is no path to traverse; every other path is a 404. The payload is rebuilt from
 * the files on each request and tagged with an ETag, so the page's polling costs a 304 when
 * nothing changed and picks up an edit to the config or a state file within a second.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isLoopbackAddress, isLoopbackHost } from "./loopback.js";
import { renderPage, pageSecurityHeaders } from "./page.js";
import { buildInspectPayload, type InspectInput } from "./payload.js";

export const PAGE_PATH = "/";
export const PAYLOAD_PATH = "/api/inspect.json";

export interface InspectServerOptions {
  input: Omit<InspectInput, "now">;
  /** The simulated instant for each request (ms epoch). */
  clock: () => number;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The address to bind; 127.0.0.1 unless a test needs to prove the peer check on its own. */
  host?: string;
}

export interface InspectServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>, head: boolean): void {
  res.writeHead(status, { ...BASE_HEADERS, "Content-Length": String(Buffer.byteLength(body)), ...headers });
  res.end(head ? undefined : body);
}

function sendText(res: ServerResponse, status: number, text: string, head: boolean, extra: Record<string, string> = {}): void {
  send(res, status, `${text}\n`, { "Content-Type": "text/plain; charset=utf-8", ...extra }, head);
}

/** The ETag leaves out the clock, so an unchanged config answers 304 between polls. */
function etagOf(json: string, now: number): string {
  const stable = json.replace(`"now":${now},`, "");
  return `"${createHash("sha256").update(stable).digest("base64url").slice(0, 27)}"`;
}

function handle(req: IncomingMessage, res: ServerResponse, options: InspectServerOptions, page: string): void {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    req.socket.destroy();
    return;
  }
  const head = req.method === "HEAD";
  if (!isLoopbackHost(req.headers.host)) {
    sendText(res, 403, "Forbidden: agentcfg inspect answers only requests for 127.0.0.1 or localhost.", head);
    return;
  }
  // The raw path, compared exactly: no decoding, no dot-segment folding, no query strings.
  const path = req.url ?? "";
  if (path !== PAGE_PATH && path !== PAYLOAD_PATH) {
    sendText(res, 404, "Not found: agentcfg inspect serves only / and /api/inspect.json.", head);
    return;
  }
  if (req.method !== "GET" && !head) {
    sendText(res, 405, "Method not allowed: use GET.", head, { Allow: "GET, HEAD" });
    return;
  }
  if (path === PAGE_PATH) {
    send(res, 200, page, { "Content-Type": "text/html; charset=utf-8", ...pageSecurityHeaders("live") }, head);
    return;
  }
  const now = options.clock();
  let json: string;
  try {
    json = buildInspectPayload({ ...options.input, now }).json;
  } catch (error) {
    // A bug, not bad input (bad input is diagnostics): say so without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    sendText(res, 500, `agentcfg inspect: internal error while reading the files: ${message}`, head);
    return;
  }
  const etag = etagOf(json, now);
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { ...BASE_HEADERS, ETag: etag });
    res.end();
    return;
  }
  send(res, 200, json, { "Content-Type": "application/json; charset=utf-8", ETag: etag }, head);
}

/** Starts the server; resolves once it listens. */
export function startInspectServer(options: InspectServerOptions): Promise<InspectServer> {
  const page = renderPage({ mode: "live", endpoint: PAYLOAD_PATH });
  const server: Server = createServer((req, res) => handle(req, res, options, page));
  // Refused before a byte is read: a peer that is not loopback never gets an HTTP answer.
  server.on("connection", (socket) => {
    if (!isLoopbackAddress(socket.remoteAddress)) socket.destroy();
  });
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
      resolve({
        url: `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
