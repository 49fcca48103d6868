/**
 * @fileoverview agentcfg's diagnostics and fixes in the Language Server
 * Protocol's terms: 0-based lines and UTF-16 characters (agentcfg's columns
 * are 1-based UTF-16 already), severities by number, the code linking to its
 * line in docs/diagnostics.md, and the fix carried in `data` so a quick fix
 * needs no state on the server.
 */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic as LspDiagnostic, Range as LspRange, TextEdit as LspTextEdit } from "vscode-languageserver";
import type { Fix, Severity, SourceRange } from "../diagnostics/types.js";
import type { WordedDiagnostic } from "../diagnostics/word.js";

const SEVERITY: Record<Severity, 1 | 2 | 3> = { error: 1, warning: 2, info: 3 };

export function toLspRange(range: SourceRange): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** What a published diagnostic carries for its quick fix. */
export interface FixData {
  title: string;
  edits: LspTextEdit[];
}

function fixData(fix: Fix): FixData {
  return { title: fix.description, edits: fix.edits.map((e) => ({ range: toLspRange(e.range), newText: e.newText })) };
}

/** docs/diagnostics.md anchors a code `schema/unknown-key` as `schema-unknown-key`. */
export function docsAnchor(code: string): string {
  return code.replace("/", "-");
}

export function toLspDiagnostic(d: WordedDiagnostic, docsUrl: string | undefined): LspDiagnostic {
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  const out: LspDiagnostic = { range: toLspRange(d.range), severity: SEVERITY[d.severity], code: d.code, source: "agentcfg", message };
  if (docsUrl) out.codeDescription = { href: `${docsUrl}#${docsAnchor(d.code)}` };
  if (d.fix) out.data = fixData(d.fix);
  if (d.related && d.related.length > 0) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: fileUri(resolve(r.file)), range: toLspRange(r.range) }, message: r.message }));
  }
  return out;
}

/** Reads the fix back from a diagnostic the client returns in a code-action request. */
export function fixOf(data: unknown): FixData | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const { title, edits } = data as { title?: unknown; edits?: unknown };
  if (typeof title !== "string" || !Array.isArray(edits)) return undefined;
  return { title, edits: edits as LspTextEdit[] };
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The absolute path of a `file:` URI; undefined for any other scheme (an untitled buffer, say). */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
