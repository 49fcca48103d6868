/**
 * @fileoverview `migrate --to 2026.9 --state-dir`: each agent's
 * auth-profiles.json and auth-state.json → its OpenClaw 2026.9 SQLite store
 * (agents/<id>/agent/openclaw-agent.sqlite, the layout 2026.9 makes): the
 * credentials into `auth_profile_store`, the routing state (auth-state.json
 * over the inline sections an old auth-profiles.json still holds) into
 * `auth_profile_state`, both in one transaction; then the JSON files are
 * renamed to `.bak`. Planned in memory first (the dry run); the plan shows
 * profile ids and fields, never a secret. A database that already holds
 * something else stops the agent's migration with both places named; one
 * that already holds exactly the plan (a run cut short before the renames)
 * only gets the renames, so a second run changes nothing.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import { isSecretChild } from "../secrets/key-names.js";
import { Redactor } from "../secrets/redact.js";
import type { AuthProfilesFile } from "../schema/auth-store-types.js";
import type { AuthStateFile } from "../schema/auth-store-types.js";
import {
  AGENT_DB_FILENAME,
  AUTH_PROFILES_FILENAME,
  AUTH_STATE_FILENAME,
  AUTH_STATE_VERSION,
  compactAuthState,
  createSqliteStore,
  mergeInlineState,
  readAuthProfiles,
  readAuthState,
} from "./index.js";
import { classifySqliteError, fsFailure } from "./io-errors.js";
import { inTransaction, openAgentDatabase, openAgentDatabaseForReading, readAuthRow, writeAuthRow } from "./sqlite-store.js";
import { agentFolders } from "../migrate/run-state.js";

export interface AgentToSqlite {
  agentId: string;
  dir: string;
  dbPath: string;
  /** The JSON files that exist (they become .bak). */
  sources: string[];
  /** What the two rows will hold; undefined = no row. */
  store: AuthProfilesFile | undefined;
  state: AuthStateFile | undefined;
  /** "migrate": write the rows and rename; "rename": the rows are there already; "skip": nothing to do or stopped. */
  action: "migrate" | "rename" | "skip";
}

export interface StateToSqlitePlan {
  agents: AgentToSqlite[];
  diagnostics: Diagnostic[];
  stopped: boolean;
}

const SECRET_FIELDS = new Set(["key", "apiKey", "token", "access", "refresh"]);
export const REDACTED = "‹redacted›";

function rowsOf(store: AuthProfilesFile | undefined, state: AuthStateFile | undefined): { store: string | undefined; state: string | undefined } {
  return { store: store === undefined ? undefined : JSON.stringify(store), state: state === undefined ? undefined : JSON.stringify(state) };
}

function existingRows(dbPath: string): { store: string | undefined; state: string | undefined } {
  const { db, close } = openAgentDatabaseForReading(dbPath);
  try {
    return { store: readAuthRow(db, "store"), state: readAuthRow(db, "state") };
  } finally {
    close();
  }
}

const TABLE_OF = { store: "auth_profile_store", state: "auth_profile_state" } as const;

function conflict(source: string, dbPath: string, which: "store" | "state"): Diagnostic {
  const data = { oldKey: basename(source), oldLine: 1, newKey: `${AGENT_DB_FILENAME} ${TABLE_OF[which]}`, newLine: 1, file: source, newFile: dbPath };
  return createDiagnostic("legacy/conflict", data, { file: source, path: [], range: FILE_START });
}

