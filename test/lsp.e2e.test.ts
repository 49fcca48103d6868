/**
 * @fileoverview `agentcfg lsp` end to end: the built CLI as a child process,
 * driven over stdio by a real LSP client. Diagnostics at their exact ranges,
 * quick fixes that clear them, completion and hover from the schema, an
 * `$include`d file reported into, and no secret in anything the server says.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, CompletionItem, Diagnostic, Hover, TextEdit } from "vscode-languageserver-protocol/node";
import { startLsp, uriOf, type LspSession } from "./helpers/lsp-client.js";

const SEED = `{
  agents: {
    defaults: {
      model: {
        primary: "kimi/kimi-code",
        fallback: ["moonshot/kimi-k2.5"],
      },
    },
  },
  auth: {
    profiles: {
      "kimi:default": { provider: "kimi", mode: "api_key" },
      "moonshot:backup": { provider: "moonshot", mode: "api_key" },
    },
    order: {
      kimi: ["kimi:default", "moonshot:backup"],
    },
  },
}
`;

const dir = mkdtempSync(join(tmpdir(), "agentcfg-lsp-"));
let lsp: LspSession;
let version = 1;
beforeAll(async () => {
  lsp = await startLsp();
});
afterAll(async () => {
  const code = await lsp.close();
  expect(code).toBe(0);
  expect(lsp.stderr()).toBe("");
  rmSync(dir, { recursive: true, force: true });
});

/** The 0-based line and character of the first `needle` in `text` (after `from`). */
function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${needle} not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
}

function rangeOf(text: string, needle: string, from = 0) {
  const start = positionOf(text, needle, from);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

function open(path: string, text: string, languageId = "json5"): void {
  void lsp.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(path), languageId, version: version++, text } });
}

function change(path: string, text: string): void {
  void lsp.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf(path), version: version++ }, contentChanges: [{ text }] });
}

