/**
 * @fileoverview One field of a generated section (src/schema/sections/), for
 * the hand-written schemas: they keep their own title and description (our
 * wording, our editor hints) and take what is valid from the schema OpenClaw
 * recorded, so a limit or an enum can never drift from the release.
 */
import { z } from "zod";
import { unwrap } from "./introspect.js";

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (unwrap(schema) as unknown as { _zod: { def: Def } })._zod.def;
}

/** The recorded schema at `path` ("defaults.pdfMaxPages", "list.[].workspace", "entries.*.name"), unwrapped. */
function recordedAt(section: z.ZodType, path: string): z.ZodType {
  let current = section;
  for (const segment of path.split(".")) {
    const def = defOf(current);
    const next = segment === "[]" ? def.element : segment === "*" ? def.valueType : def.shape?.[segment];
    if (!next) throw new Error(`recorded schema has no field at "${path}" (stuck at "${segment}")`);
    current = next;
  }
  return unwrap(current);
}

/**
 * The schema at `path` inside `section`, without its `.optional()`,
 * documented with our words. Throws on a path the recorded schema does not
 * have: a stale path is a bug.
 */
export function recordedField(section: z.ZodType, path: string, title: string, description: string): z.ZodType {
  return recordedAt(section, path).meta({ title, description });
}

/**
 * `ours` (a strict object written for one release) with every key OpenClaw
 * recorded at `path` validated as recorded, except the keys in `keep` (ours
 * on purpose: aliases, messages, editor hints). A recorded key keeps our
 * title and description when `ours` has it, else the recorded ones; a key of
 * ours the recorded schema lacks (read, then rewritten on load) stays ours.
 */
export function withRecordedFields(ours: z.ZodObject, section: z.ZodType, path: string, keep: readonly string[]): z.ZodObject {
  const recorded = defOf(recordedAt(section, path)).shape ?? {};
  const shape: Record<string, z.ZodType> = { ...ours.shape };
  for (const [key, field] of Object.entries(recorded)) {
    if (keep.includes(key)) continue;
    const docs = (ours.shape[key] ? unwrap(ours.shape[key]).meta() : unwrap(field).meta()) ?? {};
    const title = typeof docs["title"] === "string" ? docs["title"] : key;
    const description = typeof docs["description"] === "string" ? docs["description"] : `${key}, as OpenClaw validates it.`;
    shape[key] = recordedField(section, `${path}.${key}`, title, description).optional();
  }
  const docs = ours.meta() ?? {};
  return z.strictObject(shape).meta(docs);
}
