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

/** A shared definition at least this long (no docs) is copied into each place it is used before splitting (see splitPoints). */
const INLINE_MIN_CHARS = 8000;

/** Shared subschemas at least this long (no docs) are compiled once for all their uses. */
const VALIDATOR_SHARED_MIN_CHARS = 120;

/** The definitions `schema` reaches through `$ref`, transitively: ajv would otherwise generate code for all of them. */
function reachableDefinitions(schema, definitions) {
  const out = {};
  const visit = (node) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [keyword, value] of Object.entries(node)) {
      // The root's own definitions only: deeper, "definitions" is a config key (gateway.roles.definitions) and its schema is read.
      if (keyword === "definitions" && node === schema) continue;
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
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((name) => [name, out[name]]),
  );
}

/**
 * A subschema at least this long (no docs) is compiled as a function of its own, even if used once: ajv
 * writes an object's properties inline into one function, and V8 compiles (and the code cache holds) a whole
 * function, so a check of `agents.defaults` with three keys would compile the code of all sixty. As functions,
 * the properties a config does not have are never compiled.
 */
const FUNCTION_MIN_CHARS = 40;

/** Keywords whose value is one subschema, and those whose value is a list or a map of them (where a subschema can become a `$ref`). */
const HOIST_ONE = ["additionalProperties", "items", "additionalItems", "propertyNames", "contains", "not", "if", "then", "else"];
const HOIST_LIST = ["anyOf", "allOf", "oneOf", "items"];
const HOIST_MAP = ["properties", "patternProperties"];

/**
 * Moves every large subschema of `schema` (not the root, not a definition) into
 * `schema.definitions` under a new name and puts a `$ref` to it in its place:
 * in draft-07 a lone `$ref` means exactly the schema it names, so the verdict is
 * the same, and ajv (inlineRefs: false) gives each definition its own function.
 */
export function hoistLargeSubschemas(schema, minChars = FUNCTION_MIN_CHARS) {
  const definitions = (schema.definitions ??= {});
  let next = 0;
  const name = () => {
    while (`__fn${next}` in definitions) next++;
    return `__fn${next++}`;
  };
  const hoist = (node) => {
    if (node === null || typeof node !== "object" || Array.isArray(node) || typeof node.$ref === "string") return node;
    visit(node);
    if (JSON.stringify(node).length < minChars) return node;
    const id = name();
    definitions[id] = node;
    return { $ref: `#/definitions/${id}` };
  };
  const visit = (node) => {
    for (const keyword of HOIST_ONE)
      if (node[keyword] && typeof node[keyword] === "object" && !Array.isArray(node[keyword])) node[keyword] = hoist(node[keyword]);
    for (const keyword of HOIST_LIST) if (Array.isArray(node[keyword])) node[keyword] = node[keyword].map(hoist);
    for (const keyword of HOIST_MAP) {
      const map = node[keyword];
      if (map && typeof map === "object") for (const key of Object.keys(map)) map[key] = hoist(map[key]);
    }
  };
  visit(schema);
  for (const key of Object.keys(definitions)) if (!key.startsWith("__fn")) visit(definitions[key]);
  return schema;
}

