/**
 * @fileoverview Words the failover simulator puts in its sentences: instants in UTC ISO form
 * with a relative part ("in 4 min") measured from the simulated `now`, ordinals, failure
 * reasons in plain language, and credential kinds. Kept in one place so that the data
 * (`why` sentences) and the printers say things the same way.
 */

/** `2026-04-13T14:05:00Z`: ISO 8601 in UTC, milliseconds dropped when they are zero. */
export function formatUtc(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in the largest sensible units: "45 s", "4 min", "2 h 5 min", "3 days". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.max(1, Math.round(abs / 1000))} s`;
  if (abs < HOUR) return `${Math.round(abs / MINUTE)} min`;
  if (abs < DAY) {
    const hours = Math.floor(abs / HOUR);
    const minutes = Math.round((abs - hours * HOUR) / MINUTE);
    return minutes === 0 || minutes === 60 ? `${minutes === 60 ? hours + 1 : hours} h` : `${hours} h ${minutes} min`;
  }
  const days = Math.round(abs / DAY);
  return days === 1 ? "1 day" : `${days} days`;
}

/** "in 4 min" / "4 min ago" / "now", relative to `now`. */
export function formatRelative(epochMs: number, now: number): string {
  const delta = epochMs - now;
  if (Math.abs(delta) < 1000) return "now";
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}

/** "2026-04-13T14:05:00Z (in 4 min)". */
export function formatInstant(epochMs: number, now: number): string {
  return `${formatUtc(epochMs)} (${formatRelative(epochMs, now)})`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** OpenClaw's failure reasons (`FailoverReason`, plus later additions), as a user would say them. */
const REASON_WORDS: Readonly<Record<string, string>> = {
  rate_limit: "a rate limit",
  overloaded: "the provider being overloaded",
  billing: "a billing failure (out of credit or quota)",
  auth: "an authentication error",
  auth_permanent: "a permanent authentication failure (key revoked or account disabled)",
  timeout: "timeouts",
  format: "a request format error",
  model_not_found: "the model not being found",
  session_expired: "an expired session",
  unknown: "an unclassified error",
  empty_response: "empty responses",
  no_error_details: "an error without details",
  unclassified: "an unclassified error",
  server_error: "a server error",
};

/** "after a rate limit"-style phrase for a reason code; unknown codes are quoted as they are. */
export function reasonWords(reason: string | undefined): string {
  if (reason === undefined) return "a failure";
  return REASON_WORDS[reason] ?? `a failure of kind "${reason}"`;
}

const REASON_ERROR_WORDS: Readonly<Record<string, string>> = {
  rate_limit: "rate-limit errors",
  overloaded: "overload errors",
  billing: "billing errors",
  auth: "authentication errors",
  auth_permanent: "authentication errors",
  timeout: "timeouts",
  model_not_found: "model-not-found errors",
};

/** "rate-limit errors" for `rate_limit`: what a user sees while a profile keeps failing that way. */
export function reasonErrorWords(reason: string | undefined): string {
  return (reason !== undefined ? REASON_ERROR_WORDS[reason] : undefined) ?? "errors";
}

const CREDENTIAL_KIND_WORDS: Readonly<Record<string, string>> = {
  oauth: "an OAuth login",
  token: "a token",
  api_key: "an API key",
};

/** "an API key" for `api_key`, and so on. */
export function credentialKindWords(kind: string | undefined): string {
  return (kind !== undefined ? CREDENTIAL_KIND_WORDS[kind] : undefined) ?? "a credential of unknown kind";
}

/** "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
