/**
 * @fileoverview Finds credentials in any text by their look alone, with no
 * knowledge of the config: well-known key shapes, a PEM private key, the
 * credential after `Bearer`, URL userinfo, secret query parameters, and long
 * random tokens. Returns spans; the Redactor replaces them. Every pattern is
 * linear (no nested quantifiers), so a 10 MB line costs one pass each.
 */
import { isSecretKeyName } from "./key-names.js";
import { CREDENTIAL_SHAPES, QUERY_PARAM, RANDOM_TOKEN, SECRET_QUERY_PARAMS, URL_USERINFO } from "./rules.js";

/** A [from, to) span of a text. */
export interface Span {
  from: number;
  to: number;
}

const secretParams = new Set(SECRET_QUERY_PARAMS);
/** Every shape in one alternation: one pass over a text instead of one per shape. */
const ANY_SHAPE = new RegExp(CREDENTIAL_SHAPES.map((shape) => `(?:${shape.pattern.source})`).join("|"), "g");
/** Cheap first test: no text without one of these characters holds a shape, a URL credential or a random token. */
const MAYBE = /[-_.:=A-Za-z0-9]{8}/;

/** Whether a query parameter's name says its value is a secret (`api_key`, `access_token`, `sig`). */
export function isSecretParam(name: string): boolean {
  return secretParams.has(name.toLowerCase()) || isSecretKeyName(name);
}

function classOf(code: number): number {
  if (code >= 48 && code <= 57) return 0;
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return 2;
  return 3;
}

/** Whether one unbroken run of letters and digits looks random (see RANDOM_TOKEN). */
export function looksRandom(run: string): boolean {
  if (run.length < RANDOM_TOKEN.minRun || RANDOM_TOKEN.hex.test(run)) return false;
  const seen = [false, false, false];
  const counts = new Map<number, number>();
  let switches = 0;
  let previous = -1;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const cls = classOf(code);
    if (cls < 3) seen[cls] = true;
    if (previous >= 0 && cls !== previous) switches++;
    previous = cls;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (!seen[0] || !seen[1] || !seen[2]) return false;
  if (switches / (run.length - 1) < RANDOM_TOKEN.minSwitchRate) return false;
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / run.length;
    entropy -= p * Math.log2(p);
  }
  return entropy >= RANDOM_TOKEN.minEntropy;
}

/** A candidate token qualifies when one of its letter-and-digit runs looks random. */
function isRandomToken(token: string, before: string): boolean {
  if (RANDOM_TOKEN.hashPrefix.test(before + token.slice(0, 8))) return false;
  for (const run of token.split(/[^A-Za-z0-9]+/)) if (looksRandom(run)) return true;
  return false;
}

/** Every credential found in `text` by its look, unsorted and possibly overlapping. */
export function credentialSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!MAYBE.test(text)) return spans;
  for (const m of text.matchAll(ANY_SHAPE)) spans.push({ from: m.index, to: m.index + m[0].length });
  if (text.includes("://")) for (const m of text.matchAll(URL_USERINFO)) spans.push({ from: m.index, to: m.index + m[0].length });
  if (text.includes("=")) for (const m of text.matchAll(QUERY_PARAM)) {
    if (isSecretParam(m[1]!)) spans.push({ from: m.index + m[1]!.length + 1, to: m.index + m[0].length });
  }
  for (const m of text.matchAll(RANDOM_TOKEN.candidate)) {
    if (isRandomToken(m[0], text.slice(Math.max(0, m.index - 7), m.index))) spans.push({ from: m.index, to: m.index + m[0].length });
  }
  return spans;
}

/** Whether `value` holds anything that looks like a credential. */
export function looksLikeCredential(value: string): boolean {
  return credentialSpans(value).length > 0;
}
