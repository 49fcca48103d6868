/**
 * @fileoverview `agentcfg schema [--target T] [--out FILE]`: its options. Kept
 * free of heavy imports; the work is in schema-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";
import { DEFAULT_TARGET, TARGET_IDS, type TargetId } from "../../schema/targets/ids.js";

export interface SchemaArgs {
  out: string | undefined;
  target: TargetId;
}

export function schemaBuilder(yargs: Argv): Argv<SchemaArgs> {
  return yargs
    .option("out", {
      alias: "o",
      type: "string",
      describe: "Write the schema to FILE (atomically) instead of printing it",
    })
    .option("target", {
      choices: TARGET_IDS,
      default: DEFAULT_TARGET,
      requiresArg: true,
      describe: "The OpenClaw release whose config format the schema describes",
    })
    .example("$0 schema", "Print the JSON Schema for openclaw.json (OpenClaw 2026.9)")
    .example("$0 schema --target 2026.4 --out schemas/openclaw-2026.4.schema.json", "Write the 2026.4 schema to a file") as unknown as Argv<SchemaArgs>;
}
