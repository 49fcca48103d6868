/**
 * @fileoverview Turns the JSON Schema each OpenClaw release prints
 * (fixtures/openclaw-schema/<release>.json, recorded by
 * scripts/record-openclaw-schema.mjs) into readable Zod code: one file per
 * top-level section per release under src/schema/sections/<release>/, a
 * section both releases print identically once under sections/common/, and
 * an index.ts per release mapping section names to schemas.
 *
 *   node scripts/generate-sections.mjs          writes the files
 *   node scripts/generate-sections.mjs --check  exits 1 when a file differs (test/sections-generated.test.ts)
 *
 * The mapping, keyword by keyword: titles, descriptions and defaults become
 * `.meta()`; enums, consts, bounds, patterns and item counts become the Zod
 * checks of the same meaning; `additionalProperties: false` a strict object,
 * a schema there a catchall or record, absent a loose object. OpenClaw prints
 * the schema of its parsed output, so a key with a default is listed as
 * required: it is optional in the input and generated so. The few keywords
 * Zod has no check for (`not`, `if`/`then`, `uniqueItems`, min/maxProperties,
 * mixed `allOf`) are checked by sections/json-schema-rule.ts and carried
 * verbatim into the editor schema. Of the formats, `uri` is checked (by the
 * pattern in sections/formats.ts); the rare others (2026.9's one `email` and
 * one `date-time`) are not. Subschemas repeated within a section are written once.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RELEASES = ["2026.4", "2026.9"];
const OUT = `${ROOT}src/schema/sections/`;
/** Sections validated by our own hand-written schemas in the root; still generated, so every release map is complete. */
const SKIP_SECTIONS = new Set(["$schema"]);
/**
 * Objects the schema prints as open that OpenClaw still refuses unknown keys
 * in, at run time, path → why. Closed here, so did-you-mean works there too.
 */
const CLOSED_AT_RUNTIME = {
  channels: 'a channel id that no bundled or installed plugin provides ("unknown channel id: fax")',
};

/** A repeated subschema at least this long (characters of code) is written once as a const. */
const SHARE_MIN_CHARS = 400;

const IDENT = /^[A-Za-z_$][\w$]*$/;
const key = (name) => (IDENT.test(name) ? name : JSON.stringify(name));
const str = (value) => JSON.stringify(value);

/** The pattern as ajv compiles it (with the `u` flag) when that is valid JavaScript, else without. */
function regex(pattern) {
  try {
    new RegExp(pattern, "u");
    return `new RegExp(${str(pattern)}, "u")`;
  } catch {
    return `new RegExp(${str(pattern)})`;
  }
}

class SectionWriter {
  constructor(name) {
    this.name = name;
    this.shared = new Map(); // code -> const name
    this.counts = new Map(); // code -> uses (first pass)
    this.decls = [];
    this.usedNames = new Set();
    this.needsRule = false;
    this.counting = true;
  }

  /** The Zod expression of `node`; `defs` is the innermost `$defs` in scope, `path` names shared consts. */
  expr(node, path, defs) {
    const code = this.build(node, path, defs);
    if (code.length < SHARE_MIN_CHARS) return code;
    if (this.counting) {
      this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
      return code;
    }
    if ((this.counts.get(code) ?? 0) < 2) return code;
    let name = this.shared.get(code);
    if (!name) {
      name = this.constName(path);
      this.shared.set(code, name);
      this.decls.push(`/** Used in several places of this section; first at ${path.join(".")}. */\nconst ${name} = ${code};`);
    }
    return name;
  }

