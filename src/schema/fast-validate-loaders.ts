/**
 * @fileoverview How the schema stage reaches Zod and the fast validator. This
 * is the library's (and the unbundled CLI's) version: Zod is imported as usual,
 * and the fast validator is used when the build generated it beside this
 * module (dist/schema/openclaw-validate.cjs) no earlier than the schemas it was
 * generated from; otherwise (tests run on src/, or a build that ran tsc alone)
 * every value goes to Zod. Either way Zod alone writes the diagnostics.
 *
 * The CLI bundle replaces this module with fast-validate-loaders.bundle.ts
 * (scripts/build-bundle.mjs swaps any X.js for an X.bundle.js beside it),
 * where both are loaded by a synchronous `require` on first use.
 */
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import * as zodStage from "./fast-validate-zod.js";

export type ZodStage = typeof zodStage;

/** A standalone validator: true when the value is valid; it says nothing about why not. */
export type FastValidator = (value: unknown) => boolean;

export function loadZodStage(): ZodStage {
  return zodStage;
}

let fastValidator: FastValidator | null | undefined;

export function loadFastValidator(): FastValidator | undefined {
  if (fastValidator === undefined) fastValidator = loadGeneratedValidator();
  return fastValidator ?? undefined;
}

function loadGeneratedValidator(): FastValidator | null {
  try {
    const here = new URL(".", import.meta.url);
    const generated = statSync(new URL("openclaw-validate.cjs", here));
    const schema = statSync(new URL("config.js", here));
    // A validator older than the compiled schemas may not match them: never trust it.
    if (generated.mtimeMs < schema.mtimeMs) return null;
    return createRequire(import.meta.url)("./openclaw-validate.cjs") as FastValidator;
  } catch {
    return null;
  }
}
