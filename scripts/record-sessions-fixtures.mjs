#!/usr/bin/env node
/**
 * @fileoverview Turns the state folders the real OpenClaw wrote into the sessions fixtures
 * under fixtures/sessions/<release>/, scrubbed of machine paths. Runs where the oracle is
 * installed, never in CI.
 *
 * How the state folders are made (offline; each release runs one local agent turn against
 * a custom provider at 127.0.0.1:9, which fails with "Connection error." and so records a
 * session and a failed assistant turn in the transcript):
 *
 *   2026.4: OPENCLAW_STATE_DIR=<dir> OC_VALIDATE_PASSENV=OPENCLAW_STATE_DIR \
 *             oc-validate fixtures/sessions/2026.4/openclaw.json5 agent --local --session-id s1 --message hello --json
 *           (<dir>/agents/main/agent/auth-profiles.json holds two fake moonshot keys beforehand)
 *   2026.9: the same with oc9-validate and fixtures/sessions/2026.9/openclaw.json5 (plus the
 *           provider key in LAB_API_KEY). 2026.9 keeps a lock database under the system temp
 *           folder, which the sandbox mounts read-only: run the wrapper inside a mount
 *           namespace with a tmpfs on <tmp>/openclaw-state-locks-<uid>.
 *
 *   OC_SESSIONS_STATE_2026_4=<dir> OC_SESSIONS_STATE_2026_9=<dir> node scripts/record-sessions-fixtures.mjs
 *
 * What is kept: 2026.4's auth-state.json, auth-profiles.json (fake keys), sessions.json
 * (without `skillsSnapshot` and `systemPromptReport`, which are large and full of paths) and
 * the transcript; of 2026.9's openclaw-agent.sqlite only the tables `schema_meta`,
 * `session_nodes`, `session_windows` and `transcript_events`, copied with their own schema
 * into a fresh database. Every absolute path is replaced by <state>, <openclaw> or <path>.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "..", "fixtures", "sessions");
const DROPPED_ENTRY_FIELDS = ["skillsSnapshot", "systemPromptReport"];

/** Machine paths out: the state folder, the package, any other absolute path under a temp or home folder. */
function scrub(text, stateDir) {
  let out = text.split(stateDir).join("<state>");
  out = out.replace(/\/[^\s"'<>]*\/node_modules\/openclaw/g, "<openclaw>");
  out = out.replace(/\/(?:tmp|home|root|work|var|Users)\/[^\s"'<>]*/g, "<path>");
  return out;
}

function scrubEntry(entry) {
  const copy = { ...entry };
  for (const field of DROPPED_ENTRY_FIELDS) delete copy[field];
  return copy;
}

function record2026_4(stateDir) {
  const dest = join(OUT, "2026.4", "state", "agents", "main");
  rmSync(join(OUT, "2026.4", "state"), { recursive: true, force: true });
  mkdirSync(join(dest, "agent"), { recursive: true });
  mkdirSync(join(dest, "sessions"), { recursive: true });
  const agentDir = join(stateDir, "agents", "main", "agent");
  for (const name of ["auth-state.json", "auth-profiles.json"]) {
    if (existsSync(join(agentDir, name))) copyFileSync(join(agentDir, name), join(dest, "agent", name));
  }
  const sessionsDir = join(stateDir, "agents", "main", "sessions");
  const store = JSON.parse(readFileSync(join(sessionsDir, "sessions.json"), "utf8"));
  const kept = Object.fromEntries(Object.entries(store).map(([key, entry]) => [key, scrubEntry(entry)]));
  writeFileSync(join(dest, "sessions", "sessions.json"), `${scrub(JSON.stringify(kept, null, 2), stateDir)}\n`);
  for (const entry of Object.values(store)) {
    const file = join(sessionsDir, `${entry.sessionId}.jsonl`);
    if (existsSync(file)) writeFileSync(join(dest, "sessions", `${entry.sessionId}.jsonl`), scrub(readFileSync(file, "utf8"), stateDir));
  }
}

function record2026_9(stateDir) {
  const { DatabaseSync } = createRequire(import.meta.url)("node:sqlite");
  const source = new DatabaseSync(join(stateDir, "agents", "main", "agent", "openclaw-agent.sqlite"), { readOnly: true });
  const destDir = join(OUT, "2026.9", "state", "agents", "main", "agent");
  rmSync(join(OUT, "2026.9", "state"), { recursive: true, force: true });
  mkdirSync(destDir, { recursive: true });
  // Only four tables are kept: their foreign keys to the others must not be enforced.
  const target = new DatabaseSync(join(destDir, "openclaw-agent.sqlite"), { enableForeignKeyConstraints: false });
  for (const table of ["schema_meta", "session_nodes", "session_windows", "transcript_events"]) {
    const { sql } = source.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    target.exec(sql);
    for (const row of source.prepare(`SELECT * FROM "${table}"`).all()) {
      const columns = Object.keys(row);
      const values = columns.map((c) => {
        const value = row[c];
        if (typeof value !== "string") return value;
        if (table === "session_nodes" && c === "entry_json") return scrub(JSON.stringify(scrubEntry(JSON.parse(value))), stateDir);
        return scrub(value, stateDir);
      });
      target.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...values);
    }
  }
  target.exec("VACUUM");
  target.close();
  source.close();
}

let recorded = 0;
for (const [target, variable, record] of [
  ["2026.4", "OC_SESSIONS_STATE_2026_4", record2026_4],
  ["2026.9", "OC_SESSIONS_STATE_2026_9", record2026_9],
]) {
  const stateDir = process.env[variable];
  if (!stateDir) {
    process.stderr.write(`skipped ${target}: ${variable} is not set\n`);
    continue;
  }
  record(stateDir);
  recorded++;
  process.stderr.write(`${target}: recorded from the state folder in ${variable}\n`);
}
process.exit(recorded > 0 ? 0 : 2);
