/**
 * @fileoverview Preloaded into a benchmarked process (`node --import`): at exit
 * it writes the process's peak resident set size (KiB) to stderr, where the
 * harness reads it. Nothing else changes in the process.
 */
process.on("exit", () => {
  process.stderr.write(`\nagentcfg-bench-max-rss=${process.resourceUsage().maxRSS}\n`);
});
