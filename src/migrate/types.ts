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

/**
 * What one step changed, as data; the migrate report words it (report.ts,
 * `changeText`), and the runner joins moves by these fields, never by reading a
 * sentence. Paths are printed paths (`agents.defaults.model`).
 */
export type Change = ChangeKind & {
  /** The step's explanations, each printed in parentheses after the change. */
  notes?: string[];
  /** A container the change emptied and so removed. */
  alsoRemoved?: string;
};

export type ChangeKind =
  /** `from` now stands at `to` (`to` may name the value it became: `agents.entries {}`). */
  | {
      kind: "moved";
      from: string;
      to: string;
      /** `from` was an empty container. */
      empty?: boolean;
      /** The key moved out of `from` (a provider of a flat store). */
      key?: string;
      /** The id of the agent `from` held. */
      id?: string;
      /** The file `from` was in, when the move leaves it for another. */
      fromFile?: string;
    }
  | {
      kind: "removed";
      what: string;
      /** `empty`: it was empty; `emptied`: the migration emptied it. */
      state?: "empty" | "emptied";
      fromFile?: string;
      /** Why it goes, printed after a colon (after the notes). */
      reason?: string;
    }
  | { kind: "added"; what: string }
  | { kind: "agent-added"; id: string; into: string; isDefault?: boolean }
  | { kind: "value-changed"; at: string; from: string; to: string }
  /** A model ref's provider renamed: in a key of `keyOf`, or in the value at `at`. */
  | { kind: "ref-renamed"; from: string; to: string; keyOf?: string; at?: string }
  | { kind: "copied"; count: number; of: string; to: string }
  /** The retired default markers removed; with `owner`, that agent made the explicit owner of `set`. */
  | { kind: "markers-removed"; markers: string[]; owner?: string; set?: string[] };

/** One change a migration made, and where. */
export interface ChangeLine {
  migration: MigrationId;
  code: MigrationCode;
  change: Change;
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
  | { kind: "changed"; change: Change }
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
  /** A step only `migrate` takes (the release stamp): `check` never reports it. */
  onlyInMigrate?: true;
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
