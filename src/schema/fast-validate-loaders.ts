/**
 * @fileoverview How the schema stage reaches Zod and the fast validators. This
 * is the library's (and the unbundled CLI's) version: Zod is imported as usual,
 * and a target's fast validator is used when the build wrote its data beside
 * this module (dist/schema/openclaw-<target>-validate.jsonl) no earlier than
 * the schemas it was generated from; otherwise (tests run on src/, or a build that
 * ran tsc alone) every value goes to Zod. Either way Zod alone writes the
 * diagnostics.
 *
 * The CLI bundle replaces this module with fast-validate-loaders.bundle.ts
 * (scripts/build-bundle.mjs swaps any X.js for an X.bundle.js beside it),
 * where Zod is loaded by a synchronous `require` on first use.
 */
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as zodStage from "./fast-validate-zod.js";
import { readSchemaValidator } from "./schema-validator-file.js";
import type { TargetId } from "./targets/ids.js";

export type ZodStage = typeof zodStage;

/** A standalone validator: true when the value is valid; it says nothing about why not. */
export type FastValidator = (value: unknown) => boolean;

export function loadZodStage(): ZodStage {
  return zodStage;
}

/** The file of a target's validator data, beside this module. */
export function fastValidatorFile(target: TargetId): string {
  return `openclaw-${target}-validate.jsonl`;
}

const fastValidators = new Map<TargetId, FastValidator | null>();

export function loadFastValidator(target: TargetId): FastValidator | undefined {
  if (!fastValidators.has(target)) fastValidators.set(target, loadGeneratedValidator(target));
  return fastValidators.get(target) ?? undefined;
}

function loadGeneratedValidator(target: TargetId): FastValidatorOrNull {
  try {
    const here = new URL(".", import.meta.url);
    const generated = statSync(new URL(fastValidatorFile(target), here));
    // A validator older than any compiled schema may not match them: never trust it.
    for (const schema of ["config.js", `targets/${target}.js`]) {
      if (generated.mtimeMs < statSync(new URL(schema, here)).mtimeMs) return null;
    }
    return readSchemaValidator(fileURLToPath(new URL(fastValidatorFile(target), here))) ?? null;
  } catch {
    return null;
  }
}

type FastValidatorOrNull = FastValidator | null;