function planAgent(dir: string, diagnostics: Diagnostic[]): AgentToSqlite | undefined {
  const agentId = basename(join(dir, ".."));
  const profilesPath = join(dir, AUTH_PROFILES_FILENAME);
  const statePath = join(dir, AUTH_STATE_FILENAME);
  const dbPath = join(dir, AGENT_DB_FILENAME);
  const profiles = readAuthProfiles(profilesPath);
  const state = readAuthState(statePath);
  diagnostics.push(...profiles.diagnostics.filter((d) => d.severity === "error"), ...state.diagnostics.filter((d) => d.severity === "error"));
  if (!profiles.usable || !state.usable) return undefined;
  const sources = [profilesPath, statePath].filter((p) => existsSync(p));
  if (sources.length === 0) return { agentId, dir, dbPath, sources, store: undefined, state: undefined, action: "skip" };
  // Secrets only in the store, as 2026.9 (and 2026.4 on save) keep them; every profile entry kept as written.
  const { order: _order, lastGood: _lastGood, usageStats: _usage, ...rest } = (profiles.value ?? {}) as AuthProfilesFile & Record<string, unknown>;
  const store = profiles.exists
    ? ({ ...rest, version: profiles.value?.version ?? AUTH_STATE_VERSION, profiles: profiles.value?.profiles ?? {} } as AuthProfilesFile)
    : undefined;
  const merged = compactAuthState(mergeInlineState(profiles.value, state.value));
  const planned: AgentToSqlite = { agentId, dir, dbPath, sources, store, state: merged, action: "migrate" };
  if (existsSync(dbPath)) {
    let rows: { store: string | undefined; state: string | undefined };
    try {
      rows = existingRows(dbPath);
    } catch (error) {
      // Moving it aside is advice only for a damaged database; one the disk keeps us from reading holds keys.
      const problem = classifySqliteError(error, dbPath);
      const at = { file: dbPath, path: [], range: FILE_START };
      diagnostics.push(
        problem.kind === "damaged"
          ? createDiagnostic("state/invalid-file", { name: `${basename(dbPath)} (${problem.reason})`, problems: 1 }, at)
          : createDiagnostic("state/read-failed", { name: basename(dbPath), reason: problem.reason, advice: problem.advice, intact: problem.intact }, at),
      );
      return undefined;
    }
    const wanted = rowsOf(store, merged);
    if (rows.store === wanted.store && rows.state === wanted.state) return { ...planned, action: "rename" };
    const held = (["store", "state"] as const).filter((k) => rows[k] !== undefined && rows[k] !== wanted[k]);
    if (held.length > 0) {
      for (const which of held) diagnostics.push(conflict(which === "store" ? profilesPath : statePath, dbPath, which));
      return undefined;
    }
  }
  return planned;
}

/** The plan for every agent folder of `stateDir`; nothing is written. */
export function planStateToSqlite(stateDir: string): StateToSqlitePlan {
  const diagnostics: Diagnostic[] = [];
  const agents: AgentToSqlite[] = [];
  for (const dir of agentFolders(stateDir)) {
    const one = planAgent(dir, diagnostics);
    if (one) agents.push(one);
  }
  return { agents, diagnostics, stopped: diagnostics.some((d) => d.severity === "error") };
}

/** What a write of the plan did: every database written, and where and why it stopped if it did. */
export type StateToSqliteApplied = { ok: true; written: string[] } | { ok: false; written: string[]; file: string; reason: string; advice: string };

/** Writes one agent: the database (made if needed) and both rows in one transaction; a database made here and left empty is removed. */
async function writeAgentRows(stateDir: string, agent: AgentToSqlite): Promise<void> {
  const created = !existsSync(agent.dbPath);
  try {
    createSqliteStore(stateDir, agent.agentId);
    const db = openAgentDatabase(agent.dbPath);
    try {
      const rows = rowsOf(agent.store, agent.state);
      await inTransaction(db, () => {
        const now = Date.now();
        if (rows.store !== undefined) writeAuthRow(db, "store", rows.store, now);
        if (rows.state !== undefined) writeAuthRow(db, "state", rows.state, now);
      });
    } finally {
      db.close();
    }
  } catch (error) {
    // A database this run made and could not fill (a full disk) is not left behind, empty, beside the JSON files.
    if (created) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(agent.dbPath + suffix, { force: true });
    throw error;
  }
}

