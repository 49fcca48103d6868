/**
 * @fileoverview The committed schema in vscode-json-languageservice, the
 * engine behind VS Code's JSON support, on the documents in fixtures/editor/:
 * completion of keys, modes, provider ids and model refs; hover; a typo key
 * flagged at its exact range (the same place `agentcfg check` reports); legacy
 * keys deprecated with their new home; a full real config without a single
 * diagnostic, comments and trailing commas included.
 */
import { readFileSync } from "node:fs";
import { TextDocument } from "vscode-json-languageservice";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { knownModelRefs, knownProviderIds } from "../src/providers/index.js";
import { AgentModelObjectSchema } from "../src/schema/agent-model.js";
import { AuthProfileModeSchema } from "../src/schema/auth.js";
import { completeAt, createService, documentationOf, hoverAt, hoverText, openFixture, SCHEMA_PATH, validate } from "./json-schema-service.js";

const service = createService();

interface Documented {
  meta(): { title?: string; description?: string } | undefined;
  unwrap?: () => Documented;
}

/** The docs a Zod schema carries in its meta (on it, or inside its optional wrapper): the text the editor must show. */
function zodDocs(schema: Documented): { title: string; description: string } {
  const meta = schema.meta() ?? schema.unwrap?.().meta();
  if (!meta?.title || !meta.description) throw new Error("schema without a title and a description");
  return { title: meta.title, description: meta.description };
}

describe("completion", () => {
  it("at agents.defaults.model.{ offers primary and fallbacks with their descriptions", async () => {
    const items = await completeAt(service, openFixture("cursor-model-object.json"));
    const byLabel = new Map(items.map((item) => [item.label, documentationOf(item)]));
    expect([...byLabel.keys()].sort()).toEqual(["fallbacks", "primary"]);
    expect(byLabel.get("primary")).toBe(zodDocs(AgentModelObjectSchema.shape.primary).description);
    expect(byLabel.get("fallbacks")).toBe(zodDocs(AgentModelObjectSchema.shape.fallbacks).description);
  });

  it("of auth.profiles.*.mode offers the three modes, each described", async () => {
    const items = await completeAt(service, openFixture("cursor-auth-mode.json"));
    expect(items.map((item) => item.label)).toEqual(['"api_key"', '"oauth"', '"token"']);
    expect(AuthProfileModeSchema.options).toEqual(["api_key", "oauth", "token"]);
    for (const item of items) expect(documentationOf(item), item.label).toMatch(/\w+ \w+/);
  });

  it("in a model string offers the known model refs", async () => {
    const items = await completeAt(service, openFixture("cursor-model-ref.json"));
    // Labels of long refs are shortened with "..."; what is inserted is the whole ref.
    const inserted = new Set(items.map((item) => item.insertText));
    for (const ref of knownModelRefs()) expect(inserted.has(JSON.stringify(ref)), ref).toBe(true);
    expect(inserted.has('"kimi/kimi-code"')).toBe(true);
    expect(inserted.has('"moonshot/kimi-k2.5"')).toBe(true);
  });

  it("of auth.profiles.*.provider offers the known provider ids, saying which is which", async () => {
    const items = await completeAt(service, openFixture("cursor-provider-id.json"));
    expect(items.map((item) => JSON.parse(item.label) as string).sort()).toEqual(knownProviderIds());
    const kimi = items.find((item) => item.label === '"kimi"');
    expect(documentationOf(kimi!)).toContain("Not Moonshot's platform");
  });

  it("of a model setting offers the model-with-fallbacks snippet", async () => {
    const doc = openFixture("cursor-model-ref.json");
    // The same document, the cursor moved to the value of "model".
    const text = doc.text.replace(/"model": \{[^}]*\}/, '"model": ');
    const at = text.indexOf('"model": ') + '"model": '.length;
    const moved = { text, cursor: at, document: TextDocument.create(doc.document.uri, "json", 2, text) };
    const items = await completeAt(service, moved);
    const snippet = items.find((item) => item.label === "model with fallbacks");
    expect(snippet?.insertText).toContain('"primary": "${1:kimi/kimi-code}"');
  });

  it("does not offer legacy keys at the root", async () => {
    const text = "{\n  \n}";
    const doc = { text, cursor: 4, document: TextDocument.create("file:///virtual/openclaw.json", "json", 1, text) };
    const labels = (await completeAt(service, doc)).map((item) => item.label);
    expect(labels).toContain("agents");
    expect(labels).not.toContain("agent");
    expect(labels).not.toContain("routing");
  });
});

