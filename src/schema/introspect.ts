/**
 * @fileoverview Reads a Zod schema's structure: the sub-schema at a path, the
 * keys an object knows, and a phrase for the type it expects. Used to write
 * diagnostics ("did you mean", "expected a string") from the same schemas that
 * validate.
 */
import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };

function defOf(schema: unknown): Def | undefined {
  const zod = (schema as { _zod?: { def?: Def } } | undefined)?._zod;
  return zod?.def;
}

/** Peels optional, nullable, default, readonly, lazy and pipe wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: unknown = schema;
  for (let i = 0; i < 32; i++) {
    const def = defOf(current);
    if (!def) break;
    if (
      def.type === "optional" ||
      def.type === "nullable" ||
      def.type === "default" ||
      def.type === "readonly" ||
      def.type === "prefault" ||
      def.type === "nonoptional" ||
      def.type === "catch"
    ) {
      current = def["innerType"];
    } else if (def.type === "lazy") {
      current = (def["getter"] as () => unknown)();
    } else if (def.type === "pipe") {
      current = def["in"];
    } else break;
  }
  return current as z.ZodType;
}

/** The alternatives of a union (after unwrapping), or the schema alone. */
function alternatives(schema: z.ZodType): z.ZodType[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def?.type === "union") return (def["options"] as z.ZodType[]).flatMap(alternatives);
  return [inner];
}

/** The sub-schema for `path`, choosing union branches that can hold the next segment. */
export function schemaAt(root: z.ZodType, path: ReadonlyArray<string | number>): z.ZodType | undefined {
  let candidates = alternatives(root);
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const candidate of candidates) {
      const child = childSchema(candidate, segment);
      if (child) next.push(...alternatives(child));
    }
    if (next.length === 0) return undefined;
    candidates = next;
  }
  return candidates.length === 1 ? candidates[0] : unionOf(candidates);
}

function unionOf(options: z.ZodType[]): z.ZodType {
  // A stand-in union for describing the choices; never used to validate.
  return { _zod: { def: { type: "union", options } } } as unknown as z.ZodType;
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  if (def.type === "object") {
    const shape = def["shape"] as Record<string, z.ZodType>;
    if (typeof segment === "string" && Object.hasOwn(shape, segment)) return shape[segment];
    return (def["catchall"] as z.ZodType | undefined) ?? undefined;
  }
  if (def.type === "record") return def["valueType"] as z.ZodType;
  if (def.type === "array" && typeof segment === "number") return def["element"] as z.ZodType;
  return undefined;
}

/** The keys an object schema at `path` declares (empty when it is not an object). */
export function knownKeysAt(root: z.ZodType, path: ReadonlyArray<string | number>): string[] {
  const at = schemaAt(root, path);
  if (!at) return [];
  const keys = new Set<string>();
  for (const option of alternatives(at)) {
    const def = defOf(option);
    if (def?.type === "object") for (const key of Object.keys(def["shape"] as object)) keys.add(key);
  }
  return [...keys];
}

/** A phrase for what a schema accepts: "a string", "a list of strings", "a string or an object". */
export function describeSchema(schema: z.ZodType | undefined, depth = 0): string {
  if (!schema || depth > 3) return "a valid value";
  const options = alternatives(schema);
  if (options.length > 1) {
    const phrases = [...new Set(options.map((o) => describeSchema(o, depth + 1)))];
    return phrases.length === 1 ? phrases[0]! : `${phrases.slice(0, -1).join(", ")} or ${phrases[phrases.length - 1]}`;
  }
  const def = defOf(options[0]);
  switch (def?.type) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "int":
      return "an integer";
    case "boolean":
      return "a boolean (true or false)";
    case "object":
      return "an object";
    case "record":
      return "an object (a map of names to values)";
    case "array": {
      const element = describeSchema(def["element"] as z.ZodType, depth + 1);
      return `a list of ${pluralize(element)}`;
    }
    case "enum":
      return `one of ${Object.values(def["entries"] as object)
        .map((v) => JSON.stringify(v))
        .join(", ")}`;
    case "literal":
      return (def["values"] as unknown[]).map((v) => JSON.stringify(v)).join(" or ");
    case "null":
      return "null";
    default:
      return "a valid value";
  }
}

function pluralize(phrase: string): string {
  const match = /^an? (\w+)(.*)$/.exec(phrase);
  if (!match) return phrase;
  return `${match[1]}s${match[2]}`;
}
