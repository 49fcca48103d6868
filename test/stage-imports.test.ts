/**
 * @fileoverview The folder graph is a straight line. Every file under src/
 * belongs to one stage of the order below, and imports only from its own stage
 * or an earlier one. The test reads every import of every file (static,
 * `export … from`, `import "…"`, dynamic `import("…")`, `typeof import("…")`
 * and `require("…")`, found by TypeScript's own pre-processor so that comments
 * and strings do not count) and names each one that points to a later stage.
 * A new folder or root file has to be placed in the order before the test passes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";

/**
 * The order, earliest first. `members` are folders (`name/`) or root files of
 * src/. A stage may import from itself and from every stage above it; the
 * first stage is shared: anyone may import it, and it imports only itself.
 */
const STAGE_ORDER: readonly { stage: string; members: readonly string[]; holds: string }[] = [
  {
    stage: "shared",
    members: [
      "diagnostics/",
      "providers/",
      "secrets/",
      "json-object.ts",
      "json5-parse.ts",
      "json5-parse.bundle.ts",
      "version.ts",
      "version.bundle.ts",
      "version-order.ts",
    ],
    holds: "the Diagnostic type, codes, reporters; the provider registry; secret redaction; the JSON-object guard; JSON5.parse; the version",
  },
  { stage: "document", members: ["document/"], holds: "JSON5 → AST with ranges, $include, ${VAR}, text edits" },
  { stage: "migrate", members: ["migrate/"], holds: "legacy forms → current, one file per migration" },
  { stage: "schema", members: ["schema/"], holds: "Zod schemas per target, the settings file's schema, JSON Schema" },
  { stage: "resolve", members: ["resolve/"], holds: "model chains, auth order, explain, failover" },
  { stage: "rules", members: ["rules/"], holds: "one file per semantic rule, rule settings" },
  { stage: "state", members: ["state/"], holds: "auth-state, auth-profiles and sessions stores: read, write, lock" },
  { stage: "emit", members: ["emit/"], holds: "normalized config, auth-state, printed config" },
  { stage: "check", members: ["check.ts", "check-secrets.ts"], holds: "the whole check pipeline behind one call, and the secrets of what it read" },
  { stage: "operations", members: ["operations/"], holds: "the commands' operations as library calls: auth add/order, migrate plan/apply, compile" },
  { stage: "inspect", members: ["inspect/"], holds: "the local inspector page and its server" },
  { stage: "lsp", members: ["lsp/"], holds: "the language server" },
  { stage: "drill", members: ["drill/"], holds: "the scripted fake provider a rehearsal runs OpenClaw against" },
  { stage: "index", members: ["index.ts"], holds: "the public library API (re-exports only)" },
  { stage: "cli", members: ["cli/"], holds: "yargs entry, one module per command" },
];

const SRC = join(ROOT, "src");

/** The stage index of a path relative to src/ (`/`-separated), or undefined when no stage holds it. */
function stageOf(relPath: string): number | undefined {
  const slash = relPath.indexOf("/");
  // An import names the built file (`../check.js`); the stage lists the source (`check.ts`).
  const member = slash === -1 ? relPath.replace(/\.[cm]?js$/, ".ts") : relPath.slice(0, slash + 1);
  const index = STAGE_ORDER.findIndex((s) => s.members.includes(member));
  return index === -1 ? undefined : index;
}

interface SourceFile {
  /** Path relative to src/, `/`-separated. */
  path: string;
  text: string;
}

interface StageFault {
  file: string;
  specifier: string;
  fromStage: string;
  toStage: string;
}

/** Every import in `files` that points to a later stage, and every file no stage holds. */
function stageFaults(files: readonly SourceFile[]): { faults: StageFault[]; unplaced: string[]; imports: number } {
  const faults: StageFault[] = [];
  const unplaced: string[] = [];
  let imports = 0;
  for (const file of files) {
    const from = stageOf(file.path);
    if (from === undefined) {
      unplaced.push(file.path);
      continue;
    }
    for (const { fileName: specifier } of ts.preProcessFile(file.text, true, true).importedFiles) {
      if (!specifier.startsWith(".")) continue; // packages and node: built-ins
      const target = relative("/src", resolve("/src", dirname(file.path), specifier))
        .split(sep)
        .join("/");
      if (target.startsWith("..")) continue; // outside src/ (package.json, schemas/)
      imports++;
      const to = stageOf(target);
      if (to === undefined) unplaced.push(`${target} (imported by ${file.path})`);
      else if (to > from) {
        faults.push({ file: file.path, specifier, fromStage: STAGE_ORDER[from]!.stage, toStage: STAGE_ORDER[to]!.stage });
      }
    }
  }
  return { faults, unplaced, imports };
}

function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) {
      out.push({ path: relative(SRC, path).split(sep).join("/"), text: readFileSync(path, "utf8") });
    }
  }
  return out;
}

const describeFault = (f: StageFault): string => `${f.file} imports "${f.specifier}": ${f.fromStage} may not import ${f.toStage}, a later stage`;

describe("the stage order", () => {
  it("holds for every import of every file under src/", () => {
    const { faults, unplaced, imports } = stageFaults(sourceFiles(SRC));
    expect(unplaced, "files no stage holds: add them to STAGE_ORDER").toEqual([]);
    expect(faults.map(describeFault)).toEqual([]);
    // The tree has about a thousand relative imports; a reader that found none would pass vacuously.
    expect(imports).toBeGreaterThan(500);
  });

  it.each([
    ["a shared folder importing a stage", "diagnostics/reporters/pretty.ts", 'import { LineIndex } from "../../document/lines.js";', "shared", "document"],
    ["an earlier stage importing a later one", "schema/fast-validate-zod.ts", 'export { S } from "../rules/settings-schema.js";', "schema", "rules"],
    ["a dynamic import", "rules/run.ts", 'const m = await import("../cli/main.js");', "rules", "cli"],
    ["a type-only import", "document/parse.ts", 'type T = typeof import("../check.js");', "document", "check"],
    ["a require", "state/read.ts", 'const m = require("../emit/auth-state.js");', "state", "emit"],
  ])("names %s", (_label, path, text, fromStage, toStage) => {
    const { faults } = stageFaults([{ path, text }]);
    expect(faults).toEqual([{ file: path, specifier: expect.any(String), fromStage, toStage }]);
  });

  it.each([
    ["its own stage", "rules/run.ts", 'import { x } from "./registry.js";'],
    ["an earlier stage", "cli/main.ts", 'import { check } from "../check.js";'],
    ["another shared folder", "diagnostics/create.ts", 'import { redact } from "../secrets/redact.js";'],
    ["a package", "schema/config.ts", 'import { z } from "zod";'],
    ["an import in a comment", "document/parse.ts", '// import("../cli/main.js")\nconst s = "import(\'../cli/main.js\')";'],
  ])("allows %s", (_label, path, text) => {
    expect(stageFaults([{ path, text }]).faults).toEqual([]);
  });

  it("names a file that no stage holds", () => {
    expect(stageFaults([{ path: "plugins/x.ts", text: "" }]).unplaced).toEqual(["plugins/x.ts"]);
  });
});
