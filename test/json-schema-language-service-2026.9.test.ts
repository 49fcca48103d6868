/**
 * @fileoverview The 2026.9 editor schema in vscode-json-languageservice, on
 * the documents in fixtures/editor-2026.9/: a full 2026.9 config without a
 * diagnostic (keyed agents, modelPolicy, a store secret), found through its
 * own `$schema` by the old file name; completion of the four auth modes; a
 * 2026.4-only key flagged where it is typed; and the same valid/invalid
 * answer as `check` with that target.
 */
import { TextDocument } from "vscode-json-languageservice";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { AuthProfileModeSchema9 } from "../src/schema/targets/2026.9-auth.js";
import { completeAt, createService, documentationOf, openFixture, validate } from "./json-schema-service.js";

const FOLDER = "editor-2026.9";
// No json.schemas mapping: each document names its schema with `$schema`, as a user would.
const service = createService(undefined, { fileMatch: false });

describe("the 2026.9 editor schema", () => {
  it("reports nothing on a full 2026.9 config that points at schemas/openclaw.schema.json", async () => {
    const doc = openFixture("full-config.json", FOLDER);
    expect(await validate(service, doc)).toEqual([]);
    expect(check(doc.text, { target: "2026.9" }).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("flags a typo in agents.entries.<id> as VS Code shows it", async () => {
    const doc = openFixture("full-config.json", FOLDER);
    const text = doc.text.replace('"work": { "model"', '"work": { "modle"');
    const typo = { ...doc, text, document: TextDocument.create(doc.document.uri, "json", 2, text) };
    const messages = (await validate(service, typo)).map((d) => d.message);
    expect(messages).toContain("Property modle is not allowed.");
    expect(check(text, { target: "2026.9" }).diagnostics.some((d) => d.code === "schema/unknown-key")).toBe(true);
  });

  it("offers the four credential kinds of 2026.9, each described", async () => {
    const items = await completeAt(service, openFixture("cursor-auth-mode.json", FOLDER));
    expect(items.map((item) => item.label)).toEqual(['"api_key"', '"aws-sdk"', '"oauth"', '"token"']);
    expect(AuthProfileModeSchema9.options).toEqual(["api_key", "aws-sdk", "oauth", "token"]);
    for (const item of items) expect(documentationOf(item), item.label).toMatch(/\w+ \w+/);
  });

  it("flags auth.cooldowns, which 2026.9 removed, as check does", async () => {
    const doc = openFixture("removed-cooldowns.json", FOLDER);
    const messages = (await validate(service, doc)).map((d) => d.message);
    expect(messages).toContain("Property cooldowns is not allowed.");
    expect(check(doc.text, { target: "2026.9" }).diagnostics.map((d) => d.code)).toContain("schema/removed-key");
  });
});