  constName(path) {
    const words = path.filter((p) => p !== "*" && p !== "[]" && !/^\d+$/.test(p)).slice(-2);
    let base = words
      .map((w) => w.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : "")))
      .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)))
      .join("");
    if (!base || !IDENT.test(base)) base = "shared";
    base += "Schema";
    let name = base;
    for (let i = 2; this.usedNames.has(name); i++) name = `${base}${i}`;
    this.usedNames.add(name);
    return name;
  }

  build(node, path, defs) {
    if (node === true) return "z.unknown()";
    if (node === false) return "z.never()";
    if (node.$defs) defs = { ...defs, ...node.$defs };
    if (node.$ref) {
      const m = /^#\/\$defs\/(.+)$/.exec(node.$ref);
      if (!m || !defs?.[m[1]]) throw new Error(`unresolved $ref ${node.$ref} at ${path.join(".")}`);
      const { $ref, ...rest } = node;
      return this.expr({ ...defs[m[1]], ...rest }, path, defs);
    }
    // An allOf of string checks alone (no type of its own) is a string with those checks: its `uri` then
    // becomes the URI pattern, so no validator needs a format plug-in.
    if (node.type === undefined && node.allOf?.length && node.allOf.every(isStringPattern) && node.allOf.some((s) => s.type === "string"))
      node = { ...node, type: "string" };
    const raw = this.rules(node);
    let code = this.core(node, path, defs);
    if (raw) code += `.check(jsonSchemaRule(${str(raw)}))`;
    return code + this.meta(node, raw);
  }

  /** The base expression with its Zod checks. */
  core(node, path, defs) {
    if (node.const !== undefined) return `z.literal(${str(node.const)})`;
    if (Array.isArray(node.enum)) {
      if (node.enum.every((v) => typeof v === "string")) return `z.enum([${node.enum.map(str).join(", ")}])`;
      if (node.enum.length === 1) return `z.literal(${str(node.enum[0])})`;
      return `z.union([${node.enum.map((v) => `z.literal(${str(v)})`).join(", ")}])`;
    }
    const union = node.anyOf ?? node.oneOf;
    if (union?.every(isBareStringConst)) return `z.enum([${union.map((o) => str(o.const)).join(", ")}])`;
    if (union) {
      const base = this.typed(node, path, defs);
      const options = union.map((option, i) => this.expr(option, [...path, String(i)], defs));
      const u = options.length === 1 ? options[0] : `z.union([${options.join(", ")}])`;
      return base ? `z.intersection(${base}, ${u})` : u;
    }
    if (Array.isArray(node.type)) {
      return `z.union([${node.type.map((t, i) => this.expr({ ...pickConstraints(node), type: t }, [...path, String(i)], defs)).join(", ")}])`;
    }
    return this.typed(node, path, defs) ?? "z.unknown()";
  }

  typed(node, path, defs) {
    switch (node.type) {
      case "string":
        return this.string(node);
      case "number":
      case "integer":
        return this.number(node);
      case "boolean":
        return "z.boolean()";
      case "null":
        return "z.null()";
      case "array":
        return this.array(node, path, defs);
      case "object":
        return this.object(node, path, defs);
      default:
        if (node.properties || node.additionalProperties !== undefined) return this.object(node, path, defs);
        return undefined;
    }
  }

  string(node) {
    let code = "z.string()";
    if (node.minLength !== undefined) code += `.min(${node.minLength})`;
    if (node.maxLength !== undefined) code += `.max(${node.maxLength})`;
    const patterns = [node.pattern, ...(node.allOf ?? []).filter(isStringPattern).map((s) => s.pattern)].filter((p) => p !== undefined);
    for (const p of patterns) code += `.regex(${regex(p)})`;
    const formats = [node.format, ...(node.allOf ?? []).filter(isStringPattern).map((s) => s.format)];
    if (formats.includes("uri")) {
      this.needsUri = true;
      code += ".regex(URI)";
    }
    return code;
  }

  number(node) {
    let code = node.type === "integer" ? "z.int()" : "z.number()";
    const safe = node.type === "integer" ? 9007199254740991 : Infinity;
    if (node.minimum !== undefined && node.minimum > -safe) code += `.min(${node.minimum})`;
    if (node.exclusiveMinimum !== undefined) code += `.gt(${node.exclusiveMinimum})`;
    if (node.maximum !== undefined && node.maximum < safe) code += `.max(${node.maximum})`;
    if (node.exclusiveMaximum !== undefined) code += `.lt(${node.exclusiveMaximum})`;
    if (node.multipleOf !== undefined) code += `.multipleOf(${node.multipleOf})`;
    return code;
  }

  array(node, path, defs) {
    let code;
    if (Array.isArray(node.items)) {
      const items = node.items.map((item, i) => this.expr(item, [...path, String(i)], defs));
      const rest =
        node.additionalItems === false || node.additionalItems === undefined ? "" : `.rest(${this.expr(node.additionalItems, [...path, "[]"], defs)})`;
      code = `z.tuple([${items.join(", ")}])${rest}`;
      if (node.additionalItems === undefined) code = `z.tuple([${items.join(", ")}]).rest(z.unknown())`;
      return code;
    }
    code = `z.array(${node.items === undefined ? "z.unknown()" : this.expr(node.items, [...path, "[]"], defs)})`;
    if (node.minItems !== undefined) code += `.min(${node.minItems})`;
    if (node.maxItems !== undefined) code += `.max(${node.maxItems})`;
    return code;
  }

  object(node, path, defs) {
    const props = node.properties ?? {};
    const names = Object.keys(props);
    const required = new Set(node.required ?? []);
    const extra = path.join(".") in CLOSED_AT_RUNTIME ? false : node.additionalProperties;
    const keys =
      node.propertyNames && !isPlainString(node.propertyNames) ? this.expr({ type: "string", ...node.propertyNames }, [...path, "<key>"], defs) : undefined;
    if (names.length === 0 && extra !== undefined && extra !== false) {
      const value = this.expr(extra, [...path, "*"], defs);
      return `z.record(${keys ?? "z.string()"}, ${value})`;
    }
    const fields = names.map((name) => {
      const prop = props[name];
      const optional = !required.has(name) || (prop && typeof prop === "object" && prop.default !== undefined);
      return `${key(name)}: ${this.expr(prop, [...path, name], defs)}${optional ? ".optional()" : ""}`;
    });
    const shape = fields.length === 0 ? "{}" : `{\n${indent(fields.join(",\n"))},\n}`;
    let code;
    if (extra === false) code = `z.strictObject(${shape})`;
    else if (extra === undefined || extra === true || (typeof extra === "object" && Object.keys(extra).length === 0)) code = `z.looseObject(${shape})`;
    else code = `z.object(${shape}).catchall(${this.expr(extra, [...path, "*"], defs)})`;
    // Keys checked beside declared properties: json-schema-rule.ts does it (rare: env.vars).
    if (keys && names.length > 0) this.needsRule = true;
    return code;
  }

  /** Keywords Zod has no check for, checked by jsonSchemaRule and kept verbatim for the editor schema. */
  rules(node) {
    const raw = {};
    for (const k of ["not", "if", "then", "else", "uniqueItems", "minProperties", "maxProperties"]) if (node[k] !== undefined) raw[k] = node[k];
    if (node.allOf && !(node.type === "string" && node.allOf.every(isStringPattern))) raw.allOf = node.allOf;
    if (node.propertyNames && !isPlainString(node.propertyNames) && node.properties && Object.keys(node.properties).length > 0)
      raw.propertyNames = node.propertyNames;
    if (Object.keys(raw).length === 0) return undefined;
    this.needsRule = true;
    return declareRequired(raw);
  }

  /** Documentation, and the keywords jsonSchemaRule checks: Zod copies meta into the JSON Schema it emits. */
  meta(node, raw) {
    const meta = { ...raw };
    for (const k of ["title", "description", "default"]) if (node[k] !== undefined) meta[k] = node[k];
    return Object.keys(meta).length === 0 ? "" : `.meta(${str(meta)})`;
  }
}

