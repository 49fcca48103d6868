/**
 * @fileoverview momoa's parse and tokenize, the two functions the document
 * stage calls (for source ranges, syntax errors and edits). The CLI bundle
 * swaps in momoa.bundle.ts, which loads momoa on the first call: a clean
 * check never needs a tree, and momoa is 60 KB of code to initialise.
 */
export { parse, tokenize } from "@humanwhocodes/momoa";
