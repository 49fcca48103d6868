#!/usr/bin/env node
/**
 * @fileoverview Writes the library's config types, `OpenClawConfig2026_9` and
 * `OpenClawConfig2026_4`, as plain TypeScript (src/schema/config-types/), from
 * the committed editor schemas (schemas/openclaw-<target>.schema.json, which a
 * test holds to the Zod schemas).
 *
 * Why plain TypeScript: a type inferred from the Zod schemas makes every
 * consumer load and check Zod's declarations and instantiate the recorded
 * sections (seconds and hundreds of MB of `tsc` with `skipLibCheck: false`),
 * and the recorded fields spliced into `agents.defaults` lose their types on
 * the way. Here the modelled core (`agents`, `models`, `auth`, `env`, `meta`)
 * is exact: every key, closed objects, literal enums, so a typo'd key or a
 * wrong type does not compile. The recorded sections (gateway, channels, …)
 * are typed by their outer shape only: an object, a list, a string; what is
 * inside them is `check`'s job. A retired root key (`agent`, `routing`, …)
 * is `never`.
 *
 * Usage: node scripts/write-config-types.mjs [--check]
 * (`--check` writes nothing and exits 1 when a committed file differs.)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGETS = ["2026.4", "2026.9"];
/** The root keys whose every level is typed; the rest are typed by their outer shape. */
const CORE_KEYS = new Set(["$schema", "meta", "env", "auth", "models", "agents"]);
/** Definitions worth a name of their own (the others are inlined where they are used). */
const NAMED_DEFINITIONS = { modelSetting: "ModelSetting", modelRef: "ModelRef", secretInput: "SecretInput", providerId: "ProviderId" };

