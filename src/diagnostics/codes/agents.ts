/**
 * @fileoverview Codes about the agent list.
 */
import { defineCode, orList, q } from "../define.js";

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
  "agents/duplicate-agent-dir": defineCode<{ id: string; first: string; dir: string }>({
    severity: "error",
    doc: "Two agents with the same `agentDir`; both releases refuse the roster (they would share one auth and session store).",
    message: (d) =>
      `Agent ${q(d.id)} has the same agentDir as ${q(d.first)} (${q(d.dir)}); OpenClaw refuses a roster whose agents share one (auth and session state would collide).`,
    hint: () => "Give each agent its own agentDir, or remove the override: an agent without one gets its own folder (and inherits the main agent's keys).",
  }),
  "agents/binding-unknown-agent": defineCode<{ agentId: string; known: readonly string[] }>({
    severity: "error",
    doc: "A binding whose `agentId` names no agent of the roster, in a file judged by a release that refuses it (2026.9).",
    message: (d) => `Binding to agent ${q(d.agentId)}, which is not in the roster (known: ${orList(d.known)}); OpenClaw refuses the file.`,
    hint: (d) => `Add ${q(d.agentId)} to the roster, or bind to one of ${orList(d.known)}.`,
  }),
} as const;
