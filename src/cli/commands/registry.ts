/**
 * @fileoverview Every command of the CLI, one entry each. The options live in
 * light modules; the work is imported only when the command runs, so start-up
 * stays fast. Adding a command is adding its two modules and one entry here.
 */
import type { Argv } from "yargs";
import { CHECK_COMMAND } from "./check-entry.js";
import { runner, type CommandEntry } from "./entry.js";
import { migrateBuilder } from "./migrate.js";
import { schemaBuilder } from "./schema.js";
import { inspectBuilder } from "./inspect.js";
import { explainBuilder } from "./explain.js";
import { compileBuilder } from "./compile.js";
import { authBuilder } from "./auth.js";
import { lspBuilder } from "./lsp.js";
import { sessionsBuilder } from "./sessions.js";
import { completionBuilder } from "./completion.js";

export type { CommandEntry } from "./entry.js";

export const COMMANDS: CommandEntry[] = [
  CHECK_COMMAND,
  {
    command: "migrate [file]",
    describe: "Rewrite old config forms (agent, routing, old provider ids, …) to the current ones, keeping every comment; a dry run shows the diff",
    builder: (y) => migrateBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./migrate-run.js")).runMigrate),
  },
  {
    command: "schema",
    describe: "Print (or --out: write) the JSON Schema that gives editors completion, hover and errors for openclaw.json",
    builder: (y) => schemaBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./schema-run.js")).runSchema),
  },
  {
    command: "explain [config]",
    describe: "The failover plan: models in order, each provider's auth profiles in try order, and why",
    builder: (y) => explainBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./explain-run.js")).runExplain),
  },
  {
    command: "compile [config]",
    describe: "Write every agent's normalized auth-state.json (and with --out the normalized config); --dry-run shows the diff",
    builder: (y) => compileBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./compile-run.js")).runCompile),
  },
  {
    command: "auth <area> [args..]",
    describe: "auth order get|set|clear: the stored profile order per provider; auth add: store a key from stdin or an env var",
    builder: (y) => authBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./auth-order-run.js")).runAuth),
  },
  {
    command: "inspect [config]",
    describe: "A local page (127.0.0.1 only) that draws every agent's model chain, the profiles in try order with their state, and the diagnostics in place",
    builder: (y) => inspectBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./inspect-run.js")).runInspect),
  },
  {
    command: "lsp",
    describe: "A language server (stdio) for editors: the same diagnostics as check, quick fixes, completion and hover",
    builder: (y) => lspBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./lsp-run.js")).runLsp),
  },
  {
    command: "sessions <action> [key]",
    describe: "sessions clear-pin KEY: remove a session's auth pin in a 2026.4 sessions.json, as /new does, under OpenClaw's lock",
    builder: (y) => sessionsBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./sessions-run.js")).runSessions),
  },
  {
    command: "completion <shell>",
    describe: "Print a completion script for bash, zsh or fish: commands, options, their values and file names",
    builder: (y) => completionBuilder(y) as unknown as Argv,
    load: async () => runner((await import("./completion-run.js")).runCompletion),
  },
];
