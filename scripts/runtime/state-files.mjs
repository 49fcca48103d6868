/**
 * @fileoverview OpenClaw 2026.4's stores, as the recorder sets them up and reads them: per agent,
 * `agents/<id>/agent/auth-profiles.json` (the keys), `auth-state.json` (order and usage stats:
 * cooldowns, disabled keys) and `agents/<id>/sessions/sessions.json` (sessions, their pins).
 * 2026.4 has no command that stores a key without a prompt, so the keys are written here, as
 * `type: "api_key"` profiles; the order is written where `models auth order set` writes it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { routingFields } from "./sanitize.mjs";

const agentDir = (run, agent) => join(run, "state", "agents", agent, "agent");
const sessionsFile = (run, agent) => join(run, "state", "agents", agent, "sessions", "sessions.json");

function readJson(file, fallback) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : fallback;
}

function writeJson(file, value) {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Keys (label → key) and the stored order into the main agent's files. */
export function writeKeys(run, { keys, storedOrder }) {
  const profiles = Object.fromEntries(Object.entries(keys).map(([label, key]) => [label, { type: "api_key", provider: label.split(":")[0], key }]));
  writeJson(join(agentDir(run, "main"), "auth-profiles.json"), { version: 1, profiles });
  if (storedOrder) writeJson(join(agentDir(run, "main"), "auth-state.json"), { version: 1, order: storedOrder });
}

/** Merges `usageStats` (label → stats) into an agent's auth-state.json. */
export function plantUsage(run, agent, usageStats) {
  const file = join(agentDir(run, agent), "auth-state.json");
  const state = readJson(file, { version: 1 });
  state.usageStats = { ...(state.usageStats ?? {}), ...usageStats };
  writeJson(file, state);
}

/** Sets a session's pin fields (the session must exist: a prepare turn makes it). */
export function plantPin(run, { agent, sessionKey, fields }) {
  const file = sessionsFile(run, agent);
  const sessions = readJson(file, {});
  if (!sessions[sessionKey]) throw new Error(`no session ${sessionKey} in agents/${agent}/sessions/sessions.json to pin`);
  Object.assign(sessions[sessionKey], fields);
  writeJson(file, sessions);
}

/** Every agent's auth files and sessions (routing fields only). */
export function snapshot(run) {
  const agentsRoot = join(run, "state", "agents");
  const agents = {};
  for (const agent of existsSync(agentsRoot) ? readdirSync(agentsRoot).sort() : []) {
    const files = {};
    const dir = agentDir(run, agent);
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      // models.json is the model catalogue 2026.4 generates from the config: not routing state
      if (name === "models.json") files[`agent/${name}`] = "(generated model catalogue, not kept)";
      else if (name.endsWith(".json")) files[`agent/${name}`] = readJson(join(dir, name));
    }
    const sessions = readJson(sessionsFile(run, agent), undefined);
    if (sessions) files["sessions/sessions.json"] = Object.fromEntries(Object.entries(sessions).map(([key, entry]) => [key, routingFields(entry)]));
    agents[agent] = files;
  }
  return { layout: "files", agents };
}
