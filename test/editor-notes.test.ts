/**
 * @fileoverview The Neovim snippets of docs/editors.md, run as written in the
 * Neovim on this machine (Debian's `neovim` package, which .ci/run installs):
 * each snippet the installed version supports is the whole config of a
 * headless Neovim that opens a JSON5 config with a typo, an `openclaw.json`
 * and a `package.json`, and must show agentcfg's diagnostic in the first two
 * and leave the third alone. Without Neovim the tests skip and say why.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { CLI } from "./run-cli.js";

const NOTES = readFileSync(join(ROOT, "docs", "editors.md"), "utf8");

/** The first lua block after the heading that starts with `heading`. */
function snippetAfter(heading: string): string {
  const at = NOTES.indexOf(`\n### ${heading}`);
  expect(at, `docs/editors.md has a "### ${heading}" section`).toBeGreaterThan(0);
  const block = /```lua\n([\s\S]*?)```/.exec(NOTES.slice(at));
  return block![1]!;
}

const version = (() => {
  const r = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  const m = /NVIM v(\d+)\.(\d+)/.exec(r.stdout ?? "");
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
})();
const atLeast = (minor: number) => version !== undefined && (version.major > 0 || version.minor >= minor);
const only = (minor: number, below: number) => atLeast(minor) && !atLeast(below);
const why = (supported: boolean) =>
  supported ? "" : version ? ` (skipped: Neovim 0.${version.minor} here)` : " (skipped: no nvim on PATH; .ci/run installs Debian's neovim package)";

/** Lua that opens each file, waits for diagnostics, and writes what it saw: filetype, attached clients, diagnostics. */
const PROBE = `
local seen = {}
local function clients(buf)
  if vim.lsp.get_clients then return #vim.lsp.get_clients({ bufnr = buf }) end
  return vim.tbl_count(vim.lsp.buf_get_clients(buf))
end
for _, file in ipairs({ "typo.json5", "openclaw.json", "package.json" }) do
  vim.cmd("edit " .. file)
  local buf = vim.api.nvim_get_current_buf()
  vim.wait(file == "package.json" and 1500 or 20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(found, (d.lnum + 1) .. ":" .. (d.col + 1) .. " " .. tostring(d.code)) end
  table.insert(seen, vim.trim(file .. " " .. vim.bo[buf].filetype .. " clients=" .. clients(buf) .. " " .. table.concat(found, ",")))
end
vim.fn.writefile(seen, "seen.txt")
vim.cmd("qa!")
`;

describe("the Neovim notes in docs/editors.md", () => {
  const dir = mkdtempSync(join(tmpdir(), "agentcfg-nvim-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function runSnippet(heading: string): string[] {
    const work = join(dir, heading.replace(/\W+/g, "-"));
    mkdirSync(join(work, "bin"), { recursive: true });
    // `agentcfg` on PATH, as the notes ask: this checkout's built CLI.
    writeFileSync(join(work, "bin", "agentcfg"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(work, "bin", "agentcfg"), 0o755);
    writeFileSync(join(work, "init.lua"), snippetAfter(heading));
    writeFileSync(join(work, "probe.lua"), PROBE);
    copyFileSync(join(ROOT, "fixtures", "invalid", "typo-root-key.json5"), join(work, "typo.json5"));
    copyFileSync(join(ROOT, "fixtures", "invalid", "typo-root-key.json5"), join(work, "openclaw.json"));
    writeFileSync(join(work, "package.json"), '{ "name": "not-a-config" }\n');
    const env = {
      ...process.env,
      PATH: `${join(work, "bin")}${delimiter}${process.env["PATH"]}`,
      XDG_CONFIG_HOME: work,
      XDG_DATA_HOME: work,
      XDG_STATE_HOME: work,
    };
    const r = spawnSync("nvim", ["--headless", "-i", "NONE", "-u", "init.lua", "-c", "luafile probe.lua"], {
      cwd: work,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    return readFileSync(join(work, "seen.txt"), "utf8").trim().split("\n");
  }

  const expected = ["typo.json5 json5 clients=1 2:3 schema/unknown-key", "openclaw.json json clients=1 2:3 schema/unknown-key", "package.json json clients=0"];

  it.skipIf(!only(7, 8))(
    `0.7: start_client and buf_attach_client show the typo in JSON5 and openclaw.json, nothing in package.json${why(only(7, 8))}`,
    () => {
      expect(runSnippet("0.7")).toEqual(expected);
    },
    90_000,
  );

  it.skipIf(!atLeast(8))(
    `0.8 to 0.10: vim.lsp.start on FileType does the same${why(atLeast(8))}`,
    () => {
      expect(runSnippet("0.8 to 0.10")).toEqual(expected);
    },
    90_000,
  );

  it.skipIf(!atLeast(11))(
    `0.11 and later: vim.lsp.config does the same${why(atLeast(11))}`,
    () => {
      expect(runSnippet("0.11 and later")).toEqual(expected);
    },
    90_000,
  );
});
