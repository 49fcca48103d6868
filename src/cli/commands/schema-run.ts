/**
 * @fileoverview Runs `agentcfg schema`: prints the editor JSON Schema, or
 * writes it atomically (a temporary file beside the target, then a rename), so
 * a failed write leaves the old file exactly as it was.
 */
import { replaceFile } from "../../state/file-replace.js";
import { generateJsonSchema, renderJsonSchema } from "../../schema/json-schema.js";
import { Redactor } from "../../secrets/redact.js";
import { M } from "../messages.js";
import { EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import type { SchemaArgs } from "./schema.js";

/** Every message that repeats a name from the command line or a file passes this: a key pasted as a file name is masked. */
const echo = new Redactor();

export async function runSchema(args: SchemaArgs): Promise<number> {
  const text = renderJsonSchema(generateJsonSchema(args.target));
  if (args.out === undefined) {
    process.stdout.write(text);
    return EXIT_OK;
  }
  if (args.out === "") {
    process.stderr.write(echo.redact(M.schemaOutNeedsName()));
    return EXIT_USAGE;
  }
  // A schema is a public file: a new one is readable by all, as an ordinary write would make it.
  const written = replaceFile(args.out, text, { newFileMode: 0o644 });
  if (!written.ok) {
    process.stderr.write(echo.redact(M.schemaWriteFailed(args.out, written.reason, written.advice)));
    return EXIT_USAGE;
  }
  process.stderr.write(echo.redact(M.schemaWrote(args.out, Buffer.byteLength(text))));
  return EXIT_OK;
}
