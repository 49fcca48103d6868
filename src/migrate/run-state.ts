/**
 * @fileoverview The runner for the state folder: for each agent folder
 * (`<stateDir>/agents/<id>/agent/`), the state migrations run to a fixpoint
 * over its auth files, held in memory. The outcome lists each file before and
 * after (undefined = absent); nothing is written here.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { SourceEditor } from "../document/edit.js";
import { parseDocument } from "../document/parse.js";
import { readConfigFile } from "../document/read.js";
import { STATE_MIGRATIONS } from "./registry.js";
import { StepLog } from "./run.js";
import type { AgentFolder, ChangeLine, StateMigration } from "./types.js";
import { appendAll } from "../diagnostics/append.js";

const MAX_STEPS = 10_000;
export const STATE_FILES = ["auth-profiles.json", "auth-state.json", "auth.json"] as const;

export interface StateFileOutcome {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

export interface StateOutcome {
  files: StateFileOutcome[];
  changes: ChangeLine[];
  diagnostics: Diagnostic[];
  stopped: boolean;
}

/** The agent folders under a state dir. */
export function agentFolders(stateDir: string): string[] {
  const agents = join(stateDir, "agents");
  if (!existsSync(agents)) return [];
  return readdirSync(agents)
    .sort()
    .map((id) => join(agents, id, "agent"))
    .filter((dir) => existsSync(dir) && statSync(dir).isDirectory());
}

export function migrateStateDir(stateDir: string, migrations: readonly StateMigration[] = STATE_MIGRATIONS): StateOutcome {
  const outcome: StateOutcome = { files: [], changes: [], diagnostics: [], stopped: false };
  for (const dir of agentFolders(stateDir)) {
    const one = migrateAgentFolder(dir, migrations);
    outcome.files.push(...one.files);
    outcome.changes.push(...one.changes);
    appendAll(outcome.diagnostics, one.diagnostics);
    outcome.stopped ||= one.stopped;
  }
  return outcome;
}

export function migrateAgentFolder(dir: string, migrations: readonly StateMigration[] = STATE_MIGRATIONS): StateOutcome {
  const folder: AgentFolder = { dir, files: new Map() };
  const before = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const name of STATE_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const read = readConfigFile(path);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const parsed = parseDocument(read.text, path);
    const errors = parsed.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) appendAll(diagnostics, errors);
    else {
      before.set(name, read.text);
      folder.files.set(name, new SourceEditor(read.text, path));
    }
  }
  if (diagnostics.length > 0) return { files: [], changes: [], diagnostics, stopped: true };
  const log = new StepLog();
  for (let steps = 0; ; steps++) {
    if (steps >= MAX_STEPS) throw new Error(`state migrations of ${dir} did not settle after ${MAX_STEPS} steps`);
    let progressed = false;
    for (const migration of migrations) {
      if (migration.detect(folder).length === 0) continue;
      const result = migration.apply(folder);
      if (log.record(migration, result, dir)) {
        progressed = true;
        break;
      }
      if (log.conflict) return { files: [], changes: log.changes, diagnostics: [log.conflict], stopped: true };
    }
    if (!progressed) break;
  }
  const files: StateFileOutcome[] = [];
  for (const name of STATE_FILES) {
    const was = before.get(name);
    const now = folder.files.get(name)?.text;
    if (was !== now) files.push({ path: join(dir, name), before: was, after: now });
  }
  return { files, changes: log.changes, diagnostics: [...log.manual.values()], stopped: false };
}
