/**
 * @fileoverview The one redaction function every output passes through. It
 * replaces, before anything is printed or written: the secret values it was
 * told about (from the config's value tree, its source text and any credential
 * store read; in plain and in JSON-escaped form), and anything that looks like
 * a credential by its shape alone (detect.ts). `redact` is for any text;
 * `redactSource` is for a config's own text on its way into a code frame or a
 * diff (it also masks values under secret-named keys of any length, and keeps
 * a map from the old offsets to the new so carets land on what is printed);
 * `redactForeign` is for a text from outside (a provider's error), whose quoted
 * JSON fields are masked by name too; `redactValue` masks a value tree before it
 * is serialized.
 */
import { credentialSpans, quotedFieldSpans, type Span } from "./detect.js";
import { isSecretChild } from "./key-names.js";
import { sourceSecretSpans } from "./source-scan.js";

export const REDACTED = "‹redacted›";
/** Shorter values are too likely to occur by accident ("1", "true") to be masked everywhere. */
const MIN_SECRET_LENGTH = 6;
const PURE_ENV_REFERENCE = /^\$\{[A-Z_][A-Z0-9_]*\}$/;

/** A config text with its secrets replaced, and where each old offset now is. */
export interface RedactedSource {
  text: string;
  /** The offset in `text` of an offset of the original; inside a masked span, its start (or, with `end`, its end). */
  map(offset: number, side?: "start" | "end"): number;
}

interface Replacement extends Span {
  with: string;
}

/** Sorts and merges overlapping or touching spans. */
function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else out.push({ ...span });
  }
  return out;
}

/** The placeholder for one span: ‹redacted›, keeping any line breaks of the secret so line numbers stay true. */
function placeholder(secret: string): string {
  const breaks = secret.match(/\r\n|\r|\n/g);
  return breaks ? REDACTED + breaks.join("") : REDACTED;
}

function apply(text: string, spans: readonly Span[]): { text: string; replacements: Replacement[] } {
  if (spans.length === 0) return { text, replacements: [] };
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let at = 0;
  for (const span of spans) {
    const secret = text.slice(span.from, span.to);
    // Already masked: nothing more to hide.
    if (secret === REDACTED) continue;
    parts.push(text.slice(at, span.from));
    const replacement = placeholder(secret);
    parts.push(replacement);
    replacements.push({ ...span, with: replacement });
    at = span.to;
  }
  parts.push(text.slice(at));
  return { text: parts.join(""), replacements };
}

/** The secrets' first two characters (as one number), each with the lengths of the secrets that start with them. */
function startsOf(secrets: ReadonlySet<string>): Map<number, Set<number>> {
  const starts = new Map<number, Set<number>>();
  for (const secret of secrets) {
    if (secret.length < 2) continue;
    const key = secret.charCodeAt(0) * 65536 + secret.charCodeAt(1);
    let lengths = starts.get(key);
    if (!lengths) starts.set(key, (lengths = new Set()));
    lengths.add(secret.length);
  }
  return starts;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  /** By a secret's first two characters (as one number), the lengths of the secrets that start so. */
  private starts: Map<number, Set<number>> | undefined;

  add(value: unknown): void {
    if (typeof value !== "string") return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH || PURE_ENV_REFERENCE.test(trimmed) || trimmed === REDACTED) return;
    this.starts = undefined;
    this.secrets.add(value);
    this.secrets.add(trimmed);
    const escaped = JSON.stringify(trimmed).slice(1, -1);
    if (escaped !== trimmed) this.secrets.add(escaped);
  }

  get size(): number {
    return this.secrets.size;
  }

  /**
   * Spans of the known secrets in `text`, overlapping ones too (merged by the caller, so one inside
   * another is masked whole). One pass over the text: a secret can start only where its first two
   * characters stand, and there only the lengths of the secrets that start so are tried. (A search
   * of the whole text per secret was quadratic: 100,000 env.vars took minutes to migrate.)
   */
  private knownSpans(text: string): Span[] {
    if (this.secrets.size === 0) return [];
    this.starts ??= startsOf(this.secrets);
    const spans: Span[] = [];
    const starts = this.starts;
    for (let i = 0; i + 1 < text.length; i++) {
      const lengths = starts.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
      if (lengths === undefined) continue;
      for (const length of lengths) if (i + length <= text.length && this.secrets.has(text.slice(i, i + length))) spans.push({ from: i, to: i + length });
    }
    return spans;
  }

  /** Every known secret and every credential-looking token of `text`, replaced by ‹redacted›. */
  redact(text: string): string {
    return apply(text, merge([...this.knownSpans(text), ...credentialSpans(text)])).text;
  }

  /**
   * Where `redactSource` would mask `text` (known secrets, credential-looking tokens, values under
   * secret-named keys), merged and in order: for an edit that must leave every secret alone (`check --fix`).
   */
  sourceSecretSpans(text: string): Span[] {
    return merge([...this.knownSpans(text), ...credentialSpans(text), ...sourceSecretSpans(text)]);
  }

  /**
   * A text from outside agentcfg (a provider's error from a transcript or `--error`), redacted: as
   * `redact`, plus the values of secret-named fields of JSON quoted in it (`"api_key":"…"`).
   */
  redactForeign(text: string): string {
    return apply(text, merge([...this.knownSpans(text), ...credentialSpans(text), ...quotedFieldSpans(text)])).text;
  }

  /**
   * A config's source text, redacted for a code frame or a diff: as `redact`, plus every
   * value written under a secret-named key (in comments too), however short, found by
   * scanning the text itself so that broken input is covered.
   */
  redactSource(text: string): RedactedSource {
    const { text: out, replacements } = apply(text, merge([...this.knownSpans(text), ...credentialSpans(text), ...sourceSecretSpans(text)]));
    return {
      text: out,
      map(offset, side = "start") {
        let delta = 0;
        for (const r of replacements) {
          if (offset <= r.from) break;
          if (offset < r.to) return side === "start" ? r.from + delta : r.from + delta + r.with.length;
          delta += r.with.length - (r.to - r.from);
        }
        return offset + delta;
      },
    };
  }

  /**
   * A copy of a value tree with every string and number under a secret-named key (at any depth,
   * known key or not, mistyped or not; in arrays under one too) replaced by ‹redacted›, and every other string
   * redacted as text. A SecretRef under a secret key keeps its `source` and `provider`.
   */
  redactValue<T>(value: T): T {
    return this.walk(value, false, 0) as T;
  }

  private walk(value: unknown, secret: boolean, depth: number): unknown {
    if (typeof value === "string") return secret && !PURE_ENV_REFERENCE.test(value.trim()) && value.length > 0 ? REDACTED : this.redact(value);
    // A number under a secret key (`password: 31415926535`) is a secret written without quotes.
    if (typeof value === "number" || typeof value === "bigint") return secret ? REDACTED : value;
    if (value === null || typeof value !== "object" || depth > 64) return value;
    if (Array.isArray(value)) return value.map((item) => this.walk(item, secret, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const itemSecret = isSecretChild(key, secret, {
        container: item !== null && typeof item === "object",
        text: typeof item === "string" ? item : undefined,
      });
      Object.defineProperty(out, this.redact(key), { value: this.walk(item, itemSecret, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}
