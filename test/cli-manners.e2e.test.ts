/**
 * @fileoverview The command line's manners (issue 30), run as a user runs
 * them: `agentcfg completion bash|zsh|fish` prints a script that lists every
 * command and option (from the commands' own declarations) and, for bash,
 * completes commands, options, their values and file names when a shell runs
 * it; a mistyped command or option gets a did-you-mean and exit 2; the
 * top-level help has examples.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/registry.js";
import { declareCommand } from "../src/cli/declared-commands.js";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "agentcfg-manners-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SHELLS = ["bash", "zsh", "fish"] as const;
const scripts = Object.fromEntries(SHELLS.map((shell) => [shell, runCli(["completion", shell])])) as Record<(typeof SHELLS)[number], ReturnType<typeof runCli>>;
const DECLARED = COMMANDS.map(declareCommand);

/** Whether `shell` can be run here (bash always is; zsh and fish where installed). */
const has = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;

describe("agentcfg completion", () => {
  it.each(SHELLS)("%s: prints a script naming every command and every option of every command", (shell) => {
    const { status, stdout, stderr } = scripts[shell];
    expect(status).toBe(0);
    expect(stderr).toBe("");
    for (const command of DECLARED) {
      expect(stdout, command.name).toContain(command.name);
      for (const option of command.options) expect(stdout, `${command.name} --${option.name}`).toMatch(new RegExp(`(--|-l )${option.name}\\b`));
    }
    // The options added with this script: a new option is completed with no script edited.
    for (const option of ["fix", "fix-dry-run", "stdin", "stdin-filename"]) expect(stdout).toContain(option);
  });

  it("bash: the script parses (bash -n)", () => {
    const file = join(scratch, "agentcfg.bash");
    writeFileSync(file, scripts.bash.stdout);
    const checked = spawnSync("bash", ["-n", file], { encoding: "utf8" });
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  });

  it.skipIf(!has("zsh"))("zsh: the script parses (zsh -n)", () => {
    const file = join(scratch, "_agentcfg");
    writeFileSync(file, scripts.zsh.stdout);
    expect(spawnSync("zsh", ["-n", file], { encoding: "utf8" }).status).toBe(0);
  });

  it.skipIf(!has("fish"))("fish: the script parses (fish --no-execute)", () => {
    const file = join(scratch, "agentcfg.fish");
    writeFileSync(file, scripts.fish.stdout);
    expect(spawnSync("fish", ["--no-execute", file], { encoding: "utf8" }).status).toBe(0);
  });

  /** What bash's completion offers for the words typed so far (the last one being completed), run in the repository. */
  function bashCompletes(words: string[]): string[] {
    const file = join(scratch, "agentcfg-run.bash");
    writeFileSync(file, scripts.bash.stdout);
    const quoted = words.map((w) => `'${w}'`).join(" ");
    const program = `source '${file}'; COMP_WORDS=(agentcfg ${quoted}); COMP_CWORD=${words.length}; _agentcfg_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const run = spawnSync("bash", ["-c", program], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    return run.stdout.split("\n").filter(Boolean);
  }

  it("bash: completes command names, options, an option's values, a positional's choices and file names", () => {
    expect(bashCompletes(["ch"])).toEqual(["check"]);
    expect(bashCompletes(["co"]).sort()).toEqual(["compile", "completion"]);
    expect(bashCompletes(["check", "--fi"]).sort()).toEqual(["--fix", "--fix-dry-run"]);
    expect(bashCompletes(["check", "--format", ""])).toEqual(["pretty", "json", "github", "sarif"]);
    expect(bashCompletes(["completion", ""])).toEqual(["bash", "zsh", "fish"]);
    expect(bashCompletes(["check", "fixtures/cli/fallback-ty"])).toEqual(["fixtures/cli/fallback-typo.json5"]);
    expect(bashCompletes(["check", "--stdin-filename", "fixtures/cli/fallback-ty"])).toEqual(["fixtures/cli/fallback-typo.json5"]);
  });

  it.skipIf(!has("fish"))("fish: completes command names, options, an option's values and file names (complete -C)", () => {
    const file = join(scratch, "agentcfg-run.fish");
    writeFileSync(file, scripts.fish.stdout);
    const offered = (line: string) =>
      spawnSync("fish", ["-c", `source '${file}'; complete -C '${line}'`], { cwd: ROOT, encoding: "utf8" })
        .stdout.split("\n")
        .filter(Boolean)
        .map((l) => l.split("\t")[0]);
    expect(offered("agentcfg ch")).toEqual(["check"]);
    expect(offered("agentcfg check --fi")).toEqual(["--fix", "--fix-dry-run"]);
    expect(offered("agentcfg check --format ").sort()).toEqual(["github", "json", "pretty", "sarif"]);
    expect(offered("agentcfg check fixtures/cli/fallback-ty")).toEqual(["fixtures/cli/fallback-typo.json5"]);
  });

  it("refuses a shell it has no script for", () => {
    const run = runCli(["completion", "powershell"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("powershell");
  });
});

describe("did-you-mean", () => {
  it.each([
    [["chek"], '"chek": did you mean "check"?'],
    [["expalin", "x.json5"], '"expalin": did you mean "explain"?'],
    [["check", "--formt", "json", "x.json5"], '"--formt": did you mean "--format"?'],
    [["check", "--fix-dryrun", "x.json5"], '"--fix-dryrun": did you mean "--fix-dry-run"?'],
    [["migrate", "--wirte"], '"--wirte": did you mean "--write"?'],
  ])("%j → %s, exit 2", (argv, said) => {
    const run = runCli(argv);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(said);
    expect(run.stderr).toContain("Run `agentcfg --help` for usage.");
    expect(run.stdout).toBe("");
  });

  it("says nothing it cannot stand behind: a word close to no command gets no suggestion", () => {
    const run = runCli(["frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain("did you mean");
  });

  it("never repeats a pasted secret", () => {
    const secret = "sk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    const run = runCli(["check", `--${secret}`]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain(secret);
  });
});

describe("the top-level help", () => {
  it("has examples, each starting with a command the help lists", () => {
    const help = runCli(["--help"]).stdout;
    const examples = help.slice(help.indexOf("Examples:"));
    expect(help).toContain("Examples:");
    for (const line of ["agentcfg check openclaw.json5 --fix", "agentcfg check --stdin", "source <(agentcfg completion bash)"])
      expect(examples).toContain(line);
  });
});
