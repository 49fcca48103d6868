/**
 * @fileoverview The fast validator of a target, from the file the build wrote
 * (dist/schema/openclaw-<target>-validate.jsonl): one synchronous read; the
 * parts are decoded (Latin-1: the build writes ASCII) and parsed as a check
 * reaches them.
 */
import { readFileSync } from "node:fs";
import { type SchemaValidator, schemaValidator } from "./schema-check.js";
import { schemaPartsOf } from "./schema-parts.js";

/** The validator of the schema in the file at `path`; undefined when it cannot be read or is of another format. */
export function readSchemaValidator(path: string): SchemaValidator | undefined {
  try {
    return schemaValidator(schemaPartsOf(readFileSync(path)));
  } catch {
    return undefined;
  }
}
