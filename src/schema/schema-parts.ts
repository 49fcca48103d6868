/**
 * @fileoverview A JSON Schema stored in parts, one JSON text per line, as
 * scripts/build-validator.mjs writes dist/schema/openclaw-<target>-validate.jsonl:
 * line 0 is a header, line 1 the root, and every other line a subschema that
 * the others name as `{"$part": n}` (a large subschema, or a definition that
 * a `$ref` named). A line is parsed the first time it is asked for: parsing
 * the whole 2026.9 schema (≈ 250 KB) takes ≈ 4 ms at a start, the lines a
 * small config reaches a fraction of that.
 */
import type { SchemaParts } from "./schema-check.js";

/** The header's format name; a new layout gets a new version. */
export const SCHEMA_PARTS_FORMAT = "agentcfg-schema-parts";
export const SCHEMA_PARTS_VERSION = 1;

/** The parts of the schema in `bytes` (the file's whole content, ASCII). Throws on a file of another format. */
export function schemaPartsOf(bytes: Uint8Array | string): SchemaParts {
  // Kept as bytes: only the lines a check reaches are decoded (the whole file as a string is ≈ 0.4 ms of a start).
  const data = typeof bytes === "string" ? Buffer.from(bytes, "latin1") : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = [0];
  for (let at = data.indexOf(0x0a); at >= 0; at = data.indexOf(0x0a, at + 1)) starts.push(at + 1);
  const line = (n: number): unknown => {
    if (!Number.isInteger(n) || n < 0 || n + 1 >= starts.length) throw new Error(`schema parts: no line ${n}`);
    return JSON.parse(data.toString("latin1", starts[n], starts[n + 1]! - 1));
  };
  const header = line(0) as { format?: unknown; version?: unknown };
  if (header.format !== SCHEMA_PARTS_FORMAT || header.version !== SCHEMA_PARTS_VERSION) throw new Error("schema parts: not a file of this version");
  const parsed = new Map<number, unknown>();
  const part = (n: number) => {
    if (!parsed.has(n)) parsed.set(n, line(n));
    return parsed.get(n) as ReturnType<SchemaParts["root"]>;
  };
  return { root: () => part(1), part };
}
