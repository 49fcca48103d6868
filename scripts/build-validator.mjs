/**
 * @fileoverview `npm run build`, between tsc and the CLI bundle: generates
 * dist/schema/openclaw-<target>-validate.cjs for each target (2026.4, 2026.9),
 * a standalone validator of the config (valid or not, no messages) made by
 * ajv's code generation from the JSON Schema that dist/ generates from that
 * target's Zod schemas. The bundle loads only the one a file needs. ajv's few
 * run-time helpers are bundled into the file by esbuild, so ajv stays a
 * devDependency.
 *
 * The large sections each get their own file under
 * dist/schema/validators-<target>/, loaded only when a config has that
 * section (see writeSplitValidator).
 *
 * The CLI bundle runs it first and loads Zod only when it rejects (see
 * src/schema/schema-stage.ts). That is sound because the JSON Schema is never
 * more lenient than Zod: test/json-schema-parity.test.ts proves they agree,
 * with every listed exception in the direction "ajv stricter", and
 * test/cold-start-fast-validate.test.ts runs this very file against Zod.
 */
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The generated validator of a target. */
export const validatorFile = (target) => `${ROOT}dist/schema/openclaw-${target}-validate.cjs`;

/** Keywords that annotate and never constrain (draft-07's own, and the editor vocabulary): dropped before compiling. */
const ANNOTATIONS = new Set(["title", "description", "default", "examples", "$comment", "readOnly", "writeOnly", "deprecated"]);
/** Keywords whose value is one subschema, a list of them, or a map of name → subschema. */
const SUBSCHEMA = new Set(["additionalProperties", "propertyNames", "items", "additionalItems", "contains", "not", "if", "then", "else"]);
const SUBSCHEMA_LISTS = new Set(["anyOf", "allOf", "oneOf", "items"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "dependencies"]);

/**
 * A copy of `schema` without annotations, which ajv's generated code would
 * otherwise embed (the whole schema, ≈ 100 KB of descriptions and snippets).
 * Only keyword positions are touched: a config key named "description" under
 * `properties` stays. Anything else is kept, and ajv's strict mode rejects a
 * keyword it does not know, so nothing that constrains can be dropped here.
 */
export function withoutAnnotations(schema, annotations) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const out = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    if (SUBSCHEMA_LISTS.has(keyword) && Array.isArray(value)) out[keyword] = value.map((s) => withoutAnnotations(s, annotations));
    else if (SUBSCHEMA.has(keyword)) out[keyword] = withoutAnnotations(value, annotations);
    else if (SUBSCHEMA_MAPS.has(keyword) && value && typeof value === "object") {
      // dependencies may map to a list of names rather than a subschema: withoutAnnotations leaves lists alone.
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, withoutAnnotations(s, annotations)]));
    } else out[keyword] = value;
  }
  return out;
}

/** A subschema (annotations stripped) at least this long gets its own, lazily loaded validator (see splitPoints). */
export const SPLIT_MIN_CHARS = 300;

/** Shared subschemas at least this long (no docs) are compiled once for all their uses. */
const VALIDATOR_SHARED_MIN_CHARS = 120;

/** The definitions `schema` reaches through `$ref`, transitively: ajv would otherwise generate code for all of them. */
function reachableDefinitions(schema, definitions) {
  const out = {};
  const visit = (node) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "definitions") continue;
      if (keyword === "$ref" && typeof value === "string" && value.startsWith("#/definitions/")) {
        const name = value.slice("#/definitions/".length);
        if (!(name in out)) {
          out[name] = definitions[name];
          visit(definitions[name]);
        }
      } else visit(value);
    }
  };
  visit(schema);
  return Object.fromEntries(Object.keys(out).sort().map((name) => [name, out[name]]));
}

function compileStandalone(schema) {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: false, code: { source: true, esm: false, optimize: true }, inlineRefs: false, messages: false });
  const validate = ajv.compile(schema);
  return (standaloneCode.default ?? standaloneCode)(ajv, validate);
}

async function bundle(source, outfile, what) {
  await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: "openclaw-validate.generated.cjs", loader: "js" },
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    minify: true,
    banner: { js: `/* Generated by scripts/build-validator.mjs from the Zod schemas (via their JSON Schema): ${what}; do not edit. */` },
    logLevel: "warning",
  });
}

/** Where `path` (property names, "[]" for a list's items) leads inside `node`, through properties and items only. */
function nodeAt(node, path) {
  let current = node;
  for (const segment of path) current = segment === "[]" ? current.items : current.properties[segment];
  return current;
}

/**
 * The split points below `node`: every subschema reached through properties
 * or (single-schema) items, not a `$ref`, whose code would be large. Only
 * these two keywords, because there the composition is exact: the value is
 * valid when the parent (with the point left open) and the value at the
 * point are both valid.
 */
function splitPoints(node, path, out, definitions) {
  const visit = (child, childPath) => {
    if (!child || typeof child !== "object") return;
    // A shared definition is split whole (its validator is the definition); its inside is not split further.
    const ref = typeof child.$ref === "string" ? definitions[child.$ref.slice("#/definitions/".length)] : undefined;
    if (JSON.stringify(ref ?? child).length >= SPLIT_MIN_CHARS) out.push(childPath);
    if (!ref) splitPoints(child, childPath, out, definitions);
  };
  if (node.properties) for (const [name, child] of Object.entries(node.properties)) visit(child, [...path, name]);
  if (node.items && !Array.isArray(node.items)) visit(node.items, [...path, "[]"]);
  return out;
}