describe("hover", () => {
  it("shows the title and description of the key under the cursor", async () => {
    const text = hoverText(await hoverAt(service, openFixture("cursor-hover-fallbacks.json")));
    const { title, description } = zodDocs(AgentModelObjectSchema.shape.fallbacks);
    expect(text).toContain(title);
    // Hover renders the description as Markdown, escaping its punctuation.
    const plain = text.replace(/\\(.)/g, "$1");
    expect(plain).toContain(description);
  });
});

describe("diagnostics", () => {
  it("flag a typo key at its exact range, where agentcfg check reports it too", async () => {
    const doc = openFixture("typo-fallback.json");
    const diagnostics = await validate(service, doc);
    const start = doc.text.indexOf('"fallback":');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe("Property fallback is not allowed.");
    expect(diagnostics[0]!.range).toEqual({
      start: doc.document.positionAt(start),
      end: doc.document.positionAt(start + '"fallback"'.length),
    });
    const ours = check(doc.text, { path: "typo-fallback.json" }).diagnostics.find((d) => d.code === "schema/unknown-key");
    expect(ours?.range.start.offset).toBe(start);
  });

  it("none for a valid full config with comments, trailing commas and opaque sections", async () => {
    const doc = openFixture("full-config.json");
    expect(doc.text).toMatch(/\/\/ /);
    expect(doc.text).toMatch(/,\s*\}/);
    expect(await validate(service, doc)).toEqual([]);
  });

  it("comments and trailing commas pass because the schema allows them: without that, VS Code flags them", async () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as Record<string, unknown>;
    delete schema["allowComments"];
    delete schema["allowTrailingCommas"];
    const strictService = createService(JSON.stringify(schema));
    const messages = (await validate(strictService, openFixture("full-config.json"))).map((d) => d.message);
    expect(messages).toContain("Comments are not permitted in JSON.");
    expect(messages).toContain("Trailing comma");
  });

  it("deprecate legacy keys, naming the new key, and keep them errors", async () => {
    const doc = openFixture("legacy-top-level-keys.json");
    const diagnostics = await validate(service, doc);
    const telegram = diagnostics.filter((d) => d.range.start.line === doc.document.positionAt(doc.text.indexOf('"telegram"')).line);
    expect(telegram.map((d) => d.message).join("\n")).toContain("channels.telegram");
    const agent = diagnostics.filter((d) => d.range.start.line === doc.document.positionAt(doc.text.indexOf('"agent"')).line);
    expect(agent.map((d) => d.message).join("\n")).toContain("agents.defaults");
    // One deprecation (a warning with the Deprecated code) and one error message per key.
    expect(diagnostics).toHaveLength(4);
  });

  it("find the schema through the document's own $schema, with no json.schemas setting", async () => {
    const service$schema = createService(undefined, { fileMatch: false });
    expect(await validate(service$schema, openFixture("full-config.json"))).toEqual([]);
    const doc = openFixture("full-config.json");
    const text = doc.text.replace('"primary": "kimi/kimi-code"', '"primray": "kimi/kimi-code"');
    const typo = { ...doc, text, document: TextDocument.create(doc.document.uri, "json", 2, text) };
    const messages = (await validate(service$schema, typo)).map((d) => d.message);
    expect(messages).toContain("Property primray is not allowed.");
  });
});
