/**
 * @fileoverview OpenClaw 2026.9's stores, as the recorder plants into and reads them (with
 * `node:sqlite`): the shared `state/openclaw.sqlite`, table `config_machine_state` (rows
 * `authProfiles.store`: the keys, `authProfiles.state`: usage stats and cooldowns,
 * `auth.sharedStore`), and each agent's `agents/<id>/agent/openclaw-agent.sqlite`
 * (`auth_profile_state`: the order override; `auth_profile_store`; `session_nodes`: sessions and
 * their pins). Keys are stored by OpenClaw itself (`models auth paste-api-key`), never here.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { parseMaybe, routingFields } from "./sanitize.mjs";

const sharedDb = (run) => join(run, "state", "state", "openclaw.sqlite");
const agentDb = (run, agent) => join(run, "state", "agents", agent, "agent", "openclaw-agent.sqlite");

function withDb(file, readOnly, fn) {
  const db = new DatabaseSync(file, { readOnly });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function hasTable(db, name) {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Merges `usageStats` (label → stats) into the shared `authProfiles.state` row. */
export function plantUsage(run, _agent, usageStats) {
  withDb(sharedDb(run), false, (db) => {
    const row = db.prepare("SELECT value_json FROM config_machine_state WHERE state_key = 'authProfiles.state'").get();
    const state = row ? JSON.parse(row.value_json) : { version: 1 };
    state.usageStats = { ...(state.usageStats ?? {}), ...usageStats };
    db.prepare(
      "INSERT INTO config_machine_state (state_key, value_json, updated_at_ms) VALUES ('authProfiles.state', ?, ?) " +
        "ON CONFLICT(state_key) DO UPDATE SET value_json = excluded.value_json, updated_at_ms = excluded.updated_at_ms",
    ).run(JSON.stringify(state), Date.now());
  });
}

/**
 * Sets a session's pin fields in `session_nodes`. Triggers reset `entry_valid` to 0 whenever the
 * entry or its times change (and 2026.9 then refuses the turn: "invalid persisted session row
 * requires repair"), so the row is marked valid by a second statement, after the edit.
 */
export function plantPin(run, { agent, sessionKey, fields }) {
  withDb(agentDb(run, agent), false, (db) => {
    const row = db.prepare("SELECT entry_json FROM session_nodes WHERE session_key = ?").get(sessionKey);
    if (!row) throw new Error(`no session ${sessionKey} in agents/${agent}'s session_nodes to pin`);
    const entry = { ...JSON.parse(row.entry_json), ...fields, updatedAt: Date.now() };
    db.prepare("UPDATE session_nodes SET entry_json = ?, updated_at = ? WHERE session_key = ?").run(JSON.stringify(entry), Date.now(), sessionKey);
    db.prepare("UPDATE session_nodes SET entry_valid = 1 WHERE session_key = ?").run(sessionKey);
    const valid = db.prepare("SELECT entry_valid FROM session_nodes WHERE session_key = ?").get(sessionKey).entry_valid;
    if (valid !== 1) throw new Error(`session ${sessionKey} stayed entry_valid=${valid} after the pin was planted`);
  });
}

function readAgent(file) {
  return withDb(file, true, (db) => {
    const out = {};
    for (const table of ["auth_profile_state", "auth_profile_store"]) {
      if (!hasTable(db, table)) continue;
      out[table] = Object.fromEntries(
        db
          .prepare(`SELECT * FROM ${table} ORDER BY 1`)
          .all()
          .map((r) => [r.state_key ?? r.store_key ?? Object.values(r)[0], mapRow(r)]),
      );
    }
    if (hasTable(db, "session_nodes")) {
      out.session_nodes = Object.fromEntries(
        db
          .prepare("SELECT session_key, entry_valid, entry_json FROM session_nodes ORDER BY session_key")
          .all()
          .map((r) => [r.session_key, { entry_valid: r.entry_valid, entry: routingFields(parseMaybe(r.entry_json)) }]),
      );
    }
    return out;
  });
}

function mapRow(row) {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k.endsWith("_json") ? parseMaybe(v) : v]));
}

/** The shared auth rows and every agent's auth tables and sessions (routing fields only). */
export function snapshot(run) {
  const shared = existsSync(sharedDb(run))
    ? withDb(sharedDb(run), true, (db) =>
        Object.fromEntries(
          db
            .prepare("SELECT state_key, value_json, updated_at_ms FROM config_machine_state WHERE state_key LIKE 'auth%' ORDER BY state_key")
            .all()
            .map((r) => [r.state_key, { value: parseMaybe(r.value_json), updated_at_ms: r.updated_at_ms }]),
        ),
      )
    : null;
  const agentsRoot = join(run, "state", "agents");
  const agents = {};
  for (const agent of existsSync(agentsRoot) ? readdirSync(agentsRoot).sort() : []) {
    if (existsSync(agentDb(run, agent))) agents[agent] = readAgent(agentDb(run, agent));
  }
  return { layout: "sqlite", "state/openclaw.sqlite": { config_machine_state: shared }, agents };
}
