/**
 * @fileoverview How the schema stage reaches Zod and the fast validator. This
 * is the library's (and the unbundled CLI's) version: Zod is imported as usual
 * and there is no fast validator, so `check` from dist/ always asks Zod.
 *
 * The CLI bundle replaces this module with fast-validate-loaders.bundle.ts
 * (scripts/build-bundle.mjs swaps any X.js for an X.bundle.js beside it),
 * where both are loaded by a synchronous `require` on first use.
 */
import * as zodStage from "./fast-validate-zod.js";

export type ZodStage = typeof zodStage;

/** A standalone validator: true when the value is valid; it says nothing about why not. */
export type FastValidator = (value: unknown) => boolean;

export function loadZodStage(): ZodStage {
  return zodStage;
}

export function loadFastValidator(): FastValidator | undefined {
  return undefined;
}
