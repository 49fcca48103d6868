/**
 * @fileoverview Codes about the agent list.
 */
import { defineCode, q } from "../define.js";

export const agentsCodes = {
  "agents/duplicate-id": defineCode<{ id: string }>({
    severity: "warning",
    doc: "Two entries of `agents.list` have the same id (compared as OpenClaw normalizes them, case-insensitively). OpenClaw 2026.4 accepts the config and uses only the first entry, so this is a warning.",
    message: (d) => `Agent id ${q(d.id)} is used twice; OpenClaw accepts this but uses only the first entry with that id, so this one is ignored.`,
    hint: () => "Give each agent its own id.",
  }),
  "agents/multiple-defaults": defineCode<{ id: string; first: string }>({
    severity: "warning",
    doc: "More than one agent has `default: true`; OpenClaw uses the first.",
    message: (d) => `Agent ${q(d.id)} is marked default, but so is ${q(d.first)} before it; OpenClaw uses ${q(d.first)}.`,
    hint: () => "Keep `default: true` on one agent only.",
  }),
  "agents/invalid-id": defineCode<{ id: string; normalized: string }>({
    severity: "warning",
    doc: "An agent id OpenClaw rewrites (ids are 1–64 letters, digits, `_` or `-`, starting with a letter or digit).",
    message: (d) => `Agent id ${q(d.id)} is not a valid id; OpenClaw will use ${q(d.normalized)} (its state folder and bindings too).`,
    hint: (d) => `Write ${q(d.normalized)}, or choose an id of letters, digits, "_" and "-".`,
  }),
} as const;
