/**
 * @fileoverview The one place a diagnostic is put into words: its catalogue
 * entry's message and hint, written from its data at output. Every string of
 * the data goes through the redactor first, so a secret the data holds never
 * reaches a message, let alone a layout or an escaping step (GitHub
 * percent-encodes `%`, JSON escapes quotes, either of which would hide a
 * secret from a later pass). The texts that are not the catalogue's (a fix,
 * related notes) are masked here too. The diagnostic itself is never changed.
 */
import { Redactor } from "../secrets/redact.js";
import { catalogue, type DataOf, type DiagnosticCode } from "./catalogue.js";
import type { CodeSpec, HintPlace } from "./define.js";
import { shellWord } from "./shell-word.js";
import type { Diagnostic, Fix, JsonPath, RelatedLocation, Severity, SourceRange } from "./types.js";

/** A diagnostic as it is printed: its words instead of its data, every text masked. */
export interface WordedDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  path: JsonPath;
  range: SourceRange;
  hint?: string;
  fix?: Fix;
  related?: RelatedLocation[];
}

export interface Words {
  message: string;
  hint?: string;
}

export interface WordOptions {
  /**
   * Whether a fix's new text is masked too (the default). The language server keeps it: a quick
   * fix writes it into the user's own buffer, where a masked value would be a wrong edit.
   */
  maskEdits?: boolean;
}

/**
 * The catalogue's message and hint for `code`, written from `data` as it is (no masking: see
 * wordDiagnostic). Without a file, a command the hint names says `<file>`.
 */
export function wordsOf<C extends DiagnosticCode>(code: C, data: DataOf<C>, file?: string): Words {
  return words(code, data, { file: file === undefined ? "<file>" : shellWord(file) });
}

function words(code: DiagnosticCode, data: unknown, at: HintPlace): Words {
  // Every entry's functions take its own code's data (createDiagnostic's signature sees to it); the
  // catalogue's type cannot say so for a code known only at run time.
  const spec = catalogue[code] as unknown as CodeSpec<unknown>;
  const hint = spec.hint?.(data, at);
  return { message: spec.message(data), ...(hint ? { hint } : {}) };
}

/** A copy of `value` with every string in it (at any depth) masked; keys are the data's own field names and stay. */
function redactData<T>(value: T, redactor: Redactor, depth = 0): T {
  if (typeof value === "string") return redactor.redact(value) as T;
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactData(item, redactor, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(out, key, { value: redactData(item, redactor, depth + 1), enumerable: true, writable: true, configurable: true });
  return out as T;
}

/**
 * The diagnostic in words, for output: the message and hint from its masked data (and masked
 * once more as whole texts, for a secret only the words put together), the fix and related
 * notes masked. Without a redactor, credentials are still masked by their look.
 */
export function wordDiagnostic(d: Diagnostic, redactor: Redactor = new Redactor(), options: WordOptions = {}): WordedDiagnostic {
  const r = (text: string) => redactor.redact(text);
  const worded = words(d.code, redactData(d.data, redactor), { file: shellWord(d.file) });
  const { fix, related } = d;
  return {
    code: d.code,
    severity: d.severity,
    message: r(worded.message),
    file: d.file,
    path: d.path,
    range: d.range,
    ...(worded.hint !== undefined ? { hint: r(worded.hint) } : {}),
    ...(fix
      ? { fix: { description: r(fix.description), edits: options.maskEdits === false ? fix.edits : fix.edits.map((e) => ({ ...e, newText: r(e.newText) })) } }
      : {}),
    ...(related ? { related: related.map((rel) => ({ ...rel, message: r(rel.message) })) } : {}),
  };
}
