/**
 * @fileoverview The browser half of the page, part two: start-up, the live updates and the
 * interactions. In live mode it polls the one JSON endpoint every second with If-None-Match,
 * so an unchanged config costs a 304 and a changed one is redrawn in place (focus and scroll
 * kept, the change announced politely). Countdowns tick every second on the simulated clock;
 * when one runs out the payload is fetched again. Clicking a diagnostic scrolls its source
 * line into view and focuses it.
 */
import { RENDER_SCRIPT } from "./page-script-render.js";

const BOOT_SCRIPT = String.raw`
const config = JSON.parse(document.getElementById("agentcfg-page-config").textContent);
let payload = null, etag = null, clockOffset = 0, failing = false;
function simulatedNow() { return Date.now() + clockOffset; }

function announce(text) { document.getElementById("live-status").textContent = text; }
function summaryText(p) {
  const s = p.summary, part = (n, w) => n + " " + w + (n === 1 ? "" : "s");
  return part(s.errors, "error") + ", " + part(s.warnings, "warning");
}

/** The page's first sentence: what the next request of the default agent does, and why. */
function keySentence(p) {
  const agent = p.agents.find((a) => a.isDefault) || p.agents[0];
  if (!agent) return "No agent: the config could not be read.";
  return (p.agents.length > 1 ? "Agent " + agent.agentId + ": " : "") + agent.plan.summary;
}

function render(p) {
  const keep = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
  const scrolls = [...document.querySelectorAll(".code")].map((el) => el.scrollTop);
  const x = window.scrollX, y = window.scrollY;
  document.getElementById("key-sentence").textContent = keySentence(p);
  document.getElementById("config-file").textContent = p.configFile;
  document.getElementById("as-of").textContent = utc(p.now) + (p.pin ? " \u00b7 session pinned to " + p.pin : "");
  document.getElementById("summary").textContent = summaryText(p);
  document.getElementById("agents-body").replaceChildren(...renderAgents(p));
  document.getElementById("diagnostics-body").replaceChildren(...renderDiagnostics(p));
  document.getElementById("source-body").replaceChildren(...renderSources(p));
  document.getElementById("tool").textContent = p.tool.name + " " + p.tool.version;
  document.querySelectorAll(".code").forEach((el, i) => { if (scrolls[i] !== undefined) el.scrollTop = scrolls[i]; });
  window.scrollTo(x, y);
  if (keep) { const el = document.getElementById(keep); if (el) el.focus({ preventScroll: true }); }
  document.body.dataset.generation = String(Number(document.body.dataset.generation || "0") + 1);
  tick();
}

function accept(p) {
  const first = payload === null;
  payload = p;
  clockOffset = p.now - Date.now();
  render(p);
  announce(first ? "Loaded: " + summaryText(p) + "." : "Updated at " + new Date().toLocaleTimeString() + ": " + summaryText(p) + ".");
}

async function poll() {
  try {
    const res = await fetch(config.endpoint, { cache: "no-store", headers: etag ? { "If-None-Match": etag } : {} });
    if (res.status === 200) { etag = res.headers.get("ETag"); accept(await res.json()); }
    else if (res.status !== 304) throw new Error("HTTP " + res.status);
    if (failing) { failing = false; announce("Reconnected."); }
  } catch (e) {
    if (!failing) { failing = true; announce("Lost the connection to agentcfg inspect; retrying every second."); }
  }
}

let refetchPending = false;
function tick() {
  let expired = false;
  for (const el of document.querySelectorAll(".countdown[data-until]")) {
    const left = Number(el.dataset.until) - simulatedNow();
    const t = el.querySelector("time");
    if (config.mode === "live") t.textContent = formatLeft(left);
    if (left <= 0) expired = true;
  }
  if (expired && config.mode === "live" && !refetchPending) { refetchPending = true; etag = null; poll().finally(() => { refetchPending = false; }); }
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.diag, a.node") : null;
  if (!link) return;
  const target = document.getElementById(link.getAttribute("href").slice(1));
  if (!target) return;
  event.preventDefault();
  document.querySelectorAll(".target").forEach((el) => el.classList.remove("target"));
  target.classList.add("target");
  target.scrollIntoView({ block: "center", behavior: "auto" });
  target.focus({ preventScroll: true });
});

if (config.mode === "live") {
  poll();
  setInterval(poll, config.pollMs);
} else {
  accept(JSON.parse(document.getElementById("agentcfg-payload").textContent));
  announce("Snapshot of " + payload.configFile + " taken at " + utc(payload.now) + ": " + summaryText(payload) + ". Countdowns are as of that instant.");
}
setInterval(tick, 1000);
`;

/** The whole client script: rendering helpers, then start-up. Strict mode, one scope, no globals leaked. */
export const PAGE_SCRIPT = `(() => {\n"use strict";\n${RENDER_SCRIPT}\n${BOOT_SCRIPT}\n})();`;
