/**
 * @fileoverview The editor JSON Schema of each target as an artifact: the
 * committed file is what the code generates (and what `agentcfg schema
 * --target` prints; schemas/openclaw.schema.json, the old name, refers to the
 * default target's), it stays under
 * its size bound, every key of our own sections is documented, every section
 * OpenClaw validates is validated here too, strict ones are closed,
 * suggestions never restrict, legacy keys name their new home, and
 * every snippet expands to a valid config.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { LEGACY_KEYS } from "../src/migrate/legacy-keys.js";
import { knownModelRefs, knownProviderIds } from "../src/providers/index.js";
import { configSchemaOf } from "../src/schema/targets/schemas.js";
import { DEFAULT_TARGET, TARGET_IDS, type TargetId } from "../src/schema/targets/ids.js";
import { MODEL_SETTING_SNIPPETS, SNIPPETS_BY_PATH } from "../src/schema/editor-snippets.js";
import { isSchemaNode, schemaAtPath, walkSchema, withoutDocs, type JsonSchema } from "../src/schema/json-schema-node.js";
import { EDITOR_KEYWORDS, generateJsonSchema, JSON_SCHEMA_FILE, jsonSchemaFile, jsonSchemaId, renderJsonSchema } from "../src/schema/json-schema.js";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

/**
 * 1.2 MB. It was 200 KB while only the model and auth sections were validated;
 * every section OpenClaw validates is now in it, with OpenClaw's own titles and
 * descriptions (about 200 KB of the text), and repeated subschemas written
 * once (editor-repeated-subschemas.ts). Pretty-printed, so about half of the
 * bytes are indentation; VS Code loads it in well under a second.
 */
const MAX_BYTES = 1200 * 1024;
/** Sections entirely our own: every key documented, every enum value described. */
const HAND_WRITTEN_SECTIONS = ["meta", "env", "auth", "models"];
/** The agents paths whose keys are documented: ours, or taken from OpenClaw's recorded schema with its words. */
const DOCUMENTED_AGENT_PATHS: Record<TargetId, string[]> = {
  "2026.4": ["agents", "agents.defaults", "agents.defaults.subagents", "agents.list.[]", "agents.list.[].subagents"],
  "2026.9": ["agents", "agents.defaults"],
};

/** The sections each target's schema closes: an unknown key there is an error. */
const STRICT_PATHS: Record<TargetId, string[]> = {
  "2026.4": ["agents", "agents.defaults", "agents.list.[]", "auth", "auth.profiles.*", "auth.cooldowns", "models", "models.providers.*", "meta"],
  "2026.9": [
    "agents",
    "agents.defaults",
    "agents.entries.*",
    "agents.defaults.modelPolicy",
    "auth",
    "auth.profiles.*",
    "models",
    "models.providers.*",
    "meta",
    "meta.migrations",
  ],
};

describe("the old schema file name", () => {
  // A reference, not a copy: the package ships each target's schema once (1.1 MB each).
  it(`${JSON_SCHEMA_FILE} refers to the default target's (${DEFAULT_TARGET}) schema, which exists`, () => {
    const alias = JSON.parse(readFileSync(join(ROOT, JSON_SCHEMA_FILE), "utf8")) as JsonSchema;
    expect(alias["$ref"]).toBe(`./${jsonSchemaFile(DEFAULT_TARGET).replace(/^schemas\//, "")}`);
    expect(existsSync(join(ROOT, jsonSchemaFile(DEFAULT_TARGET)))).toBe(true);
    expect(alias["title"]).toBe((JSON.parse(readFileSync(join(ROOT, jsonSchemaFile(DEFAULT_TARGET)), "utf8")) as JsonSchema)["title"]);
    expect(Object.keys(alias).filter((key) => !["$schema", "$comment", "title", "allowComments", "allowTrailingCommas", "$ref"].includes(key))).toEqual([]);
  });
  it("`agentcfg schema` with no --target prints the default target's schema", () => {
    expect(runCli(["schema"]).stdout).toBe(readFileSync(join(ROOT, jsonSchemaFile(DEFAULT_TARGET)), "utf8"));
  });
});

