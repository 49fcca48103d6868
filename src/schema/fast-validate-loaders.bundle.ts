/**
 * @fileoverview The CLI bundle's version of fast-validate-loaders.ts (swapped
 * in by scripts/build-bundle.mjs; never imported by the library). esbuild
 * turns the `require` below into a lazy initialisation inside the bundle, so
 * Zod's modules and the config schemas are evaluated only on first call; each
 * target's fast validator reads its data (dist/schema/openclaw-<target>-validate.jsonl,
 * written by scripts/build-validator.mjs) only when a file of that target is
 * checked: a 2026.9 file never reads the 2026.4 schema.
 */
import { join } from "node:path";
import type { FastValidator, ZodStage } from "./fast-validate-loaders.js";
import { readSchemaValidator } from "./schema-validator-file.js";
import type { TargetId } from "./targets/ids.js";

export type { FastValidator, ZodStage };

let zodStage: ZodStage | undefined;
/** Each target's validator once read; null when its data could not be read (then Zod judges every file, without a read per file). */
const fastValidators: Partial<Record<TargetId, FastValidator | null>> = {};

export function loadZodStage(): ZodStage {
  zodStage ??= require("./fast-validate-zod.js") as ZodStage;
  return zodStage;
}

/** The bundle is dist/cli/agentcfg*.cjs; the data is in dist/schema/, beside the library's modules. */
export function loadFastValidator(target: TargetId): FastValidator | undefined {
  fastValidators[target] ??= readSchemaValidator(join(__dirname, "..", "schema", `openclaw-${target}-validate.jsonl`)) ?? null;
  return fastValidators[target] ?? undefined;
}