/** Applies non-overlapping edits, last first, as an editor does. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const offsetOf = (p: { line: number; character: number }) =>
    text
      .split("\n")
      .slice(0, p.line)
      .reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(e.range.start)) + e.newText + out.slice(offsetOf(e.range.end));
  return out;
}

describe("agentcfg lsp", () => {
  it("publishes the seed config's typo and wrong-provider profile at their exact ranges; the quick fixes clear them", async () => {
    const path = join(dir, "openclaw.json5");
    writeFileSync(path, SEED);
    open(path, SEED);
    const diagnostics = await lsp.nextDiagnostics(path);
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    expect(byCode("schema/unknown-key")).toHaveLength(1);
    expect(byCode("schema/unknown-key")[0]).toMatchObject({ severity: 1, source: "agentcfg", range: rangeOf(SEED, "fallback") });
    expect(byCode("schema/unknown-key")[0]!.message).toContain('did you mean "fallbacks"?');
    expect(byCode("schema/unknown-key")[0]!.codeDescription?.href).toMatch(/docs\/diagnostics\.md#schema-unknown-key$/);
    const mismatch = byCode("auth/order-provider-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ severity: 2, range: rangeOf(SEED, '"moonshot:backup"', SEED.indexOf("order:")) });
    expect(mismatch[0]!.relatedInformation?.[0]?.location.uri).toBe(uriOf(path));

    const actions = (await lsp.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: uriOf(path) },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
      context: { diagnostics: [...byCode("schema/unknown-key"), ...mismatch] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['Rename "fallback" to "fallbacks"', 'Remove "moonshot:backup" from auth.order.kimi']);
    const fixed = applyEdits(
      SEED,
      actions.flatMap((a) => a.edit!.changes![uriOf(path)]!),
    );
    expect(fixed).toContain('fallbacks: ["moonshot/kimi-k2.5"]');
    expect(fixed).toContain('kimi: ["kimi:default"]');
    change(path, fixed);
    const after = await lsp.nextDiagnostics(path);
    expect(after.filter((d: Diagnostic) => d.severity === 1 || d.severity === 2)).toEqual([]);
  });

  it("completes the keys of agents.defaults.model, and model refs as its values", async () => {
    const path = join(dir, "completion.json5");
    const text = "{ agents: { defaults: { model: { pr";
    open(path, text);
    const items = (await lsp.connection.sendRequest("textDocument/completion", {
      textDocument: { uri: uriOf(path) },
      position: { line: 0, character: text.length },
    })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    expect(labels).toContain("primary");
    expect(labels).toContain("fallbacks");
    expect(items.find((i) => i.label === "primary")!.textEdit).toMatchObject({ newText: "primary: " });

    const valueText = '{ agents: { defaults: { model: { primary: "kimi/';
    change(path, valueText);
    const values = (await lsp.connection.sendRequest("textDocument/completion", {
      textDocument: { uri: uriOf(path) },
      position: { line: 0, character: valueText.length },
    })) as CompletionItem[];
    expect(values.map((v) => v.label)).toContain("kimi/kimi-code");
  });

  it("hovers with the schema's words, never a value from the file", async () => {
    const path = join(dir, "hover.json5");
    const secret = "sk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    const text = `{\n  models: { providers: { acme: { baseUrl: "https://acme.example/v1", apiKey: "${secret}", models: [] } } },\n  agents: { defaults: { model: { primary: "acme/x" } } },\n}\n`;
    writeFileSync(path, text);
    open(path, text);
    const diagnostics = await lsp.nextDiagnostics(path);
    expect(JSON.stringify(diagnostics)).not.toContain(secret);
    const onKey = (await lsp.connection.sendRequest("textDocument/hover", {
      textDocument: { uri: uriOf(path) },
      position: positionOf(text, "primary"),
    })) as Hover;
    expect(JSON.stringify(onKey.contents)).toContain("Primary model");
    const onSecret = (await lsp.connection.sendRequest("textDocument/hover", {
      textDocument: { uri: uriOf(path) },
      position: positionOf(text, secret),
    })) as Hover | null;
    expect(JSON.stringify(onSecret ?? "")).not.toContain(secret);
  });

  it("an edit in an included file updates the diagnostics reported into it by the file that includes it", async () => {
    const folder = mkdtempSync(join(dir, "include-"));
    const entry = join(folder, "openclaw.json5");
    const agents = join(folder, "agents.json5");
    const entryText = '{\n  agents: { $include: "./agents.json5" },\n}\n';
    const agentsText = '{ defaults: { model: { primary: "kimi/kimi-code" } } }\n';
    writeFileSync(entry, entryText);
    writeFileSync(agents, agentsText);
    open(entry, entryText);
    expect((await lsp.nextDiagnostics(entry)).filter((d) => d.severity === 1)).toEqual([]);
    open(agents, agentsText);
    expect((await lsp.nextDiagnostics(agents)).filter((d) => d.severity === 1)).toEqual([]);
    const typo = '{ defaults: { modle: { primary: "kimi/kimi-code" } } }\n';
    change(agents, typo); // unsaved: the server reads the buffer, not the disk
    const inIncluded = (await lsp.diagnosticsWhere(agents, (list) => list.some((d) => d.severity === 1))).filter((d) => d.severity === 1);
    expect(inIncluded.map((d) => [d.code, d.range])).toEqual([["schema/unknown-key", rangeOf(typo, "modle")]]);
    expect(inIncluded[0]!.message).toContain('did you mean "model"?');
  });
});

describe("agentcfg lsp settings", () => {
  it("completes from the schema of the release each file is judged by", async () => {
    const folder = mkdtempSync(join(dir, "targets-"));
    const old = join(folder, "old", "openclaw.json5");
    const current = join(folder, "openclaw.json5");
    const text = "{ auth: { ";
    writeFileSync(join(folder, "agentcfg.config.json5"), "{}\n");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(folder, "old"));
    writeFileSync(join(folder, "old", "agentcfg.config.json5"), '{ target: "2026.4" }\n');
    const session = await startLsp();
    try {
      for (const path of [old, current]) {
        void session.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(path), languageId: "json5", version: 1, text } });
        await session.nextDiagnostics(path);
      }
      const labels = async (path: string) =>
        (
          (await session.connection.sendRequest("textDocument/completion", {
            textDocument: { uri: uriOf(path) },
            position: { line: 0, character: text.length },
          })) as CompletionItem[]
        ).map((i) => i.label);
      expect(await labels(old)).toContain("cooldowns"); // 2026.4 has auth.cooldowns
      expect(await labels(current)).not.toContain("cooldowns"); // 2026.9 removed it
      expect(await labels(current)).toContain("profiles");
    } finally {
      expect(await session.close()).toBe(0);
    }
  });

  it("takes rule settings from the editor over the nearest agentcfg.config.json5, as check does", async () => {
    const folder = mkdtempSync(join(dir, "settings-"));
    const path = join(folder, "openclaw.json5");
    writeFileSync(join(folder, "agentcfg.config.json5"), '{ rules: { "auth/order-provider-mismatch": "error" } }\n');
    writeFileSync(path, SEED);
    const session = await startLsp({ agentcfg: { rules: {} } });
    try {
      void session.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(path), languageId: "json5", version: 1, text: SEED } });
      const diagnostics = await session.nextDiagnostics(path);
      expect(diagnostics.find((d) => d.code === "auth/order-provider-mismatch")?.severity).toBe(1);
      void session.connection.sendNotification("workspace/didChangeConfiguration", {
        settings: { agentcfg: { rules: { "auth/order-provider-mismatch": "off" } } },
      });
      const after = await session.diagnosticsWhere(path, (list) => !list.some((d) => d.code === "auth/order-provider-mismatch"));
      expect(after.some((d) => d.code === "schema/unknown-key")).toBe(true);
    } finally {
      expect(await session.close()).toBe(0);
    }
  });
});
