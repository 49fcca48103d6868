/**
 * @fileoverview The one redaction function every output passes through. It
 * knows the secret values of the config (and of any credential store read) and
 * replaces them, in plain and in JSON-escaped form, before anything is printed
 * or written.
 */

export const REDACTED = "‹redacted›";
/** Shorter values are too likely to occur by accident ("1", "true") to be masked everywhere. */
const MIN_SECRET_LENGTH = 6;
const PURE_ENV_REFERENCE = /^\$\{[A-Z_][A-Z0-9_]*\}$/;

export class Redactor {
  private readonly secrets = new Set<string>();

  add(value: unknown): void {
    if (typeof value !== "string") return;
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH || PURE_ENV_REFERENCE.test(trimmed)) return;
    this.secrets.add(value);
    this.secrets.add(trimmed);
    const escaped = JSON.stringify(trimmed).slice(1, -1);
    if (escaped !== trimmed) this.secrets.add(escaped);
  }

  get size(): number {
    return this.secrets.size;
  }

  /** Replaces every known secret in `text`; the longest first, so one secret inside another is still masked whole. */
  redact(text: string): string {
    if (this.secrets.size === 0) return text;
    let out = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }
}
