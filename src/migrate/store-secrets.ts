/**
 * @fileoverview The secrets of the credential stores a state migration reads
 * (`auth-profiles.json`, a flat `auth.json`): every key, token and OAuth
 * token is handed to the Redactor, so a diff of those files never shows one.
 */
import JSON5 from "json5";
import type { Redactor } from "../secrets/redact.js";
import { isJsonObject } from "../json-object.js";

const SECRET_FIELDS = ["key", "apiKey", "token", "access", "refresh", "id"];

function addCredential(credential: unknown, redactor: Redactor): void {
  if (!isJsonObject(credential)) return;
  for (const field of SECRET_FIELDS) {
    const value = credential[field];
    if (typeof value === "string") redactor.add(value);
    else if (isJsonObject(value)) addCredential(value, redactor);
  }
  for (const ref of ["keyRef", "tokenRef"]) addCredential(credential[ref], redactor);
}

/** Adds the secrets of a store's text (either shape); text that does not parse adds nothing. */
export function collectStoreSecrets(text: string | undefined, redactor: Redactor): void {
  if (text === undefined) return;
  let store: unknown;
  try {
    store = JSON5.parse(text);
  } catch {
    return;
  }
  if (!isJsonObject(store)) return;
  const credentials = isJsonObject(store["profiles"]) ? store["profiles"] : store;
  for (const credential of Object.values(credentials)) addCredential(credential, redactor);
}
