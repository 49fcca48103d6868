/**
 * @fileoverview A migration that is nothing but moves of whole members to a new
 * home, as data (the Renovate way: renames are a table, not code).
 */
import { formatPath } from "../diagnostics/path.js";
import type { JsonPath } from "../diagnostics/types.js";
import type { SourceEditor } from "../document/edit.js";
import { hasAt, moveTo } from "./helpers.js";
import type { ConfigMigration, LegacyFinding, MigrationId, StepResult } from "./types.js";

export interface PlainMove {
  from: JsonPath;
  toParent: JsonPath;
  key: string;
}

export interface PlainMovesSpec {
  id: MigrationId;
  retiredIn: string;
  description: string;
  moves: readonly PlainMove[];
}

export function plainMoves(spec: PlainMovesSpec): ConfigMigration {
  const code = `legacy/${spec.id}` as const;
  return {
    target: "config",
    id: spec.id,
    retiredIn: spec.retiredIn,
    description: spec.description,
    legacyPaths: spec.moves.map((m) => ({ path: m.from, newHome: formatPath([...m.toParent, m.key]) })),
    detect(config: unknown): LegacyFinding[] {
      return spec.moves
        .filter((m) => hasAt(config, m.from))
        .map((m) => ({
          code,
          path: m.from,
          skipSubtree: true,
          data: { key: formatPath(m.from), newHome: formatPath([...m.toParent, m.key]), retiredIn: spec.retiredIn },
        }));
    },
    apply(editor: SourceEditor): StepResult {
      const move = spec.moves.find((m) => hasAt(editor.value, m.from))!;
      return moveTo(editor, move.from, move.toParent, move.key);
    },
  };
}
