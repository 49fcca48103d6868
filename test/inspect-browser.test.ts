/**
 * @fileoverview The inspector in a real browser: Debian's Chromium driven by playwright-core
 * (no browser download), against `agentcfg inspect` serving the seed scenario. Without
 * /usr/bin/chromium these tests skip and say why; the others still run. Browser-side code is
 * passed as strings, since the project's types do not include the DOM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./fixture-files.js";
import { CLI, runCli } from "./run-cli.js";
import { SEED_NOW_ISO, SEED_PIN, SEED_SECRETS, copySeed, type SeedCopy } from "./inspect-seed.js";

/** Debian's Chromium; AGENTCFG_CHROMIUM points elsewhere (or nowhere, to see the skip). */
const CHROMIUM = process.env["AGENTCFG_CHROMIUM"] ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SKIPPED = HAS_CHROMIUM ? "" : ` (skipped: no Chromium at ${CHROMIUM}; .ci/run installs Debian's chromium package)`;
if (!HAS_CHROMIUM) process.stderr.write(`inspect browser tests${SKIPPED}\n`);
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const SCREENSHOT = join(ROOT, "test-artifacts", "inspect-seed.png");

let context: BrowserContext;
let server: ChildProcess;
let url: string;
let seed: SeedCopy;

function startCli(args: string[], cwd: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, "inspect", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/) /.exec(out);
      if (match) resolve({ child, url: match[1] as string });
    });
    child.on("exit", (code) => reject(new Error(`agentcfg inspect exited ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  seed = copySeed();
  // Relative names, so the page (and the screenshot) shows no path of this machine.
  ({ child: server, url } = await startCli(["openclaw.json5", "--state-dir", "state", "--now", SEED_NOW_ISO, "--pin", SEED_PIN], seed.dir));
  const { chromium } = await import("playwright-core");
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "agentcfg-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
}, 30_000);

afterAll(async () => {
  await context?.close();
  server?.kill("SIGTERM");
});

/** Opens the page and records every request it makes. */
async function open(target = url): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(target);
  await page.waitForSelector('#m-main-model-1 li[data-profile="kimi:backup"]');
  return { page, requests };
}

const attr = (page: Page, selector: string, name: string) => page.getAttribute(selector, name);
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? "").replace(/\s+/g, " ").trim();
const seconds = (mmss: string) => mmss.split(":").reduce((total, part) => total * 60 + Number(part), 0);

/** Where an element is: inside the window, and inside the scrolling box that holds it. */
const VISIBILITY = (id: string) => `(() => {
  const el = document.getElementById(${JSON.stringify(id)});
  const r = el.getBoundingClientRect(), box = el.closest(".code").getBoundingClientRect();
  return { inWindow: r.top >= 0 && r.bottom <= innerHeight, inBox: r.top >= box.top && r.bottom <= box.bottom,
    focused: document.activeElement === el, target: el.classList.contains("target") };
})()`;

describe("agentcfg inspect in Chromium", () => {
  it.skipIf(!HAS_CHROMIUM)(`shows kimi:backup pinned and cooling down (live countdown) and kimi:default ready${SKIPPED}`, async () => {
    const { page, requests } = await open();
    const profiles = "#m-main-model-1 ol.profiles > li";
    expect(await page.$$eval(profiles, (els) => els.map((el) => el.getAttribute("data-profile")))).toEqual(["kimi:backup", "kimi:default"]);
    const backup = `${profiles}[data-profile="kimi:backup"]`;
    expect(await attr(page, backup, "data-status")).toBe("cooldown");
    expect(await attr(page, backup, "data-pinned")).toBe("true");
    expect(await text(page, `${backup} [data-role=status]`)).toMatch(/^Cooling down · 2[45]:\d\d left · rate limit$/);
    expect(await text(page, `${backup} [data-role=pinned]`)).toBe("Pinned");
    expect(await text(page, `${backup} .why`)).toContain("pinned to it");
    const before = seconds(await text(page, `${backup} .countdown time`));
    await page.waitForTimeout(2100);
    expect(seconds(await text(page, `${backup} .countdown time`))).toBeLessThan(before);

    const fallback = `${profiles}[data-profile="kimi:default"]`;
    expect(await attr(page, fallback, "data-status")).toBe("ready");
    expect(await text(page, `${fallback} [data-role=status]`)).toBe("Ready");
    expect(await page.$(`${fallback} [data-role=pinned]`)).toBeNull();
    expect(await text(page, "#m-main-model-2 h5")).toBe("2. moonshot/kimi-k2.5 fallback");

    // Nothing but the page and its one endpoint, and no secret on screen.
    expect(new Set(requests.map((r) => new URL(r).pathname))).toEqual(new Set(["/", "/api/inspect.json"]));
    expect(requests.every((r) => r.startsWith(url))).toBe(true);
    const body = await page.textContent("body");
    for (const secret of SEED_SECRETS) expect(body).not.toContain(secret);

    mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
    // The README's copy is refreshed on request only, so a test run never dirties the tree.
    if (process.env["UPDATE_SCREENSHOT"] === "1") copyFileSync(SCREENSHOT, join(ROOT, "docs", "images", "inspect-seed.png"));
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`fits a phone from 360 px up: no horizontal scroll, the key sentence first and whole on the first screen${SKIPPED}`, async () => {
    for (const width of [360, 390]) {
      const { page } = await open();
      await page.setViewportSize({ width, height: 780 });
      const layout = await page.evaluate(`(() => {
        const key = document.getElementById("key-sentence"), r = key.getBoundingClientRect();
        // Code boxes scroll inside themselves; everything else must fit the window.
        const wide = [...document.querySelectorAll("body *")]
          .filter((el) => !el.closest(".code, pre") && el.getBoundingClientRect().right > innerWidth + 0.5)
          .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + el.className : ""));
        return { scrollWidth: document.documentElement.scrollWidth, firstAfterTitle: document.querySelector("header.top h1").nextElementSibling === key,
          key: key.textContent, whole: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight, wide };
      })()`);
      expect(layout, `${width} px`).toEqual({
        scrollWidth: width,
        firstAfterTitle: true,
        key: expect.stringMatching(/^The next request goes to kimi\/kimi-code with kimi:backup, because this session is pinned to it/),
        whole: true,
        wide: [],
      });
      mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
      await page.screenshot({ path: join(ROOT, "test-artifacts", `inspect-seed-${width}px.png`), fullPage: true });
      await page.close();
    }
  });

  it.skipIf(!HAS_CHROMIUM)(`scrolls to a diagnostic's line when it is clicked, and from the keyboard${SKIPPED}`, async () => {
    const { page } = await open();
    const line = "src-0-L22";
    expect(await page.evaluate(VISIBILITY(line))).toMatchObject({ inWindow: false, focused: false, target: false });
    await page.click('a.diag[data-line="22"]');
    expect(await page.evaluate(VISIBILITY(line))).toEqual({ inWindow: true, inBox: true, focused: true, target: true });
    expect(await attr(page, `#${line}`, "class")).toContain("has-warning");
    expect(await text(page, `#${line} .note`)).toContain("secrets/inline-key");

    await page.evaluate("window.scrollTo(0, 0)");
    await page.focus('a.diag[data-line="22"]');
    await page.evaluate(`document.getElementById("${line}").blur()`);
    await page.focus('a.diag[data-line="22"]');
    await page.keyboard.press("Enter");
    expect(await page.evaluate(VISIBILITY(line))).toMatchObject({ inWindow: true, focused: true });
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`updates in place when the config and the state file change on disk${SKIPPED}`, async () => {
    const { page } = await open();
    await page.evaluate("window.__sameDocument = true");
    const original = readFileSync(seed.config, "utf8");
    writeFileSync(seed.config, original.replace("fallbacks: [", "fallback: ["));
    await page.waitForSelector('li[data-code="schema/unknown-key"]', { timeout: 5000 });
    expect(await text(page, "#summary")).toBe("1 error, 1 warning");
    expect(await text(page, "#live-status")).toMatch(/^Updated at .*: 1 error, 1 warning\.$/);
    expect(await page.$$eval("ol.chain a.node", (els) => els.map((el) => el.getAttribute("data-ref")))).toEqual(["kimi/kimi-code"]);

    const state = JSON.parse(readFileSync(seed.authState, "utf8"));
    delete state.usageStats["kimi:backup"].cooldownUntil;
    delete state.usageStats["kimi:backup"].cooldownReason;
    writeFileSync(seed.authState, JSON.stringify(state, null, 2));
    await page.waitForSelector('#m-main-model-1 li[data-profile="kimi:backup"][data-status="pinned"]', { timeout: 5000 });
    expect(await text(page, '#m-main-model-1 li[data-profile="kimi:backup"] [data-role=status]')).toBe("Ready");
    expect(await page.evaluate("window.__sameDocument")).toBe(true);
    writeFileSync(seed.config, original);
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`has landmarks, a skip link first in tab order, and 4.5:1 text contrast in light and dark${SKIPPED}`, async () => {
    const { page } = await open();
    expect(
      await page.evaluate(
        `["header[role=banner]", "nav[aria-label]", "main#main", "footer[role=contentinfo]", "[role=status][aria-live=polite]"].filter((s) => !document.querySelector(s))`,
      ),
    ).toEqual([]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const low = await page.evaluate(`(() => {
        const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        const bg = (el) => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
        const out = [];
        for (const el of document.querySelectorAll(".badge, .why, .muted, .ln, .sev, a, code, .role, .hint, h1, h2, p")) {
          const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 4.5) out.push(el.className + " " + el.textContent.slice(0, 30) + " " + ratio.toFixed(2));
        }
        return out;
      })()`);
      expect(low, colorScheme).toEqual([]);
    }
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`shows the --html snapshot with no request at all beyond the file${SKIPPED}`, async () => {
    const out = join(seed.dir, "snapshot.html");
    expect(runCli(["inspect", seed.config, "--state-dir", seed.stateDir, "--now", SEED_NOW_ISO, "--pin", SEED_PIN, "--html", out]).status).toBe(0);
    const { page, requests } = await open(`file://${out}`);
    expect(requests).toEqual([`file://${out}`]);
    expect(await attr(page, '#m-main-model-1 li[data-profile="kimi:backup"]', "data-pinned")).toBe("true");
    expect(await text(page, "#live-status")).toContain("Countdowns are as of that instant");
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`draws hostile text from a config as text, never as markup${SKIPPED}`, async () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    const config = join(seed.dir, "hostile.json5");
    writeFileSync(
      config,
      `{ agents: { list: [{ id: ${JSON.stringify(hostile)}, model: ${JSON.stringify(`kimi/${hostile}`)} }] }, auth: { order: { kimi: [${JSON.stringify(hostile)}] } } }`,
    );
    const out = join(seed.dir, "hostile.html");
    runCli(["inspect", config, "--state-dir", seed.stateDir, "--html", out]);
    const page = await context.newPage();
    await page.goto(`file://${out}`);
    await page.waitForSelector("article.agent");
    expect(await page.$$("img")).toEqual([]);
    expect(await page.evaluate("window.__xss")).toBeUndefined();
    expect(await page.textContent("article.agent h3")).toContain(hostile);
    await page.close();
  });
});
