import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the CPUs: one worker on a 2-core CI machine. Most
    // of this suite's time is spent waiting on child processes (the built CLI, crash tests), so
    // a worker per CPU keeps both cores busy.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules instead of loading src/ (and both targets' Zod schemas)
    // again for each of ~100 files: import time 90 s -> 26 s summed over the workers. A test that needs
    // a module's state fresh resets it itself (config-validator.test.ts: vi.resetModules()).
    isolate: false,
  },
});