/** The cause of a failed write, in words. */
function failureOf(error: unknown, file: string): { reason: string; advice: string } {
  if (error !== null && typeof error === "object" && "errcode" in error) {
    const problem = classifySqliteError(error, file);
    return problem.kind === "damaged" ? { reason: problem.reason, advice: "Move the damaged database aside, then run the command again." } : problem;
  }
  return fsFailure(error);
}

/** Applies the plan: per agent, the database and its rows, then the renames to .bak; stops at the first failure and says where. */
export async function applyStateToSqlite(stateDir: string, plan: StateToSqlitePlan): Promise<StateToSqliteApplied> {
  const written: string[] = [];
  for (const agent of plan.agents) {
    if (agent.action === "skip") continue;
    if (agent.action === "migrate") {
      try {
        await writeAgentRows(stateDir, agent);
      } catch (error) {
        return { ok: false, written, file: agent.dbPath, ...failureOf(error, agent.dbPath) };
      }
      written.push(agent.dbPath);
    }
    for (const source of agent.sources) {
      try {
        renameSync(source, `${source}.bak`);
      } catch (error) {
        // The rows are in the database: a second run sees them and only renames what is left.
        return { ok: false, written, file: source, ...fsFailure(error) };
      }
    }
  }
  return { ok: true, written };
}

/** One field of a stored profile as the plan shows it: any field whose name says secret masked, nested ones too. */
function describeValue(key: string, value: unknown): string {
  if (SECRET_FIELDS.has(key) || isSecretChild(key, false, { container: value !== null && typeof value === "object" })) return REDACTED;
  return typeof value === "string" ? value : JSON.stringify(new Redactor().redactValue(value));
}

/** The plan in words: per agent, the profiles with their fields (secrets ‹redacted›), the order, the usage stats. */
export function describeStateToSqlite(plan: StateToSqlitePlan, mode: "dry-run" | "write" | "check"): string {
  const out: string[] = [];
  for (const agent of plan.agents) {
    if (agent.action === "skip") continue;
    out.push(
      `${agent.dir}: ${agent.sources.map((s) => basename(s)).join(" + ")} → ${AGENT_DB_FILENAME}${agent.action === "rename" ? " (already in the database; only the renames are left)" : ""}`,
    );
    for (const [id, entry] of Object.entries(agent.store?.profiles ?? {})) {
      const fields =
        entry !== null && typeof entry === "object"
          ? Object.entries(entry as Record<string, unknown>).map(([k, v]) => `${k}=${describeValue(k, v)}`)
          : [String(entry)];
      out.push(`  profile ${id}: ${fields.join(", ")}`);
    }
    for (const [provider, ids] of Object.entries(agent.state?.order ?? {})) out.push(`  order ${provider}: ${ids.join(", ")}`);
    for (const [provider, id] of Object.entries(agent.state?.lastGood ?? {})) out.push(`  lastGood ${provider}: ${id}`);
    for (const [id, stats] of Object.entries(agent.state?.usageStats ?? {})) {
      out.push(
        `  usageStats ${id}: ${Object.entries(stats as Record<string, unknown>)
          .map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
          .join(", ")}`,
      );
    }
    out.push(`  ${agent.sources.map((s) => `${basename(s)} → ${basename(s)}.bak`).join("; ")}`);
  }
  const pending = plan.agents.filter((a) => a.action !== "skip").length;
  if (pending === 0) out.push("Nothing to migrate: no agent has auth-profiles.json or auth-state.json left.");
  else if (mode === "write")
    out.push(`Migrated ${pending} agent${pending === 1 ? "" : "s"} to OpenClaw 2026.9's SQLite store; the JSON files are kept as .bak.`);
  else out.push(`${pending} agent${pending === 1 ? "" : "s"} to migrate. Nothing was written: run again with --write to apply.`);
  return `${out.join("\n")}\n`;
}
