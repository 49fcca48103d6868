/**
 * @fileoverview Whether a key's name says its value is a secret, in any case
 * and with any separator (`apiKey`, `api_key`, `API-KEY`, `X-Auth-Token`,
 * `DB_PASSWORD`), known key or not. The words are data (rules.ts).
 */
import { LOCATOR_LAST_WORDS, NOT_SECRET_NAMES, SECRET_LAST_WORDS, SECRET_WORDS } from "./rules.js";

const secretWords = new Set(SECRET_WORDS);
const lastWords = new Set(SECRET_LAST_WORDS);
const locatorWords = new Set(LOCATOR_LAST_WORDS);
const notSecret = new Set(NOT_SECRET_NAMES);
const cache = new Map<string, boolean>();

/** `apiKey` → `["api", "key"]`; `X-API-Key` → `["x", "api", "key"]`; `OPENAI_API_KEY` → `["openai", "api", "key"]`. */
export function keyWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

export function isSecretKeyName(name: string): boolean {
  if (name.length === 0 || name.length > 128) return false;
  const known = cache.get(name);
  if (known !== undefined) return known;
  const words = keyWords(name);
  const joined = words.join("");
  const last = words[words.length - 1] ?? "";
  let secret = false;
  if (!notSecret.has(joined) && !locatorWords.has(last)) {
    secret = lastWords.has(last) || secretWords.has(joined) || words.some((w) => secretWords.has(w));
    // `apikey`, `accesstoken` written as one word of several: look inside the joined name too.
    if (!secret) secret = SECRET_WORDS.some((w) => w.length >= 5 && joined.endsWith(w));
  }
  if (cache.size < 10_000) cache.set(name, secret);
  return secret;
}
