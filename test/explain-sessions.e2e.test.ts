/**
 * @fileoverview `agentcfg explain` on sessions, end to end with the built CLI (`npm run build`
 * first): the seed scenario read from disk alone, `--session`, `--error`, and that no
 * message content or secret ever reaches the output.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { runCli } from "./run-cli.js";

const SEED = join(ROOT, "fixtures", "sessions", "seed-user-pin");
const seedEnv = { OPENCLAW_CONFIG_PATH: join(SEED, "openclaw.json5"), OPENCLAW_STATE_DIR: join(SEED, "state") };

describe("agentcfg explain with no flags, on the seed state", () => {
  const run = runCli(["explain"], { env: seedEnv });
  const lines = run.stdout.split("\n");
  it("names the session, the pin and the fix in its first lines", () => {
    expect(run.status).toBe(0);
    const head = lines.slice(0, 4).join("\n");
    expect(lines[0]).toContain("1 session is pinned to a profile that cannot serve it (OpenClaw 2026.4, found sessions.json)");
    expect(head).toContain("agent:main:telegram:direct:4242");
    expect(head).toContain("pinned to kimi:backup (set with /model …@kimi:backup), which is cooling down");
    expect(head).toMatch(/Fix: In that chat, send \/new: .*\(kimi:default\)/);
    expect(lines[4]).toContain("/model kimi/kimi-code@kimi:default");
  });
  it("shows the last failures with OpenClaw's reason, the unclassified RPM text included", () => {
    expect(run.stdout).toContain("Last failures in the transcripts (reason as OpenClaw 2026.4 classifies them):");
    expect(run.stdout).toMatch(/#e3 {2}kimi-code {2}→ no reason: no rotation, no fallback/);
    expect(run.stdout).toMatch(/#e1 {2}kimi-code {2}→ rate_limit/);
  });
  it("prints no message content and no key", () => {
    expect(run.stdout + run.stderr).not.toContain("PRIVATE");
    expect(run.stdout + run.stderr).not.toContain("FAKE111111");
    expect(run.stdout).toContain("401 Incorrect API key provided: ‹redacted›");
  });
  it("answers for 2026.9 when asked: the pin then is only a preference", () => {
    const r = runCli(["explain", "--target", "2026.9"], { env: seedEnv });
    expect(r.stdout.split("\n")[2]).toContain("OpenClaw 2026.9 keeps the user pin but");
  });
  it("--no-sessions leaves the sessions out", () => {
    const r = runCli(["explain", "--no-sessions"], { env: seedEnv });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("pinned to");
    expect(r.stdout.split("\n")[0]).toMatch(/^Failover plan for agent main/);
  });
  it("--format json carries the findings", () => {
    const r = runCli(["explain", "--format", "json"], { env: seedEnv });
    const json = JSON.parse(r.stdout);
    expect(json.sessions.target).toBe("2026.4");
    expect(json.sessions.reviews.map((s: { key: string; problem?: string }) => [s.key, s.problem ?? null])).toEqual([
      ["agent:main:telegram:direct:4242", "cooldown"],
      ["agent:main:main", null],
    ]);
    expect(r.stdout).not.toContain("PRIVATE");
  });
});

describe("agentcfg explain --session", () => {
  it("plans that session with its pin", () => {
    const r = runCli(["explain", "--session", "agent:main:telegram:direct:4242"], { env: seedEnv });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Session pin: kimi:backup (set with /model …@profile)");
    expect(r.stdout).toContain("The next request goes to kimi/kimi-code with kimi:backup, because this session is pinned to it");
  });
  it("an unknown key is a usage error naming the known ones", () => {
    const r = runCli(["explain", "--session", "agent:main:nope"], { env: seedEnv });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no such session");
    expect(r.stderr).toContain("agent:main:main");
  });
});

describe("agentcfg explain --error", () => {
  it("Moonshot's RPM text: no reason in 2026.9, and what to do instead of a fallback", () => {
    const r = runCli(
      ["explain", "--error", "Your account org-3f9a1c2d request reached organization max RPM: 3, please try again after 1 seconds", "--provider", "moonshot"],
      { env: seedEnv },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("as OpenClaw 2026.9.6 sees it");
    expect(r.stdout).toContain("Reason: none");
    expect(r.stdout).toContain("A model fallback does not help here");
  });
  it("--target 2026.4 and JSON", () => {
    const r = runCli(["explain", "--error", "500 Internal Server Error", "--target", "2026.4", "--format", "json"], { env: seedEnv });
    expect(JSON.parse(r.stdout)).toMatchObject({ reason: "timeout", version: "2026.4.12" });
  });
  it("masks a key of the agent's credential store quoted in the text", () => {
    const r = runCli(["explain", "--error", "401 Incorrect API key provided: sk-kimi-backup-FAKE111111"], { env: seedEnv });
    expect(r.stdout).toContain("Reason: auth");
    expect(r.stdout).toContain("provided: ‹redacted›");
    expect(r.stdout).not.toContain("FAKE111111");
  });
  it("an empty text is a usage error", () => {
    expect(runCli(["explain", "--error", " "], { env: seedEnv }).status).toBe(2);
  });
});
