/**
 * @fileoverview Finds the secret values of a config and hands each to the
 * Redactor, so that it is masked wherever it turns up later (a message that
 * quotes it, another file's frame). What is secret only by where it stands — a
 * number, a bare word on a broken line, a value under a mistyped key — is
 * masked there (redactSource, redactValue) and handed over only when it looks
 * like a credential, so that an ordinary word is not masked everywhere. Three ways, each catching what the others
 * cannot: the fields where OpenClaw expects a secret (env values, provider
 * API keys, headers, request auth and TLS material, SecretRef ids); any string
 * under a key whose name says secret, anywhere in the tree, known key or not;
 * and the same in the source text, comments included, for input too broken to
 * have a value tree.
 */
import { parseJson5Text } from "../json5-parse.js";
import { looksLikeCredential } from "./detect.js";
import { isNearMissKeyName, isSecretChild } from "./key-names.js";
import type { Redactor } from "./redact.js";
import { SECRET_REF_LOCATOR } from "./rules.js";
import { sourceSecretSpans } from "./source-scan.js";
import { isJsonObject, type JsonObject } from "../json-object.js";

type Json = JsonObject;
const isObject = isJsonObject;

/** Adds a SecretInput (a string, or a SecretRef whose id might hold a pasted key). */
function addSecretInput(redactor: Redactor, value: unknown): void {
  if (typeof value === "string") redactor.add(value);
  else if (isObject(value) && typeof value["id"] === "string" && !SECRET_REF_LOCATOR.test(value["id"])) redactor.add(value["id"]);
}

function addRecordValues(redactor: Redactor, value: unknown): void {
  if (isObject(value)) for (const entry of Object.values(value)) addSecretInput(redactor, entry);
}

/** Every string under a secret-named key, at any depth (arrays and SecretRef ids under one too). */
function collectByKeyName(value: unknown, redactor: Redactor, secret: boolean, depth: number): void {
  // A number under a secret key is masked where it stands (redactValue, the source scan), not everywhere.
  if (typeof value === "string") {
    if (secret) redactor.add(value);
    return;
  }
  if (value === null || typeof value !== "object" || depth > 64) return;
  if (Array.isArray(value)) {
    for (const item of value) collectByKeyName(item, redactor, secret, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const itemSecret = isSecretChild(key, secret, { container: item !== null && typeof item === "object", text: typeof item === "string" ? item : undefined });
    // Under a mistyped key (`apiKye`) a value is masked where it stands, and everywhere only when it looks like a credential.
    if (itemSecret && typeof item === "string" && !secret && isNearMissKeyName(key) && !looksLikeCredential(item)) continue;
    collectByKeyName(item, redactor, itemSecret, depth + 1);
  }
}

/** Every string and number under a secret-named key of `value`, at any depth (a store's `clientSecret`, `password`, …). */
export function collectSecretNamed(value: unknown, redactor: Redactor): void {
  collectByKeyName(value, redactor, false, 0);
}

/** The schema's own secret fields, and every value under a secret-named key. */
export function collectConfigSecrets(config: unknown, redactor: Redactor): void {
  collectByKeyName(config, redactor, false, 0);
  if (!isObject(config)) return;
  const env = config["env"];
  if (isObject(env)) {
    for (const [key, value] of Object.entries(env)) {
      if (key === "shellEnv") continue;
      if (key === "vars") addRecordValues(redactor, value);
      else redactor.add(value);
    }
  }
  const providers = isObject(config["models"]) ? (config["models"] as Json)["providers"] : undefined;
  if (!isObject(providers)) return;
  for (const provider of Object.values(providers)) {
    if (!isObject(provider)) continue;
    addSecretInput(redactor, provider["apiKey"]);
    addRecordValues(redactor, provider["headers"]);
    const request = provider["request"];
    if (isObject(request)) {
      addRecordValues(redactor, request["headers"]);
      const auth = request["auth"];
      if (isObject(auth)) {
        addSecretInput(redactor, auth["token"]);
        addSecretInput(redactor, auth["value"]);
      }
      for (const tls of [request["tls"], isObject(request["proxy"]) ? (request["proxy"] as Json)["tls"] : undefined]) {
        if (isObject(tls)) for (const field of ["key", "passphrase", "cert", "ca"]) addSecretInput(redactor, tls[field]);
      }
      if (isObject(request["proxy"])) redactor.add(credentialsInUrl((request["proxy"] as Json)["url"]));
    }
    if (Array.isArray(provider["models"])) {
      for (const model of provider["models"]) if (isObject(model)) addRecordValues(redactor, model["headers"]);
    }
  }
}

/** Every value a config's source text writes under a secret-named key (comments too), as written and as read. */
export function collectTextSecrets(text: string | undefined, redactor: Redactor): void {
  if (text === undefined) return;
  for (const span of sourceSecretSpans(text)) {
    const written = text.slice(span.from, span.to);
    if (span.local && !looksLikeCredential(written)) continue;
    redactor.add(written);
    if (written.includes("\\")) {
      try {
        redactor.add(parseJson5Text(`"${written.replace(/"/g, '\\"')}"`));
      } catch {
        // An escape json5 refuses: the written form is masked, and the value never existed.
      }
    }
  }
}

/** What a command read: the config's value (when it parsed) and the text of every file read for it. */
export interface ReadConfig {
  value?: unknown;
  texts?: Iterable<string | undefined>;
}

/** Hands every secret of a read config to the redactor: its value tree and its source texts. */
export function collectReadSecrets(read: ReadConfig, redactor: Redactor): void {
  collectConfigSecrets(read.value, redactor);
  for (const text of read.texts ?? []) collectTextSecrets(text, redactor);
}

/** The `user:password` part of a proxy URL. */
function credentialsInUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const match = /^[a-z]+:\/\/([^@/]+)@/i.exec(url);
  return match?.[1];
}