/**
 * The same keywords, each `required` name also under `properties` (as `true`, which accepts anything):
 * strict JSON Schema validators (ajv's strictRequired) refuse a `required` that names no declared property.
 */
function declareRequired(schema) {
  if (Array.isArray(schema)) return schema.map(declareRequired);
  if (!schema || typeof schema !== "object") return schema;
  const out = Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, declareRequired(s)])) : declareRequired(v),
    ]),
  );
  if (Array.isArray(out.required)) out.properties = { ...Object.fromEntries(out.required.map((name) => [name, true])), ...out.properties };
  return out;
}

/** `{type: "string", const: …}` and nothing else: a union of them reads better as one enum. */
function isBareStringConst(s) {
  return s && typeof s === "object" && typeof s.const === "string" && Object.keys(s).every((k) => k === "type" || k === "const");
}
function isPlainString(schema) {
  return schema && typeof schema === "object" && Object.keys(schema).every((k) => k === "type") && (schema.type === undefined || schema.type === "string");
}
function isStringPattern(s) {
  return s && typeof s === "object" && (s.type === "string" || s.type === undefined) && Object.keys(s).every((k) => ["type", "pattern", "format"].includes(k));
}
function pickConstraints(node) {
  const { type, title, description, default: _d, ...rest } = node;
  return rest;
}
function indent(text) {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

const pascal = (name) => name.charAt(0).toUpperCase() + name.slice(1);
export const sectionExport = (name) => `${pascal(name)}Section`;

/** The code of one section file, without its header (the header names the releases). */
function sectionBody(name, schema) {
  const writer = new SectionWriter(name);
  writer.expr(schema, [name], undefined);
  writer.counting = false;
  const code = writer.expr(schema, [name], undefined);
  const imports = [`import { z } from "zod";`];
  if (writer.needsUri) imports.push(`import { URI } from "__FORMATS__";`);
  if (writer.needsRule) imports.push(`import { jsonSchemaRule } from "${"__RULE__"}";`);
  return `${imports.join("\n")}\n\n${writer.decls.map((d) => `${d}\n\n`).join("")}export const ${sectionExport(name)}: z.ZodType = ${code};\n`;
}

function header(name, releases) {
  return (
    `/**\n * @fileoverview GENERATED by scripts/generate-sections.mjs from fixtures/openclaw-schema/` +
    `${releases.join(".json and ")}.json: do not edit. The \`${name}\` section of openclaw.json as OpenClaw ` +
    `${releases.join(" and ")} validates it. Re-run the script after re-recording the schema.\n */\n`
  );
}

export function generateAll() {
  const files = new Map();
  const bodies = {};
  for (const release of RELEASES) {
    const schema = JSON.parse(readFileSync(`${ROOT}fixtures/openclaw-schema/${release}.json`, "utf8"));
    bodies[release] = {};
    for (const [name, section] of Object.entries(schema.properties)) {
      if (SKIP_SECTIONS.has(name)) continue;
      bodies[release][name] = sectionBody(name, section);
    }
  }
  const where = {};
  for (const release of RELEASES) {
    where[release] = {};
    for (const [name, body] of Object.entries(bodies[release])) {
      const everywhere = RELEASES.every((r) => bodies[r][name] === body);
      const dir = everywhere ? "common" : release;
      where[release][name] = dir;
      const rule = "../json-schema-rule.js";
      files.set(`${dir}/${name}.ts`, header(name, everywhere ? RELEASES : [release]) + body.replace("__RULE__", rule).replace("__FORMATS__", "../formats.js"));
    }
    const names = Object.keys(where[release]);
    const imports = names.map((n) => `import { ${sectionExport(n)} } from "${where[release][n] === "common" ? "../common" : "."}/${n}.js";`);
    files.set(
      `${release}/index.ts`,
      `/**\n * @fileoverview GENERATED by scripts/generate-sections.mjs: do not edit. Every top-level section of\n` +
        ` * openclaw.json that OpenClaw ${release} validates, by name, as recorded in fixtures/openclaw-schema/${release}.json.\n */\n` +
        `import type { z } from "zod";\n${imports.join("\n")}\n\n` +
        `export const SECTIONS: Readonly<Record<string, z.ZodType>> = {\n${indent(names.map((n) => `${key(n)}: ${sectionExport(n)},`).join("\n"))}\n};\n\n` +
        `export { ${names.map(sectionExport).join(", ")} };\n`,
    );
  }
  return files;
}

function generatedFilesOnDisk() {
  const out = new Map();
  for (const dir of ["common", ...RELEASES]) {
    let entries = [];
    try {
      entries = readdirSync(`${OUT}${dir}`);
    } catch {
      continue;
    }
    for (const f of entries) if (f.endsWith(".ts")) out.set(`${dir}/${f}`, readFileSync(`${OUT}${dir}/${f}`, "utf8"));
  }
  return out;
}

/** Files that differ from what the generator writes: changed, missing or left over. */
export function drift() {
  const want = generateAll();
  const have = generatedFilesOnDisk();
  const differ = [];
  for (const [file, text] of want) if (have.get(file) !== text) differ.push(file);
  for (const file of have.keys()) if (!want.has(file)) differ.push(file);
  return differ;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--check")) {
    const differ = drift();
    if (differ.length > 0) {
      console.error(`generated sections out of date: ${differ.join(", ")}\nrun: node scripts/generate-sections.mjs`);
      process.exit(1);
    }
    console.log("generated sections up to date");
  } else {
    for (const dir of ["common", ...RELEASES]) rmSync(`${OUT}${dir}`, { recursive: true, force: true });
    const files = generateAll();
    for (const [file, text] of files) {
      mkdirSync(`${OUT}${file.split("/")[0]}`, { recursive: true });
      writeFileSync(`${OUT}${file}`, text);
    }
    console.log(`wrote ${files.size} files under src/schema/sections/`);
  }
}
