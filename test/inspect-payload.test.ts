/**
 * @fileoverview The inspector's payload and page without a browser: on the seed scenario the
 * payload carries the same `check` diagnostics and `explain` plan as the library, nothing
 * secret, and the `--html` page is one self-contained file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../src/check.js";
import { buildInspectPayload } from "../src/inspect/payload.js";
import { contentSecurityPolicy, renderPage } from "../src/inspect/page.js";
import { isLoopbackAddress, isLoopbackHost } from "../src/inspect/loopback.js";
import { explain } from "../src/resolve/explain.js";
import { ROOT, settingsTargetFor } from "./fixture-files.js";
import { runCli } from "./run-cli.js";
import { SEED_BACKUP_UNTIL, SEED_DIR, SEED_NOW, SEED_NOW_ISO, SEED_PIN, SEED_SECRETS, copySeed } from "./inspect-seed.js";

// The seed is a 2026.4 config; its folder's agentcfg.config.json5 says so, as the CLI would find it.
const seedTarget = settingsTargetFor("fixtures/inspect/openclaw.json5");
const seedInput = {
  configPath: join(SEED_DIR, "openclaw.json5"),
  configName: "openclaw.json5",
  stateDir: join(SEED_DIR, "state"),
  now: SEED_NOW,
  pin: SEED_PIN,
  checkOptions: seedTarget,
};

describe("inspect payload on the seed scenario", () => {
  const { payload, json } = buildInspectPayload(seedInput);
  const main = payload.agents.find((a) => a.agentId === "main");
  const kimi = main?.chains.find((c) => c.kind === "model")?.models[0];

  it("draws agent main's model chain: kimi/kimi-code, then moonshot/kimi-k2.5", () => {
    expect(main?.isDefault).toBe(true);
    expect(main?.chains[0]?.models.map((m) => [m.role, m.ref, m.provider])).toEqual([
      ["primary", "kimi/kimi-code", "kimi"],
      ["fallback", "moonshot/kimi-k2.5", "moonshot"],
    ]);
  });

  it("puts pinned kimi:backup (cooling down after rate_limit) first and kimi:default ready second", () => {
    expect(kimi?.auth?.source).toBe("state-override");
    expect(kimi?.auth?.profiles.map((p) => ({ id: p.id, status: p.status, pinned: p.pinned, until: p.until, reason: p.reason }))).toEqual([
      { id: "kimi:backup", status: "cooldown", pinned: true, until: SEED_BACKUP_UNTIL, reason: "rate_limit" },
      { id: "kimi:default", status: "ready", pinned: false, until: undefined, reason: undefined },
    ]);
    for (const p of kimi?.auth?.profiles ?? []) expect(p.why.length).toBeGreaterThan(20);
  });

  it("carries exactly the plan `explain` gives and the diagnostics `check` gives", () => {
    const config = checkFile(seedInput.configPath, "openclaw.json5", seedTarget);
    const state = JSON.parse(readFileSync(join(SEED_DIR, "state/agents/main/agent/auth-state.json"), "utf8"));
    const plan = explain({ config: config.source?.value as object, agentId: "main", state, now: SEED_NOW, pin: SEED_PIN });
    expect(main?.plan.summary).toBe(plan.summary);
    expect(main?.plan.models.map((m) => m.auth.profiles.map((p) => p.why))).toEqual(plan.models.map((m) => m.auth.profiles.map((p) => p.why)));
    const expected = JSON.parse(readFileSync(join(SEED_DIR, "openclaw.expected.json"), "utf8")).diagnostics;
    const shown = payload.diagnostics.flatMap((g) => g.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column })));
    expect(shown).toEqual(expected);
    expect(config.diagnostics.map((d) => d.code)).toEqual(expected.map((d: { code: string }) => d.code));
  });

  it("groups diagnostics by file with a code frame and the index of the source they point into", () => {
    expect(payload.diagnostics.map((g) => g.file)).toEqual(["openclaw.json5"]);
    const d = payload.diagnostics[0]?.diagnostics[0];
    expect(d).toMatchObject({ code: "secrets/inline-key", line: 22, column: 23, sourceIndex: 0, where: "env.MOONSHOT_API_KEY" });
    expect(d?.frame).toMatch(/^> 22 │ {5}MOONSHOT_API_KEY: "‹redacted›",$/m);
    expect(payload.sources.map((s) => [s.file, s.role])).toEqual([
      ["openclaw.json5", "config"],
      ["<state>/agents/main/agent/auth-state.json", "auth-state"],
    ]);
    expect(payload.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });

  it("redacts the config's literal key and every credential of auth-profiles.json", () => {
    for (const secret of SEED_SECRETS) expect(json).not.toContain(secret);
    expect(payload.sources[0]?.text).toContain('MOONSHOT_API_KEY: "‹redacted›"');
  });
});

describe("inspect page", () => {
  it("is one self-contained document: no external URL, a CSP that allows no other origin", () => {
    const page = renderPage({ mode: "static", payloadJson: buildInspectPayload(seedInput).json });
    expect(page).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(page).not.toMatch(/<link\b|@import|url\(/i);
    expect(page).toContain(`content="${contentSecurityPolicy("static")}"`);
    expect(contentSecurityPolicy("static")).toContain("connect-src 'none'");
    expect(contentSecurityPolicy("live")).toMatch(/default-src 'none'.*connect-src 'self'/);
  });

  it("escapes `<` in embedded data, so a config cannot close the data block", () => {
    const page = renderPage({ mode: "static", payloadJson: JSON.stringify({ text: "</script><script>alert(1)</script>" }) });
    expect(page).not.toContain("</script><script>alert(1)");
    expect(page).toContain("\\u003c/script>");
  });
});

describe("agentcfg inspect --html", () => {
  it("writes the page with the seed's data embedded and exits 0, no secret in it", () => {
    const seed = copySeed();
    const out = join(seed.dir, "report.html");
    const r = runCli(["inspect", seed.config, "--state-dir", seed.stateDir, "--now", SEED_NOW_ISO, "--pin", SEED_PIN, "--html", out]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`agentcfg inspect: wrote ${out} (0 errors, 1 warning).\n`);
    expect(r.status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('id="agentcfg-payload"');
    expect(html).toContain('"lockedTo":"kimi:backup"');
    for (const secret of SEED_SECRETS) expect(html).not.toContain(secret);
  });

  it("still writes the page for a config that cannot be read, saying why, and exits 2", () => {
    const seed = copySeed();
    const out = join(seed.dir, "missing.html");
    const r = runCli(["inspect", join(seed.dir, "nope.json5"), "--state-dir", seed.stateDir, "--html", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("nope.json5 could not be read; the page says why.");
    expect(readFileSync(out, "utf8")).toContain('"code":"parse/unreadable-file"');
  });

  it("refuses a --now that is not a date, exit 2", () => {
    const r = runCli(["inspect", join(SEED_DIR, "openclaw.json5"), "--now", "yesterday", "--html", "unused.html"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--now expects an ISO date-time with a time zone, e.g. 2026-04-13T14:01:00Z; got "yesterday".');
  });
});

describe("loopback checks", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["10.0.0.5", false],
    ["192.168.1.2", false],
    ["::ffff:10.0.0.5", false],
    ["fe80::1", false],
    ["128.0.0.1", false],
    [undefined, false],
  ] as const)("peer %s is loopback: %s", (address, loopback) => expect(isLoopbackAddress(address)).toBe(loopback));

  it.each([
    ["127.0.0.1:8080", true],
    ["localhost:1", true],
    ["[::1]:3000", true],
    ["LOCALHOST", true],
    ["evil.example:8080", false],
    ["127.0.0.1.evil.example", false],
    ["", false],
    [undefined, false],
  ] as const)("Host %s is loopback: %s", (host, loopback) => expect(isLoopbackHost(host)).toBe(loopback));
});

describe("README", () => {
  it("shows the inspector's screenshot, committed, and the one command that opens it", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## See it: `agentcfg inspect`"));
    expect(section).toMatch(/^## See it/);
    expect(section).toContain("npx agentcfg inspect --open");
    const image = /!\[[^\]]+\]\((docs\/images\/[\w.-]+\.png)\)/.exec(section)?.[1];
    expect(image).toBe("docs/images/inspect-seed.png");
    expect(existsSync(join(ROOT, image as string))).toBe(true);
  });
});
