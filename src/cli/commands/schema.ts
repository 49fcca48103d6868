/**
 * @fileoverview `agentcfg schema [--out FILE]`: its options. Kept free of heavy
 * imports; the work is in schema-run.ts, loaded when the command runs.
 */
import type { Argv } from "yargs";

export interface SchemaArgs {
  out: string | undefined;
}

export function schemaBuilder(yargs: Argv): Argv<SchemaArgs> {
  return yargs
    .option("out", {
      alias: "o",
      type: "string",
      describe: "Write the schema to FILE (atomically) instead of printing it",
    })
    .example("$0 schema", "Print the JSON Schema for openclaw.json")
    .example("$0 schema --out schemas/openclaw.schema.json", "Write it to a file") as unknown as Argv<SchemaArgs>;
}
