/**
 * @fileoverview The README and every page of docs/ show what the CLI really
 * prints, so the text cannot drift from the output.
 *
 * The convention: a fenced block whose info string is `console` is a run
 * example. Each line starting with `$ agentcfg ` is a command, run on the
 * built CLI from the repository root with colour off; the lines after it, up
 * to the next command or the end of the block, are what it prints: its
 * standard output, then its standard error. A command ending in
 * ` 2>/dev/null` shows its standard output only, one ending in ` >/dev/null`
 * its standard error only. The only normalisation is trailing white space
 * per line and at the end (editors strip it, Markdown does not show it).
 *
 * Every `ts` block is a library example: each is type-checked, as a module of
 * its own, against the published declarations (dist/, as a user imports
 * "agentcfg").
 *
 * Every other `agentcfg …` command line in a shell block (`sh`, `console`)
 * is checked for what can be checked without running it: the command exists
 * and each `--option` it uses is one that command's `--help` lists.
 *
 * Also: every command of the CLI has its page, docs/<command>.md, and the
 * README links to each page and stays under 250 lines.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

const PAGES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

interface Block {
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  info: string;
  lines: string[];
}

function blocksOf(page: string): Block[] {
  const lines = readFileSync(join(ROOT, page), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== fence; i++) body.push(lines[i]!.slice(indent!.length));
    blocks.push({ page, line: start + 1, info: info!, lines: body });
  }
  return blocks;
}

interface Example {
  page: string;
  line: number;
  command: string;
  expected: string;
}

function examplesOf(block: Block): Example[] {
  const examples: Example[] = [];
  block.lines.forEach((text, i) => {
    if (text.startsWith("$ ")) examples.push({ page: block.page, line: block.line + 1 + i, command: text.slice(2), expected: "" });
    else if (examples.length > 0) examples[examples.length - 1]!.expected += `${text}\n`;
  });
  return examples;
}

/** Splits a command line as a POSIX shell would for the quoting the docs use: '…' and "…". */
function words(command: string): string[] {
  const out: string[] = [];
  for (const match of command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    out.push(match[1] ?? match[2]?.replace(/\\(.)/g, "$1") ?? match[3]!);
  }
  return out;
}

/** A block's lines with `\`-continued lines joined, each with the index of its first line. */
function joinContinuations(lines: string[]): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let open: { text: string; index: number } | undefined;
  lines.forEach((line, index) => {
    if (open) open.text += ` ${line.trim()}`;
    else open = { text: line, index };
    if (open.text.endsWith("\\")) open.text = open.text.slice(0, -1).trimEnd();
    else {
      out.push(open);
      open = undefined;
    }
  });
  if (open) out.push(open);
  return out;
}

const tidy = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trimEnd();

const ALL_BLOCKS = PAGES.flatMap(blocksOf);
const EXAMPLES = ALL_BLOCKS.filter((b) => b.info === "console").flatMap(examplesOf);
const COMMANDS = readdirSync(join(ROOT, "src", "cli", "commands"))
  .filter((f) => /^[a-z]+\.ts$/.test(f) && !["entry.ts", "registry.ts"].includes(f))
  .map((f) => f.replace(/\.ts$/, ""));

describe("the examples of the README and docs/", () => {
  it("exist in the README and in the command pages", () => {
    expect(EXAMPLES.filter((e) => e.page === "README.md").length).toBeGreaterThanOrEqual(3);
    expect(new Set(EXAMPLES.map((e) => e.page)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(EXAMPLES.map((e) => [`${e.page}:${e.line} $ ${e.command}`, e] as const))("%s prints what the page shows", (_name, example) => {
    const argv = words(example.command);
    expect(argv[0], "a console example runs agentcfg").toBe("agentcfg");
    let show: "both" | "stdout" | "stderr" = "both";
    if (argv.at(-1) === "2>/dev/null") show = "stdout";
    if (argv.at(-1) === ">/dev/null") show = "stderr";
    const args = argv.slice(1, show === "both" ? undefined : -1);
    const r = runCli(args, { env: { COLUMNS: "100" } });
    const printed = show === "stdout" ? r.stdout : show === "stderr" ? r.stderr : r.stdout + r.stderr;
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(tidy(printed)).toBe(tidy(example.expected));
  });
});

describe("the other agentcfg command lines of the README and docs/", () => {
  const lines = ALL_BLOCKS.filter((b) => ["sh", "console", "bash", ""].includes(b.info)).flatMap((b) =>
    joinContinuations(b.lines).flatMap(({ text, index }) => {
      const command = /^(?:\$ )?(?:.*\| )?(?:npx )?agentcfg (.*)$/.exec(text.replace(/\s+#.*$/, ""));
      if (!command || (b.info === "console" && text.startsWith("$ "))) return [];
      return [{ where: `${b.page}:${b.line + 1 + index}`, words: words(command[1]!) }];
    }),
  );
  const helpOf = new Map<string, string>();
  function help(path: string[]): string {
    const key = path.join(" ");
    if (!helpOf.has(key)) helpOf.set(key, runCli([...path, "--help"]).stdout);
    return helpOf.get(key)!;
  }

  it("are found", () => expect(lines.length).toBeGreaterThan(10));

  it.each(lines.map((l) => [`${l.where} agentcfg ${l.words.join(" ")}`, l] as const))("%s: the command and its options exist", (_name, line) => {
    const [command, sub] = line.words;
    // Commands other branches add (completion) are documented in prose until they are merged.
    if (command === "completion") return;
    expect(COMMANDS, line.where).toContain(command);
    const path = command === "auth" && sub && !sub.startsWith("-") ? [command, sub] : [command!];
    const text = help(path);
    // Options as written (`--out FILE`) and in a synopsis (`[--out FILE]`, `(--token-stdin | --token-env VAR)`).
    const options = line.words.join(" ").match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? [];
    for (const option of options) expect(text, `${line.where}: ${option}`).toContain(`${option.replace(/^--no-/, "--")} `);
  });
});

describe("the library examples of the README and docs/", () => {
  const blocks = ALL_BLOCKS.filter((b) => b.info === "ts");

  it("type-check against the published declarations", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    // Inside the package folder, so "agentcfg" resolves to this package (self-reference), as for a user.
    const dir = join(ROOT, ".tmp", `docs-ts-examples-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const files = blocks.map((b, i) => {
        const name = `${b.page.replace(/\W+/g, "-")}-${b.line}-${i}.mts`;
        writeFileSync(join(dir, name), `${b.lines.join("\n")}\nexport {};\n`);
        return name;
      });
      const compilerOptions = {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
      };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
      const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
      const r = spawnSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
      expect(r.stdout + r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the docs' shape", () => {
  it("has a page for every command, and the README links to each", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(COMMANDS.length).toBeGreaterThanOrEqual(9);
    for (const command of COMMANDS) {
      expect(PAGES, command).toContain(`docs/${command}.md`);
      expect(readme, command).toContain(`(docs/${command}.md)`);
    }
  });

  it("keeps the README to a few screens", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8").split("\n").length).toBeLessThan(250);
  });

  it("links only to files that exist (but the pages other branches write)", () => {
    const pending = new Set(["docs/editors.md", "docs/ci.md"]);
    for (const page of PAGES) {
      const dir = page.includes("/") ? page.slice(0, page.lastIndexOf("/") + 1) : "";
      for (const [, target] of readFileSync(join(ROOT, page), "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const path = join(dir, target!).replace(/\\/g, "/");
        if (pending.has(path)) continue;
        expect(() => readFileSync(join(ROOT, path)), `${page} links to ${target}`).not.toThrow();
      }
    }
  });
});
