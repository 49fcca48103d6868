/**
 * @fileoverview The CLI bundle's version of momoa.ts (swapped in by
 * scripts/build-bundle.mjs): the same two functions, with momoa required on
 * the first call, so a start that needs no syntax tree never initialises it.
 */
type Momoa = typeof import("@humanwhocodes/momoa");

let momoa: Momoa | undefined;
const loaded = (): Momoa => (momoa ??= require("@humanwhocodes/momoa") as Momoa);

export const parse: Momoa["parse"] = (...args) => loaded().parse(...args);
export const tokenize: Momoa["tokenize"] = (...args) => loaded().tokenize(...args);
