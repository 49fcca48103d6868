/**
 * @fileoverview A real LSP client for the tests: starts `agentcfg lsp` (the
 * built CLI) as a child process and talks to it over stdio with
 * vscode-languageserver-protocol, the library VS Code's own client uses.
 * Published diagnostics are queued per file so a test can wait for the next.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { CLI } from "../run-cli.js";

export interface LspSession {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** The next diagnostics published for `path` (or the ones already waiting). */
  nextDiagnostics(path: string, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Skips published lists until one satisfies `accept` (an earlier open may have published first). */
  diagnosticsWhere(path: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Ends the session politely: shutdown, exit, and waits for the process. */
  close(): Promise<number | null>;
  stderr(): string;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export async function startLsp(initializationOptions: unknown = {}): Promise<LspSession> {
  const child = spawn(process.execPath, [CLI, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const queues = new Map<string, PublishDiagnosticsParams[]>();
  const waiters = new Map<string, (p: PublishDiagnosticsParams) => void>();
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    const waiter = waiters.get(params.uri);
    if (waiter) {
      waiters.delete(params.uri);
      waiter(params);
    } else queues.set(params.uri, [...(queues.get(params.uri) ?? []), params]);
  });
  connection.listen();
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
  await connection.sendNotification("initialized", {});
  const nextDiagnostics = (path: string, timeoutMs = 20_000): Promise<Diagnostic[]> => {
    const uri = uriOf(path);
    const queued = queues.get(uri);
    if (queued && queued.length > 0) return Promise.resolve(queued.shift()!.diagnostics);
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no diagnostics for ${path} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
      waiters.set(uri, (params) => {
        clearTimeout(timer);
        done(params.diagnostics);
      });
    });
  };
  return {
    connection,
    child,
    stderr: () => stderr,
    nextDiagnostics,
    async diagnosticsWhere(path, accept, timeoutMs = 20_000) {
      for (;;) {
        const diagnostics = await nextDiagnostics(path, timeoutMs);
        if (accept(diagnostics)) return diagnostics;
      }
    },
    async close() {
      const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
