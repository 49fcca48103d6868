/**
 * @fileoverview The page: one self-contained HTML document with its stylesheet and script
 * inline and no other resource at all (no fonts, no CDN, no images). A Content-Security-Policy
 * allows only that script and that stylesheet (by hash) and, in live mode, fetches to its own
 * origin; a snapshot (`--html`) may fetch nothing. The snapshot carries the redacted payload
 * in a JSON data block, with `<` escaped so the data can never close the block.
 */
import { createHash } from "node:crypto";
import { PAGE_SCRIPT } from "./page-script.js";
import { PAGE_STYLE } from "./page-style.js";

export type PageMode = "live" | "static";

export type PageOptions =
  | { mode: "live"; endpoint: string; pollMs?: number }
  /** `payloadJson` must already be redacted (BuiltPayload.json). */
  | { mode: "static"; payloadJson: string };

export const DEFAULT_POLL_MS = 1000;

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The policy for a page in this mode. */
export function contentSecurityPolicy(mode: PageMode): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(PAGE_SCRIPT)}`,
    `style-src ${sha256(PAGE_STYLE)}`,
    `connect-src ${mode === "live" ? "'self'" : "'none'"}`,
    "img-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Headers the server sends with the page (frame-ancestors only works as a header). */
export function pageSecurityHeaders(mode: PageMode): Record<string, string> {
  return { "Content-Security-Policy": `${contentSecurityPolicy(mode)}; frame-ancestors 'none'`, "X-Frame-Options": "DENY" };
}

/** JSON that is safe inside a `<script type="application/json">` block. */
function embeddable(json: string): string {
  return json
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function renderPage(options: PageOptions): string {
  const pageConfig = options.mode === "live" ? { mode: "live", endpoint: options.endpoint, pollMs: options.pollMs ?? DEFAULT_POLL_MS } : { mode: "static" };
  const data = options.mode === "static" ? `\n<script type="application/json" id="agentcfg-payload">${embeddable(options.payloadJson)}</script>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.mode)}">
<meta name="referrer" content="no-referrer">
<title>agentcfg inspect</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top" role="banner">
  <h1>agentcfg inspect</h1>
  <p id="key-sentence" class="key">Loading…</p>
  <p>Config <code id="config-file">…</code></p>
  <p>As of <span id="as-of">…</span></p>
  <p id="summary">Loading…</p>
  <p id="live-status" role="status" aria-live="polite"></p>
</header>
<nav class="sections" aria-label="Sections">
  <ul><li><a href="#agents">Agents</a></li><li><a href="#diagnostics">Diagnostics</a></li><li><a href="#source">Config source</a></li></ul>
</nav>
<main id="main" tabindex="-1">
  <section id="agents" aria-labelledby="agents-h"><h2 id="agents-h">Agents and their failover chains</h2><div id="agents-body"></div></section>
  <div class="columns">
    <section id="diagnostics" aria-labelledby="diagnostics-h"><h2 id="diagnostics-h">Diagnostics</h2><div id="diagnostics-body"></div></section>
    <section id="source" aria-labelledby="source-h"><h2 id="source-h">Config source</h2><div id="source-body"></div></section>
  </div>
</main>
<footer role="contentinfo"><span id="tool">agentcfg</span> · served from this machine only; secrets are redacted.</footer>
<script type="application/json" id="agentcfg-page-config">${embeddable(JSON.stringify(pageConfig))}</script>${data}
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