function compileStandalone(shared) {
  // A copy: the definitions are shared with the other parts, and hoisting rewrites them.
  const schema = hoistLargeSubschemas(structuredClone(shared));
  const ajv = new Ajv({
    strict: true,
    strictTypes: false,
    allErrors: false,
    code: { source: true, esm: false, optimize: true },
    inlineRefs: false,
    messages: false,
  });
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

/** A split path's segment for every item of a list. */
const ITEMS = "[]";
/** A split path's segment for every value of a record (an object schema with only `additionalProperties`). */
const VALUES = "{}";

/** Where `path` (property names, ITEMS, VALUES) leads inside `node`, through properties, items and record values only. */
function nodeAt(node, path) {
  let current = node;
  for (const segment of path) current = segment === ITEMS ? current.items : segment === VALUES ? current.additionalProperties : current.properties[segment];
  return current;
}

/**
 * Whether `node` is a record whose values may be split off: `additionalProperties`
 * is a schema and nothing else names keys, so every own value of an object there
 * is checked by it (a key under `properties` or `patternProperties` would not be).
 */
function isRecord(node) {
  const values = node.additionalProperties;
  return values !== null && typeof values === "object" && !Array.isArray(values) && !node.properties && !node.patternProperties;
}

/**
 * The split points below `node`: every subschema reached through properties,
 * (single-schema) items or a record's values, not a `$ref`, whose code would
 * be large. Only these keywords, because there the composition is exact: the
 * value is valid when the parent (with the point left open) and the value at
 * the point are both valid. (A record's values matter most: `agents.entries`
 * holds every per-agent override, ≈ 200 KB of code that a config with one
 * agent of two keys would otherwise compile at each start.)
 */
/** How large the code for `schema` would be, as the length of its JSON and of every definition it reaches. */
function codeSize(schema, definitions) {
  let size = JSON.stringify(schema).length;
  for (const definition of Object.values(reachableDefinitions(schema, definitions))) size += JSON.stringify(definition).length;
  return size;
}

function splitPoints(node, path, out, definitions, inlined = new Set()) {
  const visit = (child, childPath, put) => {
    if (!child || typeof child !== "object") return;
    const name = typeof child.$ref === "string" ? child.$ref.slice("#/definitions/".length) : undefined;
    const ref = name === undefined ? undefined : definitions[name];
    // With the definitions it reaches: a definition may be only a `$ref` to the one that holds the code.
    const size = codeSize(ref ?? child, definitions);
    if (size >= SPLIT_MIN_CHARS) out.push(childPath);
    if (!ref) return splitPoints(child, childPath, out, definitions, inlined);
    // A very large shared definition (the per-agent entry, used by a list and a record) is copied into each
    // place, so that its own parts split too; a smaller one is split whole (its validator is the definition).
    // Never inside itself: a recursive definition would copy without end.
    if (size < INLINE_MIN_CHARS || inlined.has(name) || Object.keys(child).length !== 1) return;
    const copy = structuredClone(ref);
    put(copy);
    splitPoints(copy, childPath, out, definitions, new Set([...inlined, name]));
  };
  if (node.properties) for (const [name, child] of Object.entries(node.properties)) visit(child, [...path, name], (copy) => (node.properties[name] = copy));
  if (node.items && !Array.isArray(node.items)) visit(node.items, [...path, ITEMS], (copy) => (node.items = copy));
  if (isRecord(node)) visit(node.additionalProperties, [...path, VALUES], (copy) => (node.additionalProperties = copy));
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
    if (last === ITEMS) parent.items = {};
    else if (last === VALUES) parent.additionalProperties = {};
    else parent.properties[last] = {};
  }
  return copy;
}

/** The split points as the tree the validator walks: [file or null, [[segment, subtree], ...]] (arrays, so no key can be `__proto__`). */
function splitTree(points, files) {
  const tree = [null, []];
  for (const [i, path] of points.entries()) {
    let node = tree;
    for (const segment of path) {
      let next = node[1].find(([s]) => s === segment)?.[1];
      if (!next) node[1].push([segment, (next = [null, []])]);
      node = next;
    }
    node[0] = files[i];
  }
  return tree;
}

const fileOf = (path) =>
  path.map((segment) => (segment === ITEMS ? "items" : segment === VALUES ? "values" : segment.replace(/[^A-Za-z0-9_-]/g, "_"))).join(".");

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
  const wrapper = `
const rootModule = { exports: {} };
(function (module, exports) {
${compileStandalone(root)}
})(rootModule, rootModule.exports);
const root = rootModule.exports;
const { join } = require("node:path");
const DIR = join(__dirname, "..", "schema", ${JSON.stringify(folder)});
/** The split points as a tree: [file or null, [[segment, subtree], ...]]; "[]" is every item of a list, "{}" every value of an object. */
// Parsed from a string: as an array literal of ≈ 2,000 nested arrays it cost more to create at each start (V8 advises JSON.parse for large literals).
const SPLITS = JSON.parse(${JSON.stringify(JSON.stringify(splitTree(points, files)))});
const loaded = Object.create(null);
const hasOwn = Object.prototype.hasOwnProperty;
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const escapePointer = (key) => key.split("~").join("~0").split("/").join("~1");
/**
 * Checks the value at a node of the tree by the node's validator, then walks
 * on: a parent is checked before its children, so a child's validator sees
 * only values of the type its parent checked, and a branch the value does not
 * have costs nothing.
 */
function checkAt(value, node, pointer) {
  const file = node[0];
  if (file !== null) {
    const check = loaded[file] || (loaded[file] = require(join(DIR, file + ".cjs")));
    if (!check(value)) {
      validate.errors = (check.errors || []).map((e) => ({ ...e, instancePath: pointer + e.instancePath }));
      return false;
    }
  }
  for (const [segment, child] of node[1]) {
    if (segment === "[]") {
      if (!Array.isArray(value)) continue;
      for (let i = 0; i < value.length; i++) if (!checkAt(value[i], child, pointer + "/" + i)) return false;
    } else if (!isObject(value)) {
      continue;
    } else if (segment === "{}") {
      // for…in, as ajv's own additionalProperties loop walks the keys, so the split judges exactly what the whole would.
      for (const key in value) if (!checkAt(value[key], child, pointer + "/" + escapePointer(key))) return false;
    } else if (hasOwn.call(value, segment) && !checkAt(value[segment], child, pointer + "/" + segment)) {
      return false;
    }
  }
  return true;
}
function validate(value) {
  validate.errors = null;
  if (!root(value)) { validate.errors = root.errors; return false; }
  return checkAt(value, SPLITS, "");
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
