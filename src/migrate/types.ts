/**
 * @fileoverview The shape of a migration. A config migration finds its legacy
 * form in a config value (`detect`, which `check` also uses) and rewrites the
 * source text one step at a time (`apply`); the runner repeats until no
 * migration has anything left to do.
 */
import type { legacyCodes } from "../diagnostics/codes/legacy.js";
import type { ConflictData, LegacyData, ManualStepData } from "../diagnostics/codes/legacy.js";
import type { JsonPath, SourceRange } from "../diagnostics/types.js";
import type { SourceEditor } from "../document/edit.js";

/** Codes named after a migration: `legacy/<id>`. */
export type MigrationCode = Exclude<keyof typeof legacyCodes, "legacy/conflict" | "legacy/manual-step">;
export type MigrationId = MigrationCode extends `legacy/${infer Id}` ? Id : never;

/** One place a legacy form stands. */
export interface LegacyFinding {
  code: MigrationCode;
  path: JsonPath;
  data: LegacyData;
  /** True when OpenClaw refuses the form: `check` reports it and skips its subtree (no cascade of unknown keys). */
  skipSubtree: boolean;
}

/** One change a migration made, as the user reads it: "Moved agent.model → agents.defaults.model". */
export interface ChangeLine {
  migration: MigrationId;
  code: MigrationCode;
  message: string;
  file: string;
}

export interface Conflict {
  data: ConflictData;
  path: JsonPath;
  range: SourceRange;
  newRange: SourceRange;
  newFile: string;
  /** Where the new home is (in newFile), so the runner can point into the text the user has. */
  newPath?: JsonPath;
}

export interface ManualStep {
  file: string;
  data: ManualStepData;
  path: JsonPath;
  range: SourceRange;
}

/** What one call of `apply` did. */
export type StepResult =
  | { kind: "changed"; message: string }
  | { kind: "conflict"; conflict: Conflict }
  /** Nothing more it can do by itself: what is left needs a person. */
  | { kind: "stuck"; manual: ManualStep[] };

interface MigrationMeta {
  id: MigrationId;
  /** The OpenClaw version that stopped reading the old form. */
  retiredIn: string;
  /** One line for docs and `--help`. */
  description: string;
}

export interface ConfigMigration extends MigrationMeta {
  target: "config";
  /**
   * A rule that already reports this form in `check` (so `check` does not say it twice);
   * `migrate` still fixes it and reports it under the migration's code.
   */
  reportedInCheckBy?: string;
  /** The legacy keys at fixed places, with their new homes (for the editor schema and docs). */
  legacyPaths: readonly { path: JsonPath; newHome: string }[];
  detect(config: unknown): LegacyFinding[];
  /** Makes one change to the text (or reports why it cannot); called only when `detect` found something. */
  apply(editor: SourceEditor): StepResult;
}

/** The files of one agent folder (`<stateDir>/agents/<id>/agent/`): name → text, or undefined when absent. */
export interface AgentFolder {
  dir: string;
  files: Map<string, SourceEditor | undefined>;
}

export interface StateMigration extends MigrationMeta {
  target: "state";
  detect(folder: AgentFolder): LegacyFinding[];
  apply(folder: AgentFolder): StepResult;
}

export type Migration = ConfigMigration | StateMigration;
