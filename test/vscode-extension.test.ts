/**
 * @fileoverview The VS Code extension in editors/vscode/: its manifest (a
 * publisher, a licence, the JSON5 language and grammar, one bundled entry), its
 * JSON5 grammar run on a JSON5 document by a small TextMate tokenizer, and,
 * under `npm run test:slow` (CI runs it), the VSIX built with the official
 * packager (@vscode/vsce, the extension's own dev dependency, installed from
 * the npm cache into a scratch copy) and unpacked: its extension.vsixmanifest
 * and the files it carries.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { SLOW } from "./helpers/test-scale.js";
import { type Grammar, type Token, tokenize, toRegExp } from "./helpers/textmate.js";
import { readZip } from "./helpers/zip.js";

const EXTENSION = join(ROOT, "editors", "vscode");

interface ExtensionManifest {
  name: string;
  publisher?: string;
  version: string;
  license?: string;
  main: string;
  dependencies?: Record<string, string>;
  contributes: {
    languages: { id: string; extensions?: string[]; configuration?: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
  };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION, "package.json"), "utf8")) as ExtensionManifest;
const grammarEntry = manifest.contributes.grammars.find((g) => g.language === "json5");
const grammar = JSON.parse(readFileSync(join(EXTENSION, grammarEntry?.path ?? "missing"), "utf8")) as Grammar;

describe("the VS Code extension's manifest", () => {
  it("names a publisher and a licence that ships beside it", () => {
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(EXTENSION, "LICENSE"), "utf8")).toBe(readFileSync(join(ROOT, "LICENSE"), "utf8"));
  });

  it("contributes the JSON5 language with its grammar", () => {
    expect(manifest.contributes.languages.find((l) => l.id === "json5")?.extensions).toEqual([".json5"]);
    expect(grammarEntry?.scopeName).toBe("source.json5");
    expect(grammar.scopeName).toBe(grammarEntry?.scopeName);
  });

  it("runs one bundled file and needs no node_modules at run time", () => {
    expect(manifest.main).toBe("./dist/extension.js");
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});

describe("the JSON5 grammar", () => {
  const DOCUMENT = [
    "// openclaw.json, JSON5",
    "{",
    "  /* block",
    "     comment */",
    "  agents: { defaults: { model: { primary: 'kimi/kimi-code', fallbacks: [\"moonshot/kimi-k2.5\",], }, }, },",
    "  $schema: './openclaw.schema.json',",
    "  'quoted key': 'it\\'s \\x41\\u0042 \\",
    "continued',",
    '  "double": "\\q \\1 \\xZ",',
    "  numbers: [0x1F, +Infinity, -NaN, .5, 5., 1e-3, +1, 42,],",
    "  flags: [true, false, null],",
    "}",
  ].join("\n");
  const { tokens, open } = tokenize(grammar, DOCUMENT);
  const scopesOf = (text: string, nth = 0): string[] => tokens.filter((t: Token) => t.text === text)[nth]?.scopes ?? [];

  it("closes every object, array, string and comment it opens", () => {
    expect(open).toEqual([]);
  });

  it("colours comments, unquoted and quoted keys, and single- and double-quoted strings", () => {
    expect(scopesOf("// openclaw.json, JSON5\n")).toContain("comment.line.double-slash.json5");
    expect(scopesOf("     comment ")).toContain("comment.block.json5");
    for (const key of ["agents", "defaults", "primary", "fallbacks", "$schema", "numbers"])
      expect(scopesOf(key), key).toContain("support.type.property-name.json5");
    expect(scopesOf("quoted key")).toContain("support.type.property-name.json5");
    expect(scopesOf("kimi/kimi-code")).toContain("string.quoted.single.json5");
    expect(scopesOf("moonshot/kimi-k2.5")).toContain("string.quoted.double.json5");
    expect(scopesOf("continued")).toContain("string.quoted.single.json5");
  });

  it("knows JSON5's escapes (any character but a digit, x and u stands for itself), and marks the others", () => {
    for (const sequence of ["\\'", "\\x41", "\\u0042", "\\\n", "\\q"]) expect(scopesOf(sequence), sequence).toContain("constant.character.escape.json5");
    for (const sequence of ["\\1", "\\x"]) expect(scopesOf(sequence), sequence).toContain("invalid.illegal.unrecognized-string-escape.json5");
  });

  it("colours every JSON5 number and the literals", () => {
    expect(scopesOf("0x1F")).toContain("constant.numeric.hex.json5");
    for (const n of ["+Infinity", "-NaN", ".5", "5.", "1e-3", "+1", "42"]) expect(scopesOf(n), n).toContain("constant.numeric.json5");
    for (const literal of ["true", "false", "null"]) expect(scopesOf(literal), literal).toContain("constant.language.json5");
  });

  it("takes Unicode identifiers as keys and no number inside a word", () => {
    const key = toRegExp(grammar.repository["key-identifier"]!.match!);
    expect("clé_1 ".match(key)?.[0]).toBe("clé_1");
    expect("\\u0061bc: 1".match(key)?.[0]).toBe("\\u0061bc");
    const numbers = tokenize(grammar, "{ k: [v1, 0x1G] }").tokens.filter((t) => t.scopes.some((s) => s.startsWith("constant.numeric")));
    expect(numbers).toEqual([]);
  });
});

