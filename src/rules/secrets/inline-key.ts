/**
 * @fileoverview secrets/inline-key: a literal secret in the config file. The
 * file is shared, committed and pasted into chats; keys belong in the
 * environment (`${VAR}`) or behind a SecretRef. The value is never printed:
 * the diagnostic names the place only.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { knownProviderIds, getProvider } from "../../providers/index.js";
import { envEntryName } from "../../resolve/config-view.js";
import { defineRule, type RuleContext } from "../types.js";
import { isJsonObject, type JsonObject } from "../../json-object.js";

/** Names of env entries that hold secrets: provider key variables and anything named like a key. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)/i;
/** `${VAR}` only, or an env var name (which OpenClaw may treat as a reference marker). */
const NOT_LITERAL = /^(\$\{[A-Z_][A-Z0-9_]*\}|[A-Z][A-Z0-9_]*)$/;

function isLiteralSecret(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "" && !NOT_LITERAL.test(value.trim());
}

function checkRecord(context: RuleContext<"secrets/inline-key">, record: unknown, path: JsonPath): void {
  if (!isJsonObject(record)) return;
  for (const [key, value] of Object.entries(record)) {
    if (isLiteralSecret(value)) context.report({ where: formatPath([...path, key]) }, [...path, key]);
  }
}

export const inlineKey = defineRule({
  code: "secrets/inline-key",
  check(context) {
    const keyVariables = new Set(knownProviderIds().flatMap((id) => getProvider(id)?.envVars ?? []));
    for (const entry of context.view.env) {
      const name = envEntryName(entry);
      if ((keyVariables.has(name) || SECRET_NAME.test(name)) && isLiteralSecret(entry.value)) {
        context.report({ where: formatPath(entry.path) }, entry.path);
      }
    }
    const providers =
      isJsonObject(context.config) && isJsonObject(context.config["models"]) ? (context.config["models"] as JsonObject)["providers"] : undefined;
    if (!isJsonObject(providers)) return;
    for (const [id, provider] of Object.entries(providers)) {
      if (!isJsonObject(provider)) continue;
      const path = ["models", "providers", id];
      if (isLiteralSecret(provider["apiKey"])) context.report({ where: formatPath([...path, "apiKey"]) }, [...path, "apiKey"]);
      checkRecord(context, provider["headers"], [...path, "headers"]);
      const request = provider["request"];
      if (!isJsonObject(request)) continue;
      checkRecord(context, request["headers"], [...path, "request", "headers"]);
      const auth = request["auth"];
      if (isJsonObject(auth)) {
        for (const field of ["token", "value"]) {
          if (isLiteralSecret(auth[field])) context.report({ where: formatPath([...path, "request", "auth", field]) }, [...path, "request", "auth", field]);
        }
      }
    }
  },
});
