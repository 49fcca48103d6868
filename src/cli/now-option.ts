/**
 * @fileoverview `--now`, the simulated instant of compile, explain and inspect: one
 * parser and one wording. Only a full ISO 8601 date-time with a time zone is taken: a
 * bare date or a local time would silently shift by the machine's time zone, and
 * `Date.parse` alone accepts words like "Tuesday 1 2026" that nobody means.
 */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant as epoch ms; undefined when the option was not given; "invalid" when it is not an instant. */
export function parseNowOption(text: string | undefined): number | undefined | "invalid" {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!ISO_INSTANT.test(trimmed)) return "invalid";
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? "invalid" : ms;
}

/** What every command says about a `--now` it refused (the caller adds its prefix and exits 2). */
export function nowOptionProblem(text: string): string {
  return `--now expects an ISO date-time with a time zone, e.g. 2026-04-13T14:01:00Z; got "${text}".`;
}
