/**
 * @fileoverview The model keys of the old `agents.defaults` (and of `agent`,
 * once moved there): `modelFallbacks` → `model.fallbacks`,
 * `imageModelFallbacks` → `imageModel.fallbacks`, `allowedModels` → keys of
 * `models`, `modelAliases {alias: ref}` → `models[ref].alias`.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import type { SourceEditor } from "../../document/edit.js";
import { conflict, dropEmpty, getAt, hasAt, moveTo, objectText, stringText, stuck, withNote } from "../helpers.js";
import type { ConfigMigration, LegacyFinding, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.3";
const DEFAULTS = ["agents", "defaults"] as const;
const MODELS: JsonPath = [...DEFAULTS, "models"];

const NEW_HOMES: Record<string, string> = {
  modelFallbacks: "agents.defaults.model.fallbacks",
  imageModelFallbacks: "agents.defaults.imageModel.fallbacks",
  allowedModels: "the keys of agents.defaults.models",
  modelAliases: "agents.defaults.models[<ref>].alias",
};

export const agentModelKeys: ConfigMigration = {
  target: "config",
  id: "agent-model-keys",
  retiredIn: RETIRED_IN,
  description: "agents.defaults.modelFallbacks/imageModelFallbacks → model/imageModel.fallbacks; allowedModels, modelAliases → models",
  legacyPaths: Object.entries(NEW_HOMES).map(([key, newHome]) => ({ path: [...DEFAULTS, key], newHome })),
  detect(config) {
    return Object.entries(NEW_HOMES)
      .filter(([key]) => hasAt(config, [...DEFAULTS, key]))
      .map(
        ([key, newHome]): LegacyFinding => ({
          code: "legacy/agent-model-keys",
          path: [...DEFAULTS, key],
          skipSubtree: true,
          data: { key: formatPath([...DEFAULTS, key]), newHome, retiredIn: RETIRED_IN },
        }),
      );
  },
  apply(editor) {
    if (hasAt(editor.value, [...DEFAULTS, "modelFallbacks"])) return moveFallbacks(editor, "modelFallbacks", "model");
    if (hasAt(editor.value, [...DEFAULTS, "imageModelFallbacks"])) return moveFallbacks(editor, "imageModelFallbacks", "imageModel");
    if (hasAt(editor.value, [...DEFAULTS, "allowedModels"])) return allowedModelsStep(editor);
    return modelAliasesStep(editor);
  },
};

/** `<old>: [...]` → `<field>.fallbacks`, turning a string `<field>` into `{primary}` first. */
function moveFallbacks(editor: SourceEditor, old: string, field: string): StepResult {
  const from = [...DEFAULTS, old];
  const current = getAt(editor.value, [...DEFAULTS, field]);
  if (typeof current === "string") {
    editor.replaceValue([...DEFAULTS, field], objectText(editor, [["primary", editor.raw([...DEFAULTS, field])]]));
    const moved = moveTo(editor, from, [...DEFAULTS, field], "fallbacks");
    return moved.kind === "changed"
      ? { kind: "changed", change: withNote(moved.change, `${formatPath([...DEFAULTS, field])} is now {primary, fallbacks}`) }
      : moved;
  }
  if (current !== undefined && !isJsonObject(current)) return conflict(editor, from, [...DEFAULTS, field]);
  return moveTo(editor, from, [...DEFAULTS, field], "fallbacks");
}

/** One ref of `allowedModels` becomes a key of `models`; once all are keys, the list goes (its comments stay beside `models`). */
function allowedModelsStep(editor: SourceEditor): StepResult {
  const from = [...DEFAULTS, "allowedModels"];
  const refs = getAt(editor.value, from);
  if (!Array.isArray(refs) || refs.some((ref) => typeof ref !== "string")) {
    return stuck(editor, from, "the keys of agents.defaults.models", "it is not a list of model refs.");
  }
  const models = getAt(editor.value, MODELS);
  if (models !== undefined && !isJsonObject(models)) return conflict(editor, from, MODELS);
  const missing = (refs as string[]).find((ref) => !isJsonObject(models) || !Object.hasOwn(models, ref));
  if (missing !== undefined) {
    editor.insertMember(MODELS, missing, "{}");
    return { kind: "changed", change: { kind: "added", what: formatPath([...MODELS, missing]), notes: [`from ${formatPath(from)}`] } };
  }
  if (hasAt(editor.value, MODELS)) {
    editor.insertCommentsBefore(MODELS, editor.commentsIn(from));
    editor.removeMember(from);
  } else editor.removeMember(from, true);
  return { kind: "changed", change: { kind: "removed", what: formatPath(from), notes: [`its models are keys of ${formatPath(MODELS)}`] } };
}

/** One `alias: ref` of `modelAliases` becomes `models[ref].alias`, carrying its comments. */
function modelAliasesStep(editor: SourceEditor): StepResult {
  const from = [...DEFAULTS, "modelAliases"];
  const aliases = getAt(editor.value, from);
  if (!isJsonObject(aliases)) return stuck(editor, from, NEW_HOMES["modelAliases"]!, "it is not an object of alias → model ref.");
  const alias = Object.keys(aliases)[0];
  if (alias === undefined) return dropEmpty(editor, from, MODELS)!;
  const entryPath = [...from, alias];
  const ref = aliases[alias];
  if (typeof ref !== "string") return stuck(editor, entryPath, NEW_HOMES["modelAliases"]!, "its value is not a model ref.");
  const entry = getAt(editor.value, [...MODELS, ref]);
  const target = [...MODELS, ref, "alias"];
  if (entry !== undefined && !isJsonObject(entry)) return conflict(editor, entryPath, [...MODELS, ref]);
  if (isJsonObject(entry) && entry["alias"] !== undefined) {
    if (entry["alias"] !== alias) return conflict(editor, entryPath, target);
    editor.insertCommentsBefore(target, editor.commentsIn(entryPath));
    editor.removeMember(entryPath);
    return { kind: "changed", change: { kind: "removed", what: formatPath(entryPath), notes: [`${formatPath(target)} is already ${JSON.stringify(alias)}`] } };
  }
  const taken = editor.take(entryPath);
  const comments = { leading: taken.leading, trailing: taken.trailing };
  if (isJsonObject(entry)) editor.insertMember([...MODELS, ref], "alias", stringText(editor, alias), comments);
  else editor.insertMember(MODELS, ref, objectText(editor, [["alias", stringText(editor, alias)]]), comments);
  editor.removeMember(entryPath);
  return { kind: "changed", change: { kind: "moved", from: formatPath(entryPath), to: formatPath(target) } };
}
