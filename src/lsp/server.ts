/**
 * @fileoverview `agentcfg lsp`: the Language Server Protocol over stdio. The
 * same diagnostics as `check` (codes, severities, messages, positions; secrets
 * masked) on open and, debounced, on change; quick fixes from each
 * diagnostic's fix; completion and hover from the editor schema. Which files:
 * `openclaw.json`, any `*.json5` but agentcfg's own settings file, and every
 * file such a config `$include`s.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createConnection, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type Connection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { SETTINGS_FILE_NAMES, type RuleSettings } from "../rules/settings.js";
import type { JsonSchema } from "../schema/json-schema-node.js";
import { DEFAULT_TARGET, isTargetId, type TargetId } from "../schema/targets/ids.js";
import { completionsAt, hoverAt } from "./completion.js";
import { fileUri, fixOf, toLspDiagnostic, uriPath } from "./convert.js";
import { FrameGuard } from "./framing.js";
import { LM } from "./messages.js";
import { ConfigWorkspace } from "./workspace.js";

export interface LanguageServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** How long after the last keystroke a changed file is checked again. */
  debounceMs?: number;
  /** Buffers longer than this (characters, about bytes for a config) are not checked live, nor completed: the editor stays responsive. Default 2 MB. */
  maxLiveBytes?: number;
  /** Where the server's log lines go (a dropped frame, a file too large); default stderr, which editors show as the server's log. */
  log?: (line: string) => void;
  /** Called at the start of each check run (tests and benchmarks count them). */
  onCheck?: (entry: string) => void;
}

/** Above this size a buffer is neither checked as you type nor completed (a check costs about a second per MB). */
export const DEFAULT_MAX_LIVE_BYTES = 2 * 1024 * 1024;

/** A target's editor schema as `agentcfg schema --target` writes it, shipped in the package beside dist/. */
function loadEditorSchema(target: TargetId): JsonSchema {
  return JSON.parse(readFileSync(new URL(`../../schemas/openclaw-${target}.schema.json`, import.meta.url), "utf8")) as JsonSchema;
}

const DOCS_URL = new URL("../../docs/diagnostics.md", import.meta.url).href;

/** A file the server checks on its own: a config, not agentcfg's settings file. */
export function isConfigFile(path: string): boolean {
  const name = basename(path);
  if (SETTINGS_FILE_NAMES.includes(name)) return false;
  return name === "openclaw.json" || name.endsWith(".json5");
}

/** The settings the server reads (the editor extension contributes these, a test holds the two together). */
export const SERVER_SETTINGS = ["rules", "target", "debounceMs"] as const;

/** Reads `{ rules, target }` from initializationOptions or a configuration change (`agentcfg` section or top level). */
function settingsFrom(value: unknown): { rules?: RuleSettings; target?: TargetId; debounceMs?: number } {
  if (value === null || typeof value !== "object") return {};
  const section = (value as Record<string, unknown>)["agentcfg"] ?? value;
  if (section === null || typeof section !== "object") return {};
  const { rules, target, debounceMs } = section as Record<string, unknown>;
  return {
    ...(rules !== null && typeof rules === "object" ? { rules: rules as RuleSettings } : {}),
    ...(isTargetId(target) ? { target } : {}),
    ...(typeof debounceMs === "number" && debounceMs >= 0 ? { debounceMs } : {}),
  };
}

