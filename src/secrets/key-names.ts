/**
 * @fileoverview Whether a key's name says its value is a secret, in any case
 * and with any separator (`apiKey`, `api_key`, `API-KEY`, `X-Auth-Token`,
 * `DB_PASSWORD`), known key or not, and mistyped by one letter too (`apiKye`,
 * `tokne`, `pasword`): a typo in the key does not make its value any less a
 * secret. The words are data (rules.ts).
 */
import { oneTypoApart, swappedNeighbours } from "../diagnostics/did-you-mean.js";
import {
  DESCRIPTIVE_FIELDS,
  LOCATOR_LAST_WORDS,
  NOT_NEAR_MISS_WORDS,
  NOT_SECRET_NAMES,
  NOT_SECRET_SECTIONS,
  SECRET_LAST_WORDS,
  SECRET_REF_LOCATOR,
  SECRET_SECTIONS,
  SECRET_WORDS,
} from "./rules.js";

const secretWords = new Set(SECRET_WORDS);
const lastWords = new Set(SECRET_LAST_WORDS);
const locatorWords = new Set(LOCATOR_LAST_WORDS);
const notSecret = new Set(NOT_SECRET_NAMES);
const cache = new Map<string, "words" | "near-miss" | "no">();
const descriptive = new Set(DESCRIPTIVE_FIELDS);
const sections = new Set(SECRET_SECTIONS);
const notSections = new Set(NOT_SECRET_SECTIONS);
const notNearMiss = new Set(NOT_NEAR_MISS_WORDS);
/** The words a typo can be of: every secret word and last word. */
const typoTargets = [...SECRET_WORDS, ...SECRET_LAST_WORDS];

/**
 * Whether one part of a name (a word, two neighbouring words joined, or the whole name) is one
 * typo from a secret word: of a word of five letters or more, any one typo (`tokne`, `tken`,
 * `apikye`, `pasword`); of a shorter one, only two swapped letters (`kye`), since one changed
 * letter of `key` or `pwd` is another word (`keg`, `pid`).
 */
function nearSecretWord(part: string): boolean {
  if (part.length < 3 || part.length > 24 || notNearMiss.has(part) || secretWords.has(part)) return false;
  for (const target of typoTargets) {
    if (part.length >= 4 && target.length >= 5 ? oneTypoApart(part, target) : swappedNeighbours(part, target)) return true;
  }
  return false;
}

/** Whether a name is a near miss of a secret name: one of its words, neighbouring pairs, or the whole. */
function isNearMissName(words: readonly string[], joined: string): boolean {
  if (nearSecretWord(joined)) return true;
  for (let i = 0; i < words.length; i++) {
    if (words.length > 1 && nearSecretWord(words[i]!)) return true;
    if (i + 1 < words.length && words.length > 2 && nearSecretWord(words[i]! + words[i + 1]!)) return true;
  }
  return false;
}

/** `apiKey` → `["api", "key"]`; `X-API-Key` → `["x", "api", "key"]`; `OPENAI_API_KEY` → `["openai", "api", "key"]`. */
export function keyWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** How a name says secret: by its words, as a near miss (one typo) of them, or not at all. */
type SecretBy = "words" | "near-miss" | "no";

function secretBy(name: string): SecretBy {
  if (name.length === 0 || name.length > 128) return "no";
  const known = cache.get(name);
  if (known !== undefined) return known;
  const words = keyWords(name);
  const joined = words.join("");
  const last = words[words.length - 1] ?? "";
  let by: SecretBy = "no";
  if (!notSecret.has(joined) && !locatorWords.has(last)) {
    if (lastWords.has(last) || secretWords.has(joined) || words.some((w) => secretWords.has(w))) by = "words";
    // `apikey`, `accesstoken` written as one word of several: look inside the joined name too.
    else if (SECRET_WORDS.some((w) => w.length >= 5 && joined.endsWith(w))) by = "words";
    else if (isNearMissName(words, joined)) by = "near-miss";
  }
  if (cache.size < 10_000) cache.set(name, by);
  return by;
}

/** Whether a name is secret only as a near miss of a secret name (`apiKye`): its value is masked where it stands. */
export function isNearMissKeyName(name: string): boolean {
  return secretBy(name) === "near-miss";
}

export function isSecretKeyName(name: string): boolean {
  return secretBy(name) !== "no";
}

/**
 * Whether what is written under `key` is secret, given whether its parent is: a secret-named
 * key; a container under `env` or `headers`; or, under a secret parent, anything but the
 * fields that describe a secret or say where it is (`source`, `provider`, `path`, `command`,
 * a SecretRef `id` that names a variable). The value walk, the source scan and the value
 * collection all decide with this one function.
 */
export function isSecretChild(key: string, parentSecret: boolean, value: { container: boolean; text?: string }): boolean {
  if (notSections.has(key)) return false;
  if (isSecretKeyName(key)) return true;
  if (value.container && sections.has(key)) return true;
  if (!parentSecret || descriptive.has(key)) return false;
  // A SecretRef id is the pasted key itself unless it names a variable or a pointer.
  if (key === "id") return !(value.text !== undefined && SECRET_REF_LOCATOR.test(value.text));
  const words = keyWords(key);
  return !locatorWords.has(words[words.length - 1] ?? "");
}
