/**
 * @fileoverview The `check` pipeline, end to end: text → document → legacy
 * forms → schema. Each stage adds diagnostics and the next one carries on.
 */
import { createDiagnostic } from "./diagnostics/create.js";
import { SEVERITY_RANK, type Diagnostic } from "./diagnostics/types.js";
import { parseDocument, type ConfigDocument } from "./document/parse.js";
import { readConfigFile } from "./document/read.js";
import { singleDocumentSource, type ConfigSource } from "./document/source.js";
import { findLegacyKeys } from "./migrate/legacy-keys.js";
import { OpenClawConfigSchema } from "./schema/config.js";
import { validateAgainstSchema } from "./schema/validate.js";

export interface CheckOptions {
  /** The file name diagnostics name; defaults to `<input>`. */
  path?: string;
}

export interface CheckResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The parsed document, or undefined when the file could not be read. */
  document: ConfigDocument | undefined;
}

/** Checks config text. Never throws for bad input: every problem is a diagnostic. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const file = options.path ?? "<input>";
  const doc = parseDocument(text, file);
  const result = checkSource(singleDocumentSource(doc), doc.diagnostics);
  return { ...result, document: doc };
}

/** Checks a config source: the stages after parsing. */
export function checkSource(source: ConfigSource, parseDiagnostics: readonly Diagnostic[]): { file: string; diagnostics: Diagnostic[] } {
  const file = source.documents[0]?.file ?? "<input>";
  const diagnostics = [...parseDiagnostics];
  if (source.value !== null && typeof source.value === "object" && !Array.isArray(source.value)) {
    const legacy = findLegacyKeys(source.value);
    for (const found of legacy) {
      diagnostics.push(
        createDiagnostic(
          found.code,
          { key: found.path.join("."), newHome: found.newHome, retiredIn: found.retiredIn },
          { path: found.path, ...source.locate(found.path, "key") },
        ),
      );
    }
    diagnostics.push(...validateAgainstSchema(source, OpenClawConfigSchema, { skip: legacy.map((l) => l.path) }));
  }
  return { file, diagnostics: sortDiagnostics(diagnostics) };
}

/** Reads and checks a file; an unreadable file is one diagnostic. */
export function checkFile(path: string, displayName = path): CheckResult {
  const read = readConfigFile(path, displayName);
  if (!read.ok) return { file: displayName, diagnostics: [read.diagnostic], document: undefined };
  return check(read.text, { path: displayName });
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.range.start.offset - b.range.start.offset ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.code.localeCompare(b.code),
  );
}
