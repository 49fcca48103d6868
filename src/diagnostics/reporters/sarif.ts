/**
 * @fileoverview The SARIF 2.1.0 reporter, for GitHub code scanning and other
 * SARIF viewers: one run, one tool component with a rule per diagnostic code
 * reported (its documentation from the catalogue), one result per diagnostic
 * with its physical location, and the diagnostic's fix where it has one.
 */
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { catalogue, isDiagnosticCode } from "../catalogue.js";
import type { Severity, SourceRange } from "../types.js";
import { wordDiagnostic, type WordedDiagnostic } from "../word.js";
import { redactorOf } from "./redact.js";
import type { Reporter } from "./types.js";

export const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/**
 * Where the diagnostic codes are documented: docs/diagnostics.md of the very
 * version that produced the report (the npm package ships it), so a rule's
 * help never describes another version's behaviour.
 */
export function diagnosticsDocUrl(version: string): string {
  return `https://unpkg.com/agentcfg@${encodeURIComponent(version)}/docs/diagnostics.md`;
}

/** The anchor docs/diagnostics.md gives a code: `schema/unknown-key` → `schema-unknown-key`. */
export function diagnosticAnchor(code: string): string {
  return code.replace("/", "-");
}

const LEVEL_FOR: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

/** Our ranges are 1-based lines and UTF-16 columns with an exclusive end: exactly SARIF's region (columnKind utf16CodeUnits). */
function region(range: SourceRange): SarifRegion {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    charOffset: range.start.offset,
    charLength: Math.max(0, range.end.offset - range.start.offset),
  };
}

/**
 * A file name as a URI reference: relative names stay relative (SARIF viewers
 * resolve them against the repository), absolute ones become file: URIs.
 */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

function ruleFor(code: string, docUrl: string) {
  const doc = isDiagnosticCode(code) ? catalogue[code].doc : "A diagnostic of agentcfg.";
  const severity = isDiagnosticCode(code) ? catalogue[code].severity : "warning";
  const helpUri = `${docUrl}#${diagnosticAnchor(code)}`;
  return {
    id: code,
    name: code,
    shortDescription: { text: doc },
    fullDescription: { text: doc },
    helpUri,
    help: {
      text: `${doc}\nEvery agentcfg diagnostic code is described in docs/diagnostics.md: ${helpUri}`,
      markdown: `${doc}\n\nSee [\`${code}\` in docs/diagnostics.md](${helpUri}).`,
    },
    defaultConfiguration: { level: LEVEL_FOR[severity] },
  };
}

function fixFor(d: WordedDiagnostic) {
  if (!d.fix || d.fix.edits.length === 0) return undefined;
  return [
    {
      description: { text: d.fix.description },
      artifactChanges: [
        {
          artifactLocation: { uri: artifactUri(d.file) },
          replacements: d.fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
        },
      ],
    },
  ];
}

function resultFor(d: WordedDiagnostic, ruleIndex: number) {
  const message = d.hint ? `${d.message} ${d.hint}` : d.message;
  const related = (d.related ?? []).map((r, i) => ({
    id: i + 1,
    physicalLocation: { artifactLocation: { uri: artifactUri(r.file) }, region: region(r.range) },
    message: { text: r.message },
  }));
  const fixes = fixFor(d);
  return {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL_FOR[d.severity],
    message: { text: message },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(d.file) }, region: region(d.range) } }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(fixes ? { fixes } : {}),
  };
}

export const sarifReporter: Reporter = (reports, options) => {
  const redactor = redactorOf(options);
  const diagnostics = reports.flatMap((r) => r.diagnostics.map((d) => wordDiagnostic(d, redactor)));
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  const docUrl = diagnosticsDocUrl(options.version);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "agentcfg",
            version: options.version,
            semanticVersion: options.version,
            informationUri: `https://www.npmjs.com/package/agentcfg/v/${encodeURIComponent(options.version)}`,
            rules: codes.map((code) => ruleFor(code, docUrl)),
          },
        },
        columnKind: "utf16CodeUnits",
        // Each config file with the OpenClaw release it was judged by (its target) as a property.
        ...(reports.some((r) => r.target)
          ? { artifacts: reports.filter((r) => r.target).map((r) => ({ location: { uri: artifactUri(r.file) }, properties: { openclawTarget: r.target } })) }
          : {}),
        results: diagnostics.map((d) => resultFor(d, ruleIndex.get(d.code)!)),
      },
    ],
  };
  return redactor.redact(`${JSON.stringify(log, null, 2)}\n`);
};
