/**
 * @fileoverview How big the slow suites run. `npm test` runs a fast
 * representative of each crash, bundle and property suite; `npm run test:slow`
 * (AGENTCFG_SLOW=1, also run by .ci/run) runs them whole. Random choices in
 * those suites (when to kill a writer, say) come from a seeded generator, so a
 * failing run replays: the seed is printed, and AGENTCFG_TEST_SEED replays it.
 */

/** True under `npm run test:slow`. */
export const SLOW = process.env["AGENTCFG_SLOW"] === "1";

/** `fast` cases in `npm test`, `slow` cases under `npm run test:slow`. */
export function scaled(fast: number, slow: number): number {
  return SLOW ? slow : fast;
}

const DEFAULT_SEED = 20_261_202;

/** The seed of this run: AGENTCFG_TEST_SEED when set, else a fixed one. */
export const TEST_SEED = (() => {
  const raw = Number(process.env["AGENTCFG_TEST_SEED"]);
  return Number.isInteger(raw) && raw > 0 ? raw : DEFAULT_SEED;
})();

/**
 * A seeded generator of numbers in [0, 1) (mulberry32: small, fast, and good
 * enough to spread kill delays; not for anything secret).
 */
export function seededRandom(seed: number = TEST_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
