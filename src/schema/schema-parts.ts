/**
 * @fileoverview A JSON Schema stored in parts, one JSON text per line, as
 * scripts/build-validator.mjs writes dist/schema/openclaw-<target>-validate.jsonl:
 * line 0 is a header (naming where every other line starts), line 1 the root, and every other line a subschema that
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
  const headerEnd = data.indexOf(0x0a);
  const header = JSON.parse(data.toString("latin1", 0, headerEnd < 0 ? data.length : headerEnd)) as { format?: unknown; version?: unknown; lines?: unknown };
  if (header.format !== SCHEMA_PARTS_FORMAT || header.version !== SCHEMA_PARTS_VERSION || !Array.isArray(header.lines)) {
    throw new Error("schema parts: not a file of this version");
  }
  // Line n (1 is the root) starts at starts[n - 1], counted from the byte after the header's newline.
  const starts = header.lines as number[];
  const base = headerEnd + 1;
  const line = (n: number): unknown => {
    if (!Number.isInteger(n) || n < 1 || n > starts.length) throw new Error(`schema parts: no line ${n}`);
    const start = base + starts[n - 1]!;
    const end = n < starts.length ? base + starts[n]! - 1 : data.indexOf(0x0a, start);
    return JSON.parse(data.toString("latin1", start, end < 0 ? data.length : end));
  };
  const parsed = new Map<number, unknown>();
  const part = (n: number) => {
    if (!parsed.has(n)) parsed.set(n, line(n));
    return parsed.get(n) as ReturnType<SchemaParts["root"]>;
  };
  return { root: () => part(1), part };
}
