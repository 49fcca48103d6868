/**
 * @fileoverview Reads one auth-profiles.json entry the way OpenClaw's lenient
 * loader does: `mode` stands for `type`, `apiKey` for `key`, and an object
 * `key`/`token` is a secret reference (`keyRef`/`tokenRef`). An entry that is
 * not an object, has an unknown type or no provider is dropped (OpenClaw's
 * reasons), as is one whose fields have the wrong types.
 */
import type { DroppedCredentialReason } from "../diagnostics/codes/state.js";
import { CREDENTIAL_TYPES, StoredCredentialSchema } from "../schema/auth-profiles.js";
import type { StoredCredential } from "../schema/auth-store-types.js";
import { isJsonObject as isPlainObject } from "../json-object.js";

export type CredentialRead = { ok: true; credential: StoredCredential } | { ok: false; reason: DroppedCredentialReason };

/** Moves `from` to `to` when `to` is absent (the alias never overrides the real field). */
function alias(entry: Record<string, unknown>, from: string, to: string): void {
  if (entry[from] === undefined) return;
  if (entry[to] === undefined) entry[to] = entry[from];
  delete entry[from];
}

export function readCredential(raw: unknown): CredentialRead {
  if (!isPlainObject(raw)) return { ok: false, reason: "non_object" };
  const entry: Record<string, unknown> = { ...raw };
  alias(entry, "mode", "type");
  alias(entry, "apiKey", "key");
  if (isPlainObject(entry["key"])) alias(entry, "key", "keyRef");
  if (isPlainObject(entry["token"])) alias(entry, "token", "tokenRef");
  if (!(CREDENTIAL_TYPES as readonly unknown[]).includes(entry["type"])) return { ok: false, reason: "invalid_type" };
  if (typeof entry["provider"] !== "string" || entry["provider"].trim() === "") return { ok: false, reason: "missing_provider" };
  const parsed = StoredCredentialSchema.safeParse(entry);
  return parsed.success ? { ok: true, credential: parsed.data } : { ok: false, reason: "invalid_fields" };
}