/** Where the file of a target's types is committed, relative to the package root. */
export function configTypesFile(target) {
  return `src/schema/config-types/openclaw-${target}.ts`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function propertyName(key) {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** A JSDoc comment from a schema node's description (and deprecation), or "". */
function docComment(node, indent) {
  const lines = [];
  if (typeof node.description === "string") lines.push(...node.description.replaceAll("*/", "*\\/").split("\n"));
  if (node.deprecated === true || typeof node.deprecationMessage === "string") {
    lines.push(`@deprecated${typeof node.deprecationMessage === "string" ? ` ${node.deprecationMessage.replaceAll("*/", "*\\/")}` : ""}`);
  }
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

function union(types) {
  const unique = [...new Set(types)];
  // A literal next to its base type adds nothing but work for the checker.
  const widened = unique.filter((t) => !(unique.includes("string") && /^"/.test(t)) && !(unique.includes("number") && /^-?\d/.test(t)));
  if (widened.includes("unknown")) return "unknown";
  return widened.length === 1 ? widened[0] : widened.map((t) => (/[|&]/.test(t) && !/^[{(]/.test(t) ? `(${t})` : t)).join(" | ");
}

/** Turns one schema's JSON Schema into TypeScript type text. */
function makeConverter(schema) {
  const usedNames = new Set();

  function convert(node, indent) {
    if (node === true || node === undefined) return "unknown";
    if (node === false) return "never";
    if (node.not !== undefined && Object.keys(node.not).length === 0) return "never";
    if (typeof node.$ref === "string") {
      const name = node.$ref.replace("#/definitions/", "");
      if (NAMED_DEFINITIONS[name]) {
        usedNames.add(name);
        return NAMED_DEFINITIONS[name];
      }
      return convert(schema.definitions[name], indent);
    }
    if (node.const !== undefined) return JSON.stringify(node.const);
    if (Array.isArray(node.enum)) return union(node.enum.map((v) => JSON.stringify(v)));
    const alternatives = node.anyOf ?? node.oneOf;
    if (Array.isArray(alternatives)) return union(alternatives.map((n) => convert(n, indent)));
    if (Array.isArray(node.allOf)) return node.allOf.map((n) => convert(n, indent)).join(" & ");
    if (Array.isArray(node.type)) return union(node.type.map((type) => convert({ ...node, type }, indent)));
    switch (node.type) {
      case "string":
        return "string";
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "null":
        return "null";
      case "array":
        if (Array.isArray(node.prefixItems)) return `[${node.prefixItems.map((n) => convert(n, indent)).join(", ")}]`;
        return `${wrapForArray(convert(node.items, indent))}[]`;
      case "object":
        return objectType(node, indent);
      default:
        return node.properties ? objectType(node, indent) : "unknown";
    }
  }

  function wrapForArray(type) {
    return /^[\w"]+$/.test(type) || /^\{[\s\S]*\}$/.test(type) ? type : `(${type})`;
  }

  function objectType(node, indent) {
    const inner = `${indent}  `;
    const required = new Set(node.required ?? []);
    const members = Object.entries(node.properties ?? {}).map(
      ([key, value]) => `${docComment(value, inner)}${inner}${propertyName(key)}${required.has(key) ? "" : "?"}: ${convert(value, inner)};`,
    );
    const extra = node.additionalProperties;
    if (extra !== false) {
      // Declared keys must fit the index signature, so beside them it is the union of every value type.
      const valueTypes = Object.values(node.properties ?? {}).map((value) => convert(value, inner));
      const valueType = extra === undefined ? "unknown" : union([convert(extra, inner), ...valueTypes, ...(valueTypes.length > 0 ? ["undefined"] : [])]);
      members.push(`${inner}[key: string]: ${valueType};`);
    }
    return members.length === 0 ? "{}" : `{\n${members.join("\n")}\n${indent}}`;
  }

  return { convert, usedNames };
}

/** The outer shape of a recorded section: an object, a list or a scalar, nothing inside. */
function outerShape(node) {
  if (node.not !== undefined) return "never";
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return union(
    types.map((type) => {
      if (type === "object") return "RecordedSection";
      if (type === "array") return "unknown[]";
      if (type === "string" || type === "boolean" || type === "null") return type;
      if (type === "integer" || type === "number") return "number";
      return "unknown";
    }),
  );
}

function renderTarget(target) {
  const schema = JSON.parse(readFileSync(join(ROOT, `schemas/openclaw-${target}.schema.json`), "utf8"));
  const { convert, usedNames } = makeConverter(schema);
  const suffix = target.replace(".", "_");
  const rootMembers = Object.entries(schema.properties).map(([key, node]) => {
    const type = CORE_KEYS.has(key) ? convert(node, "  ") : outerShape(node);
    const doc = docComment(node.not !== undefined ? { ...node, deprecated: true } : node, "  ");
    return `${doc}  ${propertyName(key)}?: ${type};`;
  });
  const definitions = [];
  // Named definitions may use each other: convert until no new name turns up.
  for (let done = new Set(); usedNames.size > done.size; ) {
    for (const name of [...usedNames]) {
      if (done.has(name)) continue;
      done = new Set([...done, name]);
      const node = schema.definitions[name];
      definitions.push(`${docComment(node, "")}type ${NAMED_DEFINITIONS[name]} = ${convert(node, "")};`);
    }
  }
  return `/**
 * @fileoverview The type of an OpenClaw ${target} config, generated by
 * scripts/write-config-types.mjs from schemas/openclaw-${target}.schema.json:
 * do not edit by hand (a test fails when it drifts). The modelled core
 * (agents, models, auth, env, meta) is exact; the sections OpenClaw validates
 * itself are typed by their outer shape only.
 */

/** A section agentcfg checks against OpenClaw's recorded schema: typed here by its outer shape only. */
export interface RecordedSection {
  [key: string]: unknown;
}

${definitions.join("\n\n")}

/** ${schema.description ?? "An OpenClaw config."} Judged by OpenClaw ${target}. */
export interface OpenClawConfig${suffix} {
${rootMembers.join("\n")}
}
`;
}

/** The text as `npm run format` leaves it, so that the committed file passes `npm run lint`. */
function formatted(text, file) {
  const biome = join(ROOT, "node_modules", "@biomejs", "biome", "bin", "biome");
  const r = spawnSync(process.execPath, [biome, "format", `--stdin-file-path=${file}`], { cwd: ROOT, input: text, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`biome could not format ${file}: ${r.stderr}`);
  return r.stdout;
}

function main() {
  const check = process.argv.includes("--check");
  const stale = [];
  for (const target of TARGETS) {
    const file = join(ROOT, configTypesFile(target));
    const text = formatted(renderTarget(target), configTypesFile(target));
    if (check) {
      let old = "";
      try {
        old = readFileSync(file, "utf8");
      } catch {}
      if (old !== text) stale.push(configTypesFile(target));
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  if (stale.length > 0) {
    console.error(`${stale.join(", ")} out of date: run \`node scripts/write-config-types.mjs\`, then \`npm run format\`.`);
    process.exit(1);
  }
}

main();
