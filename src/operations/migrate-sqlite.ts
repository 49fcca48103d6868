/**
 * @fileoverview `migrate --to 2026.9 --state-dir` as library operations: the
 * plan of moving each agent's JSON auth files into its SQLite store, with
 * every stored secret handed to the redactor, and the write of that plan,
 * refused when the plan stopped. A file of its own so that the SQLite code is
 * loaded only by those who move to it. Neither prints.
 */
import { Redactor } from "../secrets/redact.js";
import { collectStoreSecrets } from "../secrets/store-secrets.js";
import { applyStateToSqlite, planStateToSqlite, type StateToSqliteApplied, type StateToSqlitePlan } from "../state/migrate-to-sqlite.js";

export interface SqliteMigrationPlan {
  stateDir: string;
  plan: StateToSqlitePlan;
  redactor: Redactor;
}

/**
 * `written`: the databases written (before a failure too); on a failure,
 * `file` is where it stopped, `reason` the cause and `advice` what to do
 * (pass them through the plan's redactor before printing).
 */
export type SqliteMigrationApplyResult = StateToSqliteApplied;

/** Plans the state folder's move to SQLite (see the file overview); writes nothing. */
export function planSqliteMigration(stateDir: string, redactor: Redactor = new Redactor()): SqliteMigrationPlan {
  const plan = planStateToSqlite(stateDir);
  for (const agent of plan.agents) collectStoreSecrets(agent.store === undefined ? undefined : JSON.stringify(agent.store), redactor);
  return { stateDir, plan, redactor };
}

/** Writes a plan made by `planSqliteMigration`; a stopped plan writes nothing. */
export async function applySqliteMigration(planned: SqliteMigrationPlan): Promise<SqliteMigrationApplyResult> {
  if (planned.plan.stopped)
    return { ok: false, written: [], file: planned.stateDir, reason: "the plan stopped (see its diagnostics)", advice: "Fix what the diagnostics name first." };
  return applyStateToSqlite(planned.stateDir, planned.plan);
}
