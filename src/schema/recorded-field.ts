/**
 * @fileoverview One field of a generated section (src/schema/sections/), for
 * the hand-written schemas: they keep their own title and description (our
 * wording, our editor hints) and take what is valid from the schema OpenClaw
 * recorded, so a limit or an enum can never drift from the release.
 */
import type { z } from "zod";
import { unwrap } from "./introspect.js";

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };

/**
 * The schema at `path` inside `section` ("defaults.pdfMaxPages",
 * "list.[].workspace"), without its `.optional()`, documented with our words.
 * Throws on a path the recorded schema does not have: a stale path is a bug.
 */
export function recordedField(section: z.ZodType, path: string, title: string, description: string): z.ZodType {
  let current = section;
  for (const segment of path.split(".")) {
    const def = (unwrap(current) as unknown as { _zod: { def: Def } })._zod.def;
    const next = segment === "[]" ? def.element : def.shape?.[segment];
    if (!next) throw new Error(`recorded schema has no field at "${path}" (stuck at "${segment}")`);
    current = next;
  }
  return unwrap(current).meta({ title, description });
}