const SKIPPED = SLOW ? "" : " (skipped: slow; runs under npm run test:slow)";

describe("the VSIX", () => {
  const dir = SLOW ? mkdtempSync(join(tmpdir(), "agentcfg-vsix-")) : "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it.skipIf(!SLOW)(
    `built by @vscode/vsce, carries a publisher, the licence, the grammar and one bundled entry${SKIPPED}`,
    () => {
      const copy = join(dir, "vscode");
      cpSync(EXTENSION, copy, { recursive: true, filter: (from) => !/[/\\](node_modules|dist)$|\.vsix$/.test(from) });
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
      for (const key of Object.keys(env)) if (/^npm_(package|lifecycle)_|^npm_command$|^INIT_CWD$/.test(key)) delete env[key];
      const sh = (args: string[]) => spawnSync("npm", args, { cwd: copy, env, encoding: "utf8", timeout: 300_000 });
      const ci = sh(["ci", "--prefer-offline", "--no-audit", "--no-fund"]);
      expect(ci.status, ci.stderr).toBe(0);
      const packed = sh(["run", "package"]);
      expect(packed.status, packed.stdout + packed.stderr).toBe(0);
      const vsix = join(copy, "agentcfg-vscode.vsix");
      expect(existsSync(vsix)).toBe(true);

      const entries = readZip(readFileSync(vsix));
      const names = [...entries.keys()].sort();
      const xml = entries.get("extension.vsixmanifest")!.toString("utf8");
      expect(xml).toContain(`<Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}"`);
      const licence = /<License>([^<]+)<\/License>/.exec(xml)?.[1];
      expect(licence).toBe("extension/LICENSE.txt");
      expect(entries.get(licence!)!.toString("utf8")).toBe(readFileSync(join(ROOT, "LICENSE"), "utf8"));
      expect(names).toContain("[Content_Types].xml");

      const packedManifest = JSON.parse(entries.get("extension/package.json")!.toString("utf8")) as ExtensionManifest;
      expect(packedManifest.publisher).toBe(manifest.publisher);
      const grammarPath = `extension/${packedManifest.contributes.grammars[0]!.path.replace(/^\.\//, "")}`;
      expect((JSON.parse(entries.get(grammarPath)!.toString("utf8")) as Grammar).scopeName).toBe("source.json5");

      // One script, the bundle, and nothing from node_modules.
      expect(names.filter((n) => /\.[cm]?js$/.test(n))).toEqual([`extension/${manifest.main.replace(/^\.\//, "")}`]);
      expect(names.filter((n) => n.includes("node_modules"))).toEqual([]);

      // The bundle loads with only `vscode` from outside (VS Code provides it) and exports the entry points.
      const probe = `
      const Module = require("node:module");
      const load = Module._load;
      const asked = [];
      // The language client's classes extend VS Code's at load: every name of the stand-in is a class.
      const vscode = new Proxy({}, { get: () => class {} });
      Module._load = function (request, ...rest) {
        if (!request.startsWith("node:") && !Module.builtinModules.includes(request)) asked.push(request);
        return request === "vscode" ? vscode : load.call(this, request, ...rest);
      };
      const extension = require(process.argv[1]);
      console.log(JSON.stringify({ asked: [...new Set(asked.slice(1))], exports: Object.keys(extension).sort() }));
    `;
      const bundle = join(copy, "dist", "extension.js");
      const loaded = spawnSync(process.execPath, ["-e", probe, bundle], { encoding: "utf8" });
      expect(loaded.stderr).toBe("");
      expect(JSON.parse(loaded.stdout)).toEqual({ asked: ["vscode"], exports: ["activate", "deactivate"] });
    },
    400_000,
  );
});
