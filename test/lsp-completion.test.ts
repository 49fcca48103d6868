/**
 * @fileoverview Completion against the file being edited (issue 30): a key
 * already written in the object, before the cursor or after it, is never
 * offered again; inside `auth.order.<provider>` the profile ids that
 * `auth.profiles` declares for that provider are offered (and not those of
 * another provider, nor one already listed); where a model ref goes, the
 * file's configured models and their aliases. `|` marks the cursor.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CompletionItem } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { completionsAt } from "../src/lsp/completion.js";
import { cursorContext } from "../src/lsp/cursor-context.js";
import { looseValue } from "../src/lsp/loose-value.js";
import type { JsonSchema } from "../src/schema/json-schema-node.js";
import { ROOT } from "./fixture-files.js";

const SCHEMA = JSON.parse(readFileSync(join(ROOT, "schemas", "openclaw-2026.9.schema.json"), "utf8")) as JsonSchema;
const EXAMPLE = readFileSync(join(ROOT, "examples", "two-kimi-keys.json5"), "utf8");

function complete(marked: string): CompletionItem[] {
  const offset = marked.indexOf("|");
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create("file:///x/openclaw.json5", "json5", 1, text);
  return completionsAt(text, offset, SCHEMA, document, false);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

/** The example with the cursor put right after `anchor` (its first occurrence). */
function exampleWithCursorAfter(anchor: string, insert = ""): string {
  const at = EXAMPLE.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor} in the example`);
  return `${EXAMPLE.slice(0, at + anchor.length)}${insert}|${EXAMPLE.slice(at + anchor.length)}`;
}

describe("key completion leaves out the keys already written", () => {
  it("inside agents.defaults.model with fallbacks written after the cursor: offers no fallbacks (and no primary, written before)", () => {
    const items = complete('{ agents: { defaults: { model: { primary: "kimi/kimi-code",\n  |\n  fallbacks: ["moonshot/kimi-k2.5"] } } } }');
    expect(labels(items)).not.toContain("fallbacks");
    expect(labels(items)).not.toContain("primary");
  });

  it("with only fallbacks written (after the cursor), offers primary and not fallbacks", () => {
    const items = complete("{ agents: { defaults: { model: { |\n fallbacks: [] } } } }");
    expect(labels(items)).toContain("primary");
    expect(labels(items)).not.toContain("fallbacks");
  });

  it("in the whole example, at a new key of agents.defaults: no model or models (both written further down)", () => {
    const items = complete(exampleWithCursorAfter("    defaults: {\n", "      "));
    expect(labels(items)).not.toContain("model");
    expect(labels(items)).not.toContain("models");
    expect(labels(items)).not.toContain("modelPolicy");
    expect(labels(items).length).toBeGreaterThan(5);
  });

  it("keys of nested objects after the cursor do not count: `primary` inside a nested object leaves the outer list alone", () => {
    const items = complete("{ agents: { defaults: { | subagents: { model: { primary: 'x' } } } } }");
    expect(labels(items)).toContain("model");
    expect(labels(items)).not.toContain("subagents");
  });

  it("the key being typed is still offered when the rest of its word follows the cursor", () => {
    const items = complete("{ agents: { defaults: { model: { fall|backs: [] } } } }");
    expect(labels(items)).toContain("fallbacks");
  });
});

describe("profile ids inside auth.order.<provider>", () => {
  it("inside auth.order.kimi of the example, after kimi:default: offers kimi:backup", () => {
    const items = complete(exampleWithCursorAfter('kimi: ["kimi:default", ', '"'));
    expect(labels(items)).toContain("kimi:backup");
    // Already in the list; and moonshot's profile is another provider's.
    expect(labels(items)).not.toContain("kimi:default");
    expect(labels(items)).not.toContain("moonshot:default");
    expect(items.find((i) => i.label === "kimi:backup")!.textEdit).toMatchObject({ newText: "kimi:backup" });
  });

  it("in an empty order, unquoted: offers every kimi profile, quoted", () => {
    const text =
      '{ auth: { profiles: { "kimi:default": { provider: "kimi" }, "kimi:backup": { provider: "kimi" }, "openai:a": { provider: "openai" } }, order: { kimi: [| ] } } }';
    const items = complete(text);
    expect(labels(items)).toEqual(expect.arrayContaining(["kimi:default", "kimi:backup"]));
    expect(labels(items)).not.toContain("openai:a");
    expect(items.find((i) => i.label === "kimi:backup")!.textEdit).toMatchObject({ newText: '"kimi:backup"' });
  });

  it("matches the provider as OpenClaw's auth does (an alias of the provider id counts)", () => {
    const items = complete('{ auth: { profiles: { "kimi:default": { provider: "kimi-coding" } }, order: { kimi: ["|');
    expect(labels(items)).toContain("kimi:default");
  });
});

describe("model refs and aliases where a model goes", () => {
  it("primary, fallbacks items and a model's string form offer the configured models and their aliases first", () => {
    for (const anchor of ['primary: "', 'fallbacks: ["']) {
      const items = complete(exampleWithCursorAfter(anchor));
      const found = labels(items);
      expect(found, anchor).toEqual(expect.arrayContaining(["kimi/kimi-code", "moonshot/kimi-k2.5", "Kimi Code", "Kimi K2.5"]));
      expect(items.find((i) => i.label === "Kimi Code")!.detail).toBe("alias of kimi/kimi-code");
    }
  });

  it("a custom provider's models are offered as provider/model", () => {
    const items = complete('{ models: { providers: { acme: { baseUrl: "https://a.example", models: [{ id: "big-1" }] } } }, agents: { defaults: { model: "|');
    expect(labels(items)).toContain("acme/big-1");
  });

  it("a fallback already listed is not offered again", () => {
    const items = complete('{ agents: { defaults: { models: { "a/x": {}, "b/y": {} }, model: { fallbacks: ["a/x", "|"] } } } }');
    expect(labels(items)).toContain("b/y");
    expect(labels(items)).not.toContain("a/x");
  });

  it("a slot that takes no model ref gets none of the file's models", () => {
    const items = complete('{ agents: { defaults: { models: { "a/x": {} }, workspace: "|');
    expect(labels(items)).not.toContain("a/x");
  });

  it("no value of the file other than ids, refs and aliases is offered (a secret stays out)", () => {
    const secret = "sk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    const items = complete(`{ models: { providers: { acme: { apiKey: "${secret}", models: [{ id: "m" }] } } }, agents: { defaults: { model: { primary: "|`);
    expect(JSON.stringify(items)).not.toContain(secret);
  });
});

describe("the context and the loose reading behind it", () => {
  it("cursorContext lists the keys after the cursor and an array's other string items", () => {
    const text = '{ a: 1, b: { c: 2 }, X d: 3, "e": [4] }';
    expect(cursorContext(text, text.indexOf("X"))).toMatchObject({ siblingKeys: ["a", "b", "d", "e"] });
    const list = '["x", Y "z"]';
    expect(cursorContext(list, list.indexOf("Y"))).toMatchObject({ siblingValues: ["x", "z"] });
  });

  it("looseValue reads what it can of a half-typed file", () => {
    expect(looseValue('{ auth: { profiles: { "kimi:a": { provider: "kimi" }, "kimi:b" } }, order: { kimi: ["ki')).toEqual({
      auth: { profiles: { "kimi:a": { provider: "kimi" } } },
      order: { kimi: ["ki"] },
    });
    expect(looseValue("{ a: [1, true, null, x], b: 'q' }")).toEqual({ a: [1, true, null, "x"], b: "q" });
    expect(looseValue("")).toBeUndefined();
  });
});
