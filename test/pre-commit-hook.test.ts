/**
 * @fileoverview The hook in .pre-commit-hooks.yaml, installed and run by the
 * real pre-commit (https://pre-commit.com; Debian's `pre-commit` package,
 * which .ci/run installs) as a user's repository uses it: a
 * `.pre-commit-config.yaml` naming this repository at a commit, `pre-commit
 * install`, then `git commit`. pre-commit clones the repository, runs
 * `npm install` in it (the `dependencies` script builds dist/), reads the
 * tarball's name from `npm pack`'s stdout and installs that tarball; a build
 * printing into that stdout made the install fail with ENOENT.
 *
 * The commit pre-commit clones is this working tree as it is (tracked and
 * untracked files, .gitignore applied), written into a scratch repository,
 * so the test checks what is about to be committed. Slow (pre-commit installs
 * every dev dependency from the npm cache and builds: a minute or two), so it
 * runs under `npm run test:slow` (AGENTCFG_SLOW=1), which CI runs.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { SLOW } from "./helpers/test-scale.js";

const HAS_PRE_COMMIT = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
const SKIPPED = !SLOW
  ? " (skipped: slow; runs under npm run test:slow)"
  : HAS_PRE_COMMIT
    ? ""
    : " (skipped: no pre-commit on PATH; .ci/run installs Debian's pre-commit package)";

const dir = SKIPPED ? "" : mkdtempSync(join(tmpdir(), "agentcfg-pre-commit-"));

/** A user's environment: a scratch pre-commit cache, the npm cache read first, git identities, none of npm test's own variables. */
function env(): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: "1",
    PRE_COMMIT_HOME: join(dir, "pre-commit-cache"),
    npm_config_prefer_offline: "true",
    GIT_AUTHOR_NAME: "agentcfg test",
    GIT_AUTHOR_EMAIL: "test@example.invalid",
    GIT_COMMITTER_NAME: "agentcfg test",
    GIT_COMMITTER_EMAIL: "test@example.invalid",
  };
  for (const key of Object.keys(vars)) if (/^npm_(package|lifecycle)_|^npm_command$|^INIT_CWD$|^GIT_(DIR|WORK_TREE|INDEX_FILE)$/.test(key)) delete vars[key];
  return vars;
}

function run(command: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(command, args, { cwd, env: { ...env(), ...extra }, encoding: "utf8", timeout: 600_000 });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** Commits this working tree (tracked and untracked, .gitignore applied) into a fresh repository; returns its path and commit. */
function snapshotOfWorkingTree(): { repo: string; rev: string } {
  const repo = join(dir, "agentcfg-repo");
  expect(run("git", ["init", "-q", repo], dir).status).toBe(0);
  const here = { GIT_DIR: join(repo, ".git"), GIT_WORK_TREE: ROOT };
  expect(run("git", ["add", "-A"], ROOT, here).status).toBe(0);
  expect(run("git", ["commit", "-q", "--no-verify", "-m", "agentcfg as it is"], ROOT, here).status).toBe(0);
  const rev = spawnSync("git", ["rev-parse", "HEAD"], { cwd: repo, encoding: "utf8" }).stdout.trim();
  return { repo, rev };
}

describe("the pre-commit hook, with the real pre-commit", () => {
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000); // pre-commit's environment holds every dev dependency: hundreds of MB to delete

  it.skipIf(SKIPPED !== "")(
    `installs from a clean clone, passes a clean config and blocks a commit with a typo${SKIPPED}`,
    () => {
      const { repo, rev } = snapshotOfWorkingTree();
      const sample = join(dir, "sample");
      expect(run("git", ["init", "-q", sample], dir).status).toBe(0);
      writeFileSync(join(sample, ".pre-commit-config.yaml"), `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: agentcfg\n`);
      const install = run("pre-commit", ["install"], sample);
      expect(install.status, install.output).toBe(0);

      copyFileSync(join(ROOT, "examples", "two-kimi-keys.json5"), join(sample, "clean.json5"));
      run("git", ["add", "-A"], sample);
      const clean = run("git", ["commit", "-m", "a clean config"], sample);
      expect(clean.output).toMatch(/agentcfg check\.+Passed/);
      expect(clean.status, clean.output).toBe(0);

      copyFileSync(join(ROOT, "fixtures", "invalid", "typo-root-key.json5"), join(sample, "typo.json5"));
      run("git", ["add", "typo.json5"], sample);
      const typo = run("git", ["commit", "-m", "a typo"], sample);
      expect(typo.output).toMatch(/agentcfg check\.+Failed/);
      expect(typo.output).toContain("typo.json5:2:3 error schema/unknown-key");
      expect(typo.status).not.toBe(0);
      const log = spawnSync("git", ["log", "--format=%s"], { cwd: sample, encoding: "utf8" }).stdout;
      expect(log).toBe("a clean config\n");
    },
    900_000,
  );
});
