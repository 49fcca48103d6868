/**
 * @fileoverview Where secrets stand in a config value: env values, provider
 * API keys, headers, request auth and TLS material, SecretRef ids. Every one
 * found is handed to the Redactor.
 */
import type { Redactor } from "./redact.js";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A SecretRef id that is a proper name (an env var, a JSON pointer, "value")
 * says where a secret is, not what it is, and the hints print such names
 * ("set MOONSHOT_API_KEY"). Anything else in the id position may be a key
 * pasted in the wrong place, so it is masked.
 */
const SECRET_REF_LOCATOR = /^([A-Z][A-Z0-9_]{0,127}|\/.*|value)$/;

/** Adds a SecretInput (a string, or a SecretRef whose id might hold a pasted key). */
function addSecretInput(redactor: Redactor, value: unknown): void {
  if (typeof value === "string") redactor.add(value);
  else if (isObject(value) && typeof value["id"] === "string" && !SECRET_REF_LOCATOR.test(value["id"])) redactor.add(value["id"]);
}

function addRecordValues(redactor: Redactor, value: unknown): void {
  if (isObject(value)) for (const entry of Object.values(value)) addSecretInput(redactor, entry);
}

export function collectConfigSecrets(config: unknown, redactor: Redactor): void {
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

/** The `user:password` part of a proxy URL. */
function credentialsInUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const match = /^[a-z]+:\/\/([^@/]+)@/i.exec(url);
  return match?.[1];
}