/** A copy of the node at `path` with every split point below it left open (`{}`). */
function withHoles(full, path, points) {
  const copy = structuredClone(nodeAt(full, path));
  for (const point of points) {
    if (point.length <= path.length || !path.every((segment, i) => point[i] === segment)) continue;
    const rest = point.slice(path.length);
    // Below a point already left open: nothing left to open.
    if (points.some((p) => p.length > path.length && p.length < point.length && p.every((segment, i) => point[i] === segment))) continue;
    const parent = nodeAt(copy, rest.slice(0, -1));
    const last = rest[rest.length - 1];
    if (last === "[]") parent.items = {};
    else parent.properties[last] = {};
  }
  return copy;
}

const fileOf = (path) => path.map((segment) => (segment === "[]" ? "items" : segment.replace(/[^A-Za-z0-9_-]/g, "_"))).join(".");

/**
 * The root, with every large subschema left open (`{}`), plus one validator
 * per such subschema, loaded on the first config that has a value there. A
 * check of a config with only agents, auth and models then never parses the
 * code for channels, plugins or tools (together several MB), nor for the
 * per-agent sandbox, tools or memory search it does not set.
 */
export async function buildValidator() {
  const { TARGET_IDS } = await import(`${ROOT}dist/schema/targets/ids.js`);
  const { generateJsonSchema } = await import(`${ROOT}dist/schema/json-schema.js`);
  for (const target of TARGET_IDS) await writeSplitValidator(generateJsonSchema(target), validatorFile(target), `validators-${target}`);
}

/**
 * Writes the validator of `jsonSchema` to `outfile`, with its large parts in
 * dist/schema/<folder>/ (one folder per root schema: a target has its own).
 */
export async function writeSplitValidator(jsonSchema, outfile, folder) {
  const dir = `${ROOT}dist/schema/${folder}/`;
  // From dist/, not the committed schemas/ file: the validator matches the Zod schemas being built.
  const { EDITOR_KEYWORDS } = await import(`${ROOT}dist/schema/json-schema.js`);
  const { hoistRepeatedSubschemas } = await import(`${ROOT}dist/schema/editor-repeated-subschemas.js`);
  // The parity test's options, less allErrors: the first error settles "invalid". Strict, so an unknown keyword fails the build.
  const annotations = new Set([...ANNOTATIONS, ...EDITOR_KEYWORDS]);
  const full = withoutAnnotations(jsonSchema, annotations);
  // Without their docs many more subschemas are alike: each is compiled once (inlineRefs: false).
  hoistRepeatedSubschemas(full, full.definitions, VALIDATOR_SHARED_MIN_CHARS);
  const points = splitPoints(full, [], [], full.definitions);
  const files = points.map(fileOf);
  if (new Set(files).size !== files.length) throw new Error("build-validator: two split points share a file name");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [i, point] of points.entries()) {
    const schema = withHoles(full, point, points);
    schema.definitions = reachableDefinitions(schema, full.definitions);
    await bundle(compileStandalone(schema), `${dir}${files[i]}.cjs`, `the subschema at ${point.join(".")}`);
  }
  const root = withHoles(full, [], points);
  root.definitions = reachableDefinitions(root, full.definitions);
  // Parents before children: a child's validator then sees only values of the type its parent checked.
  const splits = points.map((path, i) => ({ path, file: files[i] })).sort((a, b) => a.path.length - b.path.length);
  const wrapper = `
const rootModule = { exports: {} };
(function (module, exports) {
${compileStandalone(root)}
})(rootModule, rootModule.exports);
const root = rootModule.exports;
const { join } = require("node:path");
const DIR = join(__dirname, "..", "schema", ${JSON.stringify(folder)});
const SPLITS = ${JSON.stringify(splits)};
const loaded = Object.create(null);
const hasOwn = Object.prototype.hasOwnProperty;
/** The values at path (with their JSON pointers): "[]" is every item of a list. */
function valuesAt(value, path, pointer, out) {
  if (path.length === 0) { out.push([value, pointer]); return out; }
  const [segment, ...rest] = path;
  if (segment === "[]") {
    if (Array.isArray(value)) value.forEach((item, i) => valuesAt(item, rest, pointer + "/" + i, out));
  } else if (value !== null && typeof value === "object" && !Array.isArray(value) && hasOwn.call(value, segment)) {
    valuesAt(value[segment], rest, pointer + "/" + segment, out);
  }
  return out;
}
function validate(value) {
  validate.errors = null;
  if (!root(value)) { validate.errors = root.errors; return false; }
  for (const split of SPLITS) {
    for (const [at, pointer] of valuesAt(value, split.path, "", [])) {
      const check = loaded[split.file] || (loaded[split.file] = require(join(DIR, split.file + ".cjs")));
      if (!check(at)) {
        validate.errors = (check.errors || []).map((e) => ({ ...e, instancePath: pointer + e.instancePath }));
        return false;
      }
    }
  }
  return true;
}
module.exports = validate;
module.exports.default = validate;
`;
  await bundle(wrapper, outfile, "the root, loading its large parts from validators/ when a config has them");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildValidator();
  console.log("generated dist/schema/openclaw-<target>-validate.cjs");
}