export function startLanguageServer(options: LanguageServerOptions): Connection {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  // Only well-formed frames reach the JSON-RPC reader: one malformed header must not wedge the server (framing.ts).
  const input = options.input.pipe(new FrameGuard(log));
  const connection = createConnection(input, options.output);
  const documents = new TextDocuments(TextDocument);
  const workspace = new ConfigWorkspace();
  let debounceMs = options.debounceMs ?? 150;
  const maxLiveBytes = options.maxLiveBytes ?? DEFAULT_MAX_LIVE_BYTES;
  const timers = new Map<string, NodeJS.Timeout>();
  /** Entry → the number of its latest scheduled run: a run whose number is not the latest is stale and skipped. */
  const generations = new Map<string, number>();
  const tooLarge = new Set<string>();
  const schemas = new Map<TargetId, JsonSchema>();
  const editorSchema = (path: string | undefined) => {
    const target = (path && workspace.targetOf(path)) || DEFAULT_TARGET;
    let schema = schemas.get(target);
    if (!schema) schemas.set(target, (schema = loadEditorSchema(target)));
    return schema;
  };
  const oversized = (text: string | undefined) => text !== undefined && text.length > maxLiveBytes;

  const publish = (entry: string) => {
    if (oversized(workspace.textOf(entry))) {
      // Bounded work: a check of a file this big would hold every other request for seconds; say so once and clear stale results.
      if (!tooLarge.has(entry)) {
        tooLarge.add(entry);
        const text = LM.tooLargeForLiveCheck(entry, workspace.textOf(entry)!.length, maxLiveBytes);
        log(LM.logLine(text));
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
      }
      void connection.sendDiagnostics({ uri: fileUri(entry), diagnostics: [] });
      return;
    }
    tooLarge.delete(entry);
    options.onCheck?.(entry);
    const report = workspace.checkEntry(entry);
    for (const [file, diagnostics] of report.byFile) {
      void connection.sendDiagnostics({ uri: fileUri(file), diagnostics: diagnostics.map((d) => toLspDiagnostic(d, DOCS_URL)) });
    }
  };
  /**
   * Runs `entry`'s check after `delay`, then once more after the requests
   * already waiting (setImmediate runs after the JSON-RPC queue's next
   * message), so a hover sent after a change is answered before the check
   * that change started; a newer edit meanwhile makes this run stale.
   */
  const schedule = (entries: string[], delay: number) => {
    for (const entry of entries) {
      clearTimeout(timers.get(entry));
      const generation = (generations.get(entry) ?? 0) + 1;
      generations.set(entry, generation);
      const run = () => {
        timers.delete(entry);
        setImmediate(() => {
          if (generations.get(entry) === generation) publish(entry);
        });
      };
      timers.set(entry, setTimeout(run, delay));
    }
  };
  const tracked = (path: string) => isConfigFile(path) || workspace.affectedEntries(path).some((e) => e !== path);

  connection.onInitialize((params) => {
    const settings = settingsFrom(params.initializationOptions);
    workspace.configure(settings);
    debounceMs = settings.debounceMs ?? debounceMs;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', "'"] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
      },
      serverInfo: { name: "agentcfg" },
    };
  });
  connection.onDidChangeConfiguration((change) => {
    workspace.configure(settingsFrom(change.settings));
    schedule(workspace.entries(), 0);
  });

  documents.onDidChangeContent(({ document }) => {
    const path = uriPath(document.uri);
    if (!path) return;
    // The first text of a buffer is checked at once (first diagnostics on open); edits wait for a pause in typing.
    const opening = workspace.textOf(path) === undefined;
    const entries = workspace.update(path, document.getText());
    if (tracked(path)) schedule(entries, opening ? 0 : debounceMs);
  });
  documents.onDidClose(({ document }) => {
    const path = uriPath(document.uri);
    if (!path) return;
    const entries = workspace.close(path);
    schedule([...entries, path], 0);
  });

  connection.onCodeAction((params) =>
    params.context.diagnostics.flatMap((diagnostic) => {
      const fix = diagnostic.source === "agentcfg" ? fixOf(diagnostic.data) : undefined;
      if (!fix) return [];
      return [
        { title: fix.title, kind: "quickfix", diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [params.textDocument.uri]: fix.edits } } },
      ];
    }),
  );
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || oversized(document.getText())) return [];
    const json = document.uri.endsWith(".json");
    return completionsAt(document.getText(), document.offsetAt(params.position), editorSchema(uriPath(document.uri)), document, json);
  });
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || oversized(document.getText())) return null;
    return hoverAt(document.getText(), document.offsetAt(params.position), editorSchema(uriPath(document.uri)), document) ?? null;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
