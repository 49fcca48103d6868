/**
 * @fileoverview Codes of reading OpenClaw's sessions store: `sessions.json` (2026.4) or the
 * session rows of the per-agent SQLite database (2026.9). Messages name files, session keys
 * and field names only, never message content.
 */
import { defineCode, q } from "../define.js";

export const sessionsCodes = {
  "state/sessions-unreadable": defineCode<{ name: string; reason: string }>({
    severity: "error",
    doc: "A sessions store (sessions.json, or the agent's openclaw-agent.sqlite) that exists but cannot be read; its sessions are not explained.",
    message: (d) => `${d.name} cannot be read: ${d.reason}. Its sessions and their pins are left out of the explanation.`,
    hint: (d) =>
      d.name.endsWith(".sqlite")
        ? "Check that the file is an OpenClaw 2026.9 agent database and readable; `openclaw doctor --session-sqlite inspect` reports on it."
        : "sessions.json is an object keyed by session key; fix or move the file aside (OpenClaw rebuilds it).",
  }),
  "state/session-entry-skipped": defineCode<{ key: string; reason: string }>({
    severity: "warning",
    doc: "One session of the store has the wrong shape (not an object, or a pin that is not a string); it is skipped.",
    message: (d) => `Session ${q(d.key)} is skipped: ${d.reason}.`,
  }),
} as const;