for (const target of TARGET_IDS)
  describe(`the ${target} schema`, () => {
    const file = jsonSchemaFile(target);
    const committed = readFileSync(join(ROOT, file), "utf8");
    const schema = JSON.parse(committed) as JsonSchema;
    const properties = schema["properties"] as Record<string, JsonSchema>;
    const OpenClawConfigSchema = configSchemaOf(target);

    /** The schema compiled by strict ajv, once per target (a compile takes 1-2 s; every case reuses it). */
    let compiled: ((value: unknown) => boolean) | undefined;
    function compile(): (value: unknown) => boolean {
      if (compiled) return compiled;
      const ajv = new Ajv({ strict: true, strictTypes: false });
      ajv.addVocabulary([...EDITOR_KEYWORDS]);
      const validate = ajv.compile(schema);
      compiled = (value) => validate(value) === true;
      return compiled;
    }

    describe("the committed schema", () => {
      /** The first generation, shared by the two cases below (one generation takes about half a second). */
      let generated: string | undefined;
      const generate = () => (generated ??= renderJsonSchema(generateJsonSchema(target)));

      it(`is byte for byte what the code generates (run \`node bin/agentcfg.js schema --target ${target} --out ${file}\` after changing a schema)`, () => {
        expect(generate()).toBe(committed);
      });

      it("is generated the same way twice (deterministic key order, final newline)", () => {
        expect(renderJsonSchema(generateJsonSchema(target))).toBe(generate());
        expect(committed.endsWith("}\n")).toBe(true);
      });

      it(`is under 1.2 MB (${Buffer.byteLength(committed)} bytes)`, () => {
        expect(Buffer.byteLength(committed)).toBeLessThan(MAX_BYTES);
      });

      it("is draft-07 with a stable $id, and allows comments and trailing commas", () => {
        expect(schema["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
        expect(schema["$id"]).toBe(jsonSchemaId(target));
        expect(schema["allowComments"]).toBe(true);
        expect(schema["allowTrailingCommas"]).toBe(true);
      });

      it("compiles in strict ajv: no keyword beyond draft-07 and the declared editor keywords, no private x- key", () => {
        expect(compile).not.toThrow();
        expect(committed).not.toMatch(/"x-[A-Za-z-]+":/);
      });
    });

    describe("agentcfg schema", () => {
      const dir = mkdtempSync(join(tmpdir(), "agentcfg-schema-"));
      afterAll(() => rmSync(dir, { recursive: true, force: true }));

      it("prints the committed schema", () => {
        const result = runCli(["schema", "--target", target]);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(committed);
      });

      it("--out writes it, leaving no temporary file behind", () => {
        const out = join(dir, "openclaw.schema.json");
        const result = runCli(["schema", "--target", target, "--out", out]);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe("");
        expect(readFileSync(out, "utf8")).toBe(committed);
        expect(readdirSync(dir)).toEqual(["openclaw.schema.json"]);
      });

      it("--out into a missing folder fails with exit 2, a reason and no stack trace", () => {
        const out = join(dir, "missing", "schema.json");
        const result = runCli(["schema", "--out", out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`cannot write ${out}: its folder does not exist`);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(out)).toBe(false);
      });
    });

    describe("documentation and strictness", () => {
      it("gives every key of our own sections, and of the agents sections, a title and a description", () => {
        const missing: string[] = [];
        const visit = (node: JsonSchema, where: string) => {
          const props = node["properties"];
          if (!isSchemaNode(props)) return;
          for (const [key, child] of Object.entries(props)) {
            if (!isSchemaNode(child)) continue;
            if (typeof child["title"] !== "string" || typeof child["description"] !== "string") missing.push(`${where}.${key}`);
          }
        };
        visit(schema, "root");
        for (const key of HAND_WRITTEN_SECTIONS)
          if (properties[key]) walkSchema(properties[key], (node) => visit(node, `${key}: ${String(node["title"] ?? "?")}`));
        for (const path of DOCUMENTED_AGENT_PATHS[target]) visit(schemaAtPath(schema, path), path);
        expect(missing).toEqual([]);
      });

      it("describes every value of every enum in our own sections", () => {
        for (const key of HAND_WRITTEN_SECTIONS) {
          if (!properties[key]) continue;
          walkSchema(properties[key], (node) => {
            if (!Array.isArray(node["enum"])) return;
            expect(node["enumDescriptions"], JSON.stringify(node["enum"])).toHaveLength((node["enum"] as unknown[]).length);
          });
        }
      });

      it("validates every section OpenClaw validates: none is left open", () => {
        for (const [key, node] of Object.entries(properties)) {
          if (key === "$schema") continue;
          expect(Object.keys(withoutDocs(node)).length, key).toBeGreaterThan(0);
        }
        const validate = compile();
        expect(validate({ gateway: { port: "abc" } })).toBe(false);
        expect(validate({ gateway: { port: 18789 } })).toBe(true);
      });

      it("closes the strict sections: an unknown key is an error", () => {
        for (const path of STRICT_PATHS[target]) {
          expect(schemaAtPath(schema, path)["additionalProperties"], path).toBe(false);
        }
        expect(schema["additionalProperties"]).toBe(false);
        const validate = compile();
        expect(validate({ agents: { defaults: { model: { primary: "kimi/kimi-code", fallback: [] } } } })).toBe(false);
        expect(validate({ agnets: {} })).toBe(false);
      });

      it("suggests provider ids and model refs without restricting them", () => {
        const definitions = schema["definitions"] as Record<string, JsonSchema>;
        expect(definitions["modelRef"]!["examples"]).toEqual(knownModelRefs());
        expect(definitions["providerIdKey"]!["examples"]).toEqual(knownProviderIds());
        const validate = compile();
        expect(
          validate({
            agents: { defaults: { model: { primary: "my-llm/some-model", fallbacks: ["not-a-known/model"] }, models: { "my-llm/some-model": {} } } },
            auth: { profiles: { "my-llm:default": { provider: "my-llm", mode: "api_key" } }, order: { "my-llm": ["my-llm:default"] } },
            models: { providers: { "my-llm": { baseUrl: "https://llm.example.com/v1", models: [] } } },
          }),
        ).toBe(true);
      });

      it("keeps legacy keys invalid and names the new home of each", () => {
        const validate = compile();
        for (const legacy of LEGACY_KEYS.filter((l) => l.path.length === 1)) {
          const key = String(legacy.path[0]);
          const node = properties[key]!;
          expect(node["deprecationMessage"], key).toContain(legacy.newHome);
          expect(node["not"], key).toEqual({});
          expect(validate({ [key]: {} }), key).toBe(false);
        }
      });
    });

    describe("snippets", () => {
      /** Fills VS Code snippet placeholders with their defaults: `${1:x}` → x, `${2|a,b|}` → a, `$1` → what 1 got. */
      function expand(body: unknown, filled = new Map<string, string>()): unknown {
        if (typeof body === "string") {
          return body
            .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => (filled.set(n, value), value))
            .replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, n: string, value: string) => (filled.set(n, value), value))
            .replace(/\$(\d+)/g, (_, n: string) => filled.get(n) ?? "");
        }
        if (Array.isArray(body)) return body.map((item) => expand(item, filled));
        if (isSchemaNode(body)) {
          const out: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(body)) out[expand(key, filled) as string] = expand(value, filled);
          return out;
        }
        return body;
      }

      /** A config with `value` at a snippet path (`*` becomes an example key). */
      function configWith(path: string, value: unknown): unknown {
        return path
          .split(".")
          .reverse()
          .reduce<unknown>((inner, segment) => (segment === "[]" ? [inner] : { [segment === "*" ? "example:default" : segment]: inner }), value);
      }

      const cases = [
        ...Object.entries(SNIPPETS_BY_PATH).flatMap(([path, snippets]) => snippets.map((snippet) => ({ path, snippet }))),
        ...MODEL_SETTING_SNIPPETS.map((snippet) => ({ path: "agents.defaults.model", snippet })),
      ];

      it.each(cases.map((c) => [`${c.path}: ${c.snippet.label}`, c] as const))("%s expands to a valid config", (_, { path, snippet }) => {
        const config = configWith(path, expand(snippet.body));
        const result = OpenClawConfigSchema.safeParse(config);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        expect(compile()(config)).toBe(true);
      });

      it("offers the four skeletons the issue asks for", () => {
        const labels = cases.map((c) => `${c.path}: ${c.snippet.label}`);
        expect(labels).toEqual(
          expect.arrayContaining([
            "agents.defaults.model: model with fallbacks",
            "auth.profiles: auth profile",
            "auth.order: auth order",
            "models.providers: custom provider",
          ]),
        );
        expect(schemaAtPath(schema, "auth.profiles")["defaultSnippets"]).toBeDefined();
        // The refs a snippet fills in are real ones, not made up.
        const refs = MODEL_SETTING_SNIPPETS.flatMap((snippet) => {
          const expanded = expand(snippet.body);
          return typeof expanded === "string" ? [expanded] : [(expanded as { primary: string }).primary, ...(expanded as { fallbacks: string[] }).fallbacks];
        });
        for (const ref of refs) expect(knownModelRefs(), ref).toContain(ref);
        expect((schema["definitions"] as Record<string, JsonSchema>)["modelSetting"]!["defaultSnippets"]).toEqual(MODEL_SETTING_SNIPPETS);
      });
    });
  });
