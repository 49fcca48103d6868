/**
 * @fileoverview Finds credentials in any text by their look alone, with no
 * knowledge of the config: well-known key shapes, a PEM private key, the
 * credential after `Bearer`, URL userinfo, secret query parameters, and long
 * random tokens. Returns spans; the Redactor replaces them. Every pattern is
 * linear (no nested quantifiers), so a 10 MB line costs one pass each.
 */
import { isSecretKeyName } from "./key-names.js";
import {
  AUTH_SCHEME,
  CREDENTIAL_SHAPES,
  PEM_BEGIN,
  PEM_END,
  QUERY_PARAM,
  QUOTED_JSON_FIELD,
  RANDOM_TOKEN,
  SECRET_QUERY_PARAMS,
  URL_USERINFO,
} from "./rules.js";

/** A [from, to) span of a text. */
export interface Span {
  from: number;
  to: number;
}

/**
 * Every shape in one alternation: one pass over a text instead of one per shape. The
 * boundary before a shape is checked in code (a lookbehind first would cost a check at
 * every position of the text).
 */
const ANY_SHAPE = new RegExp(CREDENTIAL_SHAPES.map((shape) => shape.pattern.source).join("|"), "g");
/** Cheap first test: a text without eight token characters in a row holds no credential. */
const MAYBE = /[-_.:=+/A-Za-z0-9]{8}/;

const secretParams = new Set(SECRET_QUERY_PARAMS);

/** Whether a query parameter's name says its value is a secret (`api_key`, `access_token`, `sig`). */
export function isSecretParam(name: string): boolean {
  return secretParams.has(name.toLowerCase()) || isSecretKeyName(name);
}

/** `[A-Za-z0-9_+=-]`: the characters a token is made of. */
function isTokenChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 43 || code === 61;
}

/** The end of the token that runs on from `at` (a shape matched its start; the rest of it is the credential too). */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
  return end;
}

function classOf(code: number): number {
  if (code >= 48 && code <= 57) return 0;
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return 2;
  return 3;
}

/** Whether one unbroken run of letters and digits looks random (see RANDOM_TOKEN). */
export function looksRandom(run: string): boolean {
  return looksRandomAt(run, 0, run.length);
}

/** looksRandom on `text.slice(from, to)`, without the slice: it runs on every long token of every output. */
function looksRandomAt(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < RANDOM_TOKEN.minRun) return false;
  // First the cheap tests (all three classes, frequent switches), then the entropy.
  let classes = 0;
  let switches = 0;
  let previous = -1;
  for (let i = from; i < to; i++) {
    const cls = classOf(text.charCodeAt(i));
    classes |= 1 << cls;
    if (previous >= 0 && cls !== previous) switches++;
    previous = cls;
  }
  if ((classes & 7) !== 7 || switches / (length - 1) < RANDOM_TOKEN.minSwitchRate) return false;
  const run = text.slice(from, to);
  if (RANDOM_TOKEN.hex.test(run)) return false;
  const counts = new Map<number, number>();
  for (let i = 0; i < run.length; i++) counts.set(run.charCodeAt(i), (counts.get(run.charCodeAt(i)) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / length;
    entropy -= p * Math.log2(p);
  }
  return entropy >= RANDOM_TOKEN.minEntropy;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A candidate token [from, to) qualifies when one of its letter-and-digit runs looks random (and it is no `sha256-…` hash). */
function isRandomToken(text: string, from: number, to: number): boolean {
  const stop = Math.min(to, from + 64 * RANDOM_TOKEN.maxWeighed);
  let start = from;
  for (let i = from; i <= stop; i++) {
    if (i < stop && isAlnum(text.charCodeAt(i))) continue;
    if (i - start >= RANDOM_TOKEN.minRun && looksRandomAt(text, start, Math.min(i, start + RANDOM_TOKEN.maxWeighed))) {
      return !RANDOM_TOKEN.hashPrefix.test(text.slice(Math.max(0, from - 7), from + 8));
    }
    start = i + 1;
  }
  return false;
}

/** Long runs of token characters that look random: a loop, not a regex, so a 10 MB run is one pass. */
function randomTokenSpans(text: string, spans: Span[]): void {
  let i = 0;
  while (i < text.length) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    if (end - i >= RANDOM_TOKEN.minCandidate && isRandomToken(text, i, end)) spans.push({ from: i, to: end });
    i = end;
  }
}

/**
 * PEM private keys: BEGIN to END, or to the end of the text when the END line is missing.
 * The END found for one BEGIN serves every BEGIN before it, and when there is none, every
 * BEGIN after: each search starts past the last, so the text is read once (not once per
 * BEGIN: 30,000 BEGIN lines with no END took 40 s).
 */
function pemSpans(text: string, spans: Span[]): void {
  let searchedFrom = -1;
  let end: RegExpExecArray | null = null;
  for (const begin of text.matchAll(PEM_BEGIN)) {
    const from = begin.index + begin[0].length;
    if (searchedFrom < 0 || (end !== null && end.index < from)) {
      PEM_END.lastIndex = from;
      end = PEM_END.exec(text);
      searchedFrom = from;
    }
    spans.push({ from: begin.index, to: end ? end.index + end[0].length : text.length });
  }
}

/** Every credential found in `text` by its look, unsorted and possibly overlapping. */
export function credentialSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!MAYBE.test(text)) return spans;
  ANY_SHAPE.lastIndex = 0;
  for (let m = ANY_SHAPE.exec(text); m; m = ANY_SHAPE.exec(text)) {
    // Inside a longer token (`desk-…` is no `sk-…`): look again one character on.
    if (m.index > 0 && isTokenChar(text.charCodeAt(m.index - 1)) && text.charCodeAt(m.index - 1) !== 43 && text.charCodeAt(m.index - 1) !== 61) {
      ANY_SHAPE.lastIndex = m.index + 1;
      continue;
    }
    const to = tokenEnd(text, m.index + m[0].length);
    spans.push({ from: m.index, to });
    ANY_SHAPE.lastIndex = to;
  }
  if (text.includes("PRIVATE KEY-----")) pemSpans(text, spans);
  if (/[Bb]earer|BEARER|[Bb]asic|BASIC/.test(text)) {
    for (const m of text.matchAll(AUTH_SCHEME)) spans.push({ from: m.index + m[0].length - m[1]!.length, to: m.index + m[0].length });
  }
  if (text.includes("://")) for (const m of text.matchAll(URL_USERINFO)) spans.push({ from: m.index, to: m.index + m[0].length });
  if (text.includes("=")) {
    for (const m of text.matchAll(QUERY_PARAM)) if (isSecretParam(m[1]!)) spans.push({ from: m.index + m[1]!.length + 1, to: m.index + m[0].length });
  }
  randomTokenSpans(text, spans);
  return spans;
}

/** Whether `value` holds anything that looks like a credential. */
export function looksLikeCredential(value: string): boolean {
  return credentialSpans(value).length > 0;
}

/**
 * The values of secret-named fields of JSON quoted in a foreign text (`{"api_key":"…","password":"…"}`
 * in a provider's error body), plain or escaped once more. Only for texts from outside: agentcfg's own
 * JSON has fields such as `"key"` that hold no secret.
 */
export function quotedFieldSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('"')) return spans;
  for (const m of text.matchAll(QUOTED_JSON_FIELD)) {
    const value = m[3] ?? m[4];
    if (value === undefined || value.length === 0 || !isSecretKeyName(m[2]!)) continue;
    const to = m.index + m[0].length - (m[3] === undefined ? 0 : m[1]!.length);
    spans.push({ from: to - value.length, to });
  }
  return spans;
}
