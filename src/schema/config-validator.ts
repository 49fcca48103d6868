/**
 * @fileoverview The config schema the check validates with: the target's root
 * schema, compiled by `z.compile` once this process has validated enough text
 * to repay the compile (a few milliseconds), so a large config or a bulk run
 * validates several times faster while a single small file does not pay for
 * it. The compiled clone falls back to the runtime parser on any failure, so
 * its issues, and the diagnostics made from them, are the same.
 */
import { z } from "zod";
import type { ConfigSource } from "../document/source.js";
import type { TargetId } from "./targets/ids.js";
import { configSchemaOf } from "./targets/schemas.js";

/** Text validated (in UTF-16 units) before the schema is compiled. */
export const COMPILE_AFTER_CHARS = 64 * 1024;

const compiled = new Map<TargetId, z.ZodType>();
let validatedChars = 0;

export function configSchemaFor(source: ConfigSource, target: TargetId = "2026.4", compileAfter = COMPILE_AFTER_CHARS): z.ZodType {
  const done = compiled.get(target);
  if (done) return done;
  for (const doc of source.documents) validatedChars += doc.text.length;
  if (validatedChars < compileAfter) return configSchemaOf(target);
  const schema = z.compile(configSchemaOf(target));
  compiled.set(target, schema);
  return schema;
}
