/**
 * @fileoverview The one collector of a credential store's secrets
 * (`auth-profiles.json`, a flat legacy `auth.json`): every key, token, OAuth
 * token and SecretRef id, and any field whose name says secret, is handed to the Redactor, so that no output — a
 * message, a diff, a printed order — shows one. It takes the store as text
 * (what a migration diffs) or as read (the lenient `credentials` and the
 * value as written), and treats both the same way.
 */
import { parseJson5Text } from "../json5-parse.js";
import { collectSecretNamed } from "./collect.js";
import type { Redactor } from "./redact.js";
import { isJsonObject } from "../json-object.js";

/** The fields of a stored credential (as written, aliases included) that hold secrets or SecretRefs. */
const SECRET_FIELDS = ["key", "apiKey", "token", "access", "refresh", "id"];

/** A credential store as the state stage reads it: its lenient credentials and the value as written. */
export interface ReadStoreLike {
  credentials: Readonly<Record<string, unknown>>;
  value?: { profiles?: Readonly<Record<string, unknown>> } | undefined;
}

function addCredential(credential: unknown, redactor: Redactor): void {
  if (!isJsonObject(credential)) return;
  // Fields of any other name whose name says secret (`clientSecret`, `password`): OpenClaw keeps what it was given.
  collectSecretNamed(credential, redactor);
  for (const field of SECRET_FIELDS) {
    const value = credential[field];
    if (typeof value === "string") redactor.add(value);
    else if (isJsonObject(value)) addCredential(value, redactor);
  }
  for (const ref of ["keyRef", "tokenRef"]) addCredential(credential[ref], redactor);
}

/** The credentials of a store's text (either shape); text that does not parse has none. */
function credentialsOfText(text: string): unknown[] {
  let store: unknown;
  try {
    store = parseJson5Text(text);
  } catch {
    return [];
  }
  if (!isJsonObject(store)) return [];
  return Object.values(isJsonObject(store["profiles"]) ? store["profiles"] : store);
}

/** Adds the secrets of a credential store, given as text or as read; undefined adds nothing. */
export function collectStoreSecrets(store: string | ReadStoreLike | undefined, redactor: Redactor): void {
  if (store === undefined) return;
  const credentials =
    typeof store === "string" ? credentialsOfText(store) : [...Object.values(store.credentials), ...Object.values(store.value?.profiles ?? {})];
  for (const credential of credentials) addCredential(credential, redactor);
}
