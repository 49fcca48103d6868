/**
 * @fileoverview Clears a session's auth pin in a 2026.4 sessions.json, as OpenClaw's
 * `clearSessionAuthProfileOverride` does: `authProfileOverride`, `authProfileOverrideSource`
 * and `authProfileOverrideCompactionCount` removed, `updatedAt` set, every other field and
 * session kept as written. Written the way OpenClaw writes the store: under
 * `sessions.json.lock` (created exclusively, so OpenClaw and agentcfg exclude each other) and
 * by atomic rename, re-reading the store inside the lock so a concurrent writer loses nothing.
 * The 2026.9 database is not written: agentcfg only reads it.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";
import { describeFsError } from "./io-errors.js";
import { withLock, type LockOptions } from "./lock.js";

export const PIN_FIELDS = ["authProfileOverride", "authProfileOverrideSource", "authProfileOverrideCompactionCount"] as const;

export type ClearPinResult =
  | { status: "cleared"; key: string; profile: string }
  | { status: "no-pin"; key: string }
  | { status: "no-session"; key: string; known: string[] }
  | { status: "failed"; key: string; message: string };

/** Removes the pin of session `key` from the sessions.json at `storePath`. */
export async function clearSessionPin(storePath: string, key: string, options: LockOptions & { now?: number } = {}): Promise<ClearPinResult> {
  return withLock(
    storePath,
    () => {
      let store: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(readFileSync(storePath, "utf8"));
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
          return { status: "failed", key, message: `${basename(storePath)} is not an object keyed by session key` };
        store = parsed as Record<string, unknown>;
      } catch (error) {
        const why = (error as NodeJS.ErrnoException).code ? describeFsError(error) : "it is not valid JSON";
        return { status: "failed", key, message: `${basename(storePath)} cannot be read (${why})` };
      }
      const entry = Object.hasOwn(store, key) ? store[key] : undefined;
      if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return { status: "no-session", key, known: Object.keys(store).slice(0, 10) };
      const record = entry as Record<string, unknown>;
      const profile = record["authProfileOverride"];
      if (typeof profile !== "string" || profile.trim() === "") return { status: "no-pin", key };
      for (const field of PIN_FIELDS) delete record[field];
      record["updatedAt"] = options.now ?? Date.now();
      const written = writeFileAtomic(storePath, `${JSON.stringify(store, null, 2)}\n`);
      if (!written.ok) return { status: "failed", key, message: `could not write ${storePath}: ${written.reason}. ${written.advice}` };
      return { status: "cleared", key, profile };
    },
    options,
  );
}
