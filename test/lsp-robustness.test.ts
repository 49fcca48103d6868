/**
 * @fileoverview The language server under hostile or heavy input (issue 32).
 * A malformed frame (`Content-Length: -1`, `abc`, `1e12`, a megabyte-long
 * header line, no Content-Length, a body that is not JSON) is dropped with a
 * log line and the server still answers `initialize` after it. Edits are
 * debounced and a run made stale by a newer edit is skipped (runs are
 * counted, not timed); a request sent after a change is answered before the
 * check that change starts; a buffer over the live-check limit is never
 * checked as you type, and a request after it is still answered. The server
 * runs in this process over in-memory streams; one case also drives the
 * built CLI (`npm run build`) to show `agentcfg lsp` itself survives.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { startLanguageServer, type LanguageServerOptions } from "../src/lsp/server.js";
import { CLI } from "./run-cli.js";
import { uriOf } from "./helpers/lsp-client.js";

const dir = mkdtempSync(join(tmpdir(), "agentcfg-lsp-robust-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Session {
  client: ProtocolConnection;
  /** Raw bytes to the server, bypassing the client's framing. */
  raw: (bytes: string | Buffer) => void;
  logs: string[];
  checks: string[];
  /** Every notification and reply, in the order the client saw them. */
  events: string[];
  close: () => void;
}

function startSession(options: Partial<LanguageServerOptions> = {}): Session {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const logs: string[] = [];
  const checks: string[] = [];
  const events: string[] = [];
  const server = startLanguageServer({
    input: toServer,
    output: fromServer,
    log: (line) => logs.push(line),
    onCheck: (entry) => checks.push(entry),
    ...options,
  });
  const client = createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  client.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    events.push(`diagnostics ${params.uri}`, `diagnostics ${params.uri} ${params.diagnostics.length}`);
  });
  client.onNotification("window/showMessage", () => {
    events.push("showMessage");
  });
  client.listen();
  return {
    client,
    raw: (bytes) => toServer.write(bytes),
    logs,
    checks,
    events,
    // The input is left open: its end means "the editor is gone" and makes the server exit the process.
    close: () => {
      client.dispose();
      server.dispose();
    },
  };
}

const initialize = (client: ProtocolConnection) =>
  client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} }) as Promise<{ serverInfo?: { name: string } }>;

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const MALFORMED: Array<[string, string]> = [
  ["Content-Length: -1", "Content-Length: -1\r\n\r\n"],
  ["Content-Length: abc", 'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"initialize","params":{}}'],
  ["Content-Length: 1e12", "Content-Length: 1e12\r\n\r\n{}"],
  ["Content-Length above the limit", "Content-Length: 999999999999\r\n\r\n"],
  ["a 1 MB header line", `X-Padding: ${"a".repeat(1024 * 1024)}\r\n\r\n`],
  ["no Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"],
  ["a header line without a colon", "garbage\r\n\r\n"],
];

describe("malformed frames", () => {
  it.each(MALFORMED)("after %s: a log line, and initialize is still answered", async (_name, bytes) => {
    const session = startSession();
    session.raw(bytes);
    const result = await initialize(session.client);
    expect(result.serverInfo?.name).toBe("agentcfg");
    expect(session.logs.some((line) => line.includes("dropped a malformed message frame"))).toBe(true);
    session.close();
  });

  it("after a well-framed body that is not JSON, initialize is still answered", async () => {
    const session = startSession();
    session.raw(frame("{not json"));
    expect((await initialize(session.client)).serverInfo?.name).toBe("agentcfg");
    session.close();
  });

  it("the built `agentcfg lsp` answers initialize after `Content-Length: -1`", async () => {
    const child = spawn(process.execPath, [CLI, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    client.listen();
    child.stdin.write("Content-Length: -1\r\n\r\n");
    const result = await initialize(client);
    expect(result.serverInfo?.name).toBe("agentcfg");
    expect(stderr).toContain("dropped a malformed message frame: Content-Length is not a whole number of bytes");
    client.dispose();
    child.kill();
  });
});

const CONFIG = '{\n  agents: { defaults: { model: { primary: "kimi/kimi-code" } } },\n}\n';

describe("bounded work", () => {
  it("debounces edits and skips runs a newer edit made stale", async () => {
    const session = startSession({ debounceMs: 200 });
    await initialize(session.client);
    const path = join(dir, "debounce.json5");
    const uri = uriOf(path);
    await session.client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json5", version: 1, text: CONFIG } });
    const edits = 40;
    for (let version = 2; version <= edits + 1; version++) {
      // Only the last edit brings a problem: the check that counts is the one of the newest text.
      const text = version <= edits ? CONFIG.replace("kimi-code", `kimi-code-${version}`) : CONFIG.replace("agents:", "agentz:");
      void session.client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    await session.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 4 } });
    while (!session.events.includes(`diagnostics ${uri} 1`)) await new Promise((done) => setTimeout(done, 20));
    const runs = session.checks.filter((entry) => entry === path).length;
    // One check (the open's is superseded by the burst), rarely a few on a very slow machine: never one per edit.
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThan(edits / 4);
    session.close();
  });

  it("answers a request sent right after a change before that change's check runs", async () => {
    const session = startSession({ debounceMs: 0 });
    await initialize(session.client);
    const path = join(dir, "order.json5");
    const uri = uriOf(path);
    void session.client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json5", version: 1, text: CONFIG } });
    await session.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 4 } });
    session.events.push("hover answered");
    while (!session.events.includes(`diagnostics ${uri}`)) await new Promise((done) => setTimeout(done, 20));
    expect(session.events.indexOf("hover answered")).toBeLessThan(session.events.indexOf(`diagnostics ${uri}`));
    session.close();
  });

  it("never checks a buffer over the live limit, says why once, and still answers requests after it", async () => {
    const session = startSession({ maxLiveBytes: 64 * 1024 });
    await initialize(session.client);
    const path = join(dir, "big.json5");
    const uri = uriOf(path);
    const vars = Array.from({ length: 4000 }, (_, i) => `    VAR_${i}: "value-${i}",`).join("\n");
    const big = `{\n  env: { vars: {\n${vars}\n  } },\n}\n`;
    expect(big.length).toBeGreaterThan(64 * 1024);
    void session.client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json5", version: 1, text: big } });
    void session.client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${big} ` }] });
    const items = await session.client.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(items).toEqual([]);
    while (!session.events.includes(`diagnostics ${uri}`)) await new Promise((done) => setTimeout(done, 20));
    // A small file opened after it is checked as usual.
    const small = join(dir, "small.json5");
    void session.client.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(small), languageId: "json5", version: 1, text: CONFIG } });
    while (!session.events.includes(`diagnostics ${uriOf(small)}`)) await new Promise((done) => setTimeout(done, 20));
    expect(session.checks).toEqual([small]);
    expect(session.events.filter((e) => e === "showMessage")).toHaveLength(1);
    expect(session.logs.filter((line) => line.includes("not checked as you type"))).toHaveLength(1);
    session.close();
  });
});
