/**
 * @fileoverview The browser half of the page, part one: plain DOM code that draws the payload
 * (agents and their chains, profiles with status and why, diagnostics by file, the sources
 * with marked lines). Every text goes in through textContent, never as HTML, so nothing in a
 * config can inject markup. Kept as a string: it runs in the browser, not in Node.
 */

export const RENDER_SCRIPT = String.raw`
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
const slug = (s) => String(s).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const KIND_LABEL = { model: "Text model", imageModel: "Image model", pdfModel: "PDF model", imageGenerationModel: "Image generation", videoGenerationModel: "Video generation", musicGenerationModel: "Music generation", subagents: "Sub-agents" };
const SOURCE_WORDS = { "state-override": "the order stored in auth-state.json", "config-order": "auth.order in the config", "config-profiles": "auth.profiles in the config", store: "the profiles in auth-profiles.json", none: "no profile: an API key from the environment or the provider settings" };
const STATUS_WORDS = { ready: "Ready", cooldown: "Cooling down", disabled: "Disabled", pinned: "Pinned" };
const SEV_WORDS = { error: "Error", warning: "Warning", info: "Info" };

function pad2(n) { return String(n).padStart(2, "0"); }
function formatLeft(ms) {
  if (ms <= 0) return "0:00";
  const s = Math.ceil(ms / 1000), hours = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return hours > 0 ? hours + ":" + pad2(m) + ":" + pad2(sec) : m + ":" + pad2(sec);
}
function utc(ms) { return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z"); }

function countdown(until) {
  return h("span", { class: "countdown", "data-until": until }, h("time", { datetime: utc(until) }, formatLeft(until - simulatedNow())), " left");
}

function statusBadges(p) {
  const out = [];
  const shown = p.status === "pinned" ? "ready" : p.status;
  const badge = h("span", { class: "badge status-" + shown, "data-role": "status" }, STATUS_WORDS[shown] || shown);
  if (p.until !== undefined && (p.status === "cooldown" || p.status === "disabled")) {
    badge.append(" \u00b7 ", countdown(p.until));
    if (p.reason) badge.append(" \u00b7 " + p.reason.replace(/_/g, " "));
  }
  out.push(badge);
  if (p.pinned) out.push(" ", h("span", { class: "badge status-pinned", "data-role": "pinned" }, "Pinned"));
  return out;
}

function profileItem(p) {
  return h("li", { "data-profile": p.id, "data-status": p.status, "data-pinned": p.pinned ? "true" : "false" },
    h("code", {}, p.id), p.type ? h("span", { class: "muted" }, " (" + p.type + ")") : "", " ", statusBadges(p),
    h("p", { class: "why" }, p.why));
}

function modelCard(agentId, kind, m) {
  const id = "m-" + slug(agentId) + "-" + slug(kind) + "-" + m.position;
  const head = h("h5", { id: id + "-h" }, m.position + ". ", h("code", {}, m.ref), " ", h("span", { class: "muted" }, m.role));
  const card = h("section", { class: "model", id, "aria-labelledby": id + "-h", tabindex: "-1" }, head);
  if (!m.valid) { card.append(h("p", {}, "Not a model ref: OpenClaw cannot use it.")); return card; }
  const a = m.auth;
  card.append(h("p", {}, "Provider ", h("code", {}, m.provider), a ? " \u00b7 order from " + (SOURCE_WORDS[a.source] || a.source) : ""));
  if (a && a.profiles.length > 0) card.append(h("ol", { class: "profiles", "aria-label": "Profiles of " + m.ref + " in try order" }, a.profiles.map(profileItem)));
  if (a && a.excluded.length > 0) card.append(h("p", {}, "Left out:"), h("ul", {}, a.excluded.map((x) => h("li", { "data-profile": x.id, "data-status": "excluded" }, h("code", {}, x.id), " ", h("span", { class: "badge status-excluded" }, "Not used"), h("p", { class: "why" }, x.why)))));
  if (m.onRateLimit) card.append(h("p", { class: "ratelimit" }, h("strong", {}, "On a rate limit: "), m.onRateLimit));
  if (a && a.notes.length > 0) card.append(h("ul", { class: "notes" }, a.notes.map((n) => h("li", { class: "muted" }, n))));
  return card;
}

function chainDiagram(agentId, chain) {
  const label = (KIND_LABEL[chain.kind] || chain.kind) + " chain of " + agentId + ": primary, then fallbacks in order";
  return h("ol", { class: "chain", "aria-label": label }, chain.models.map((m) => {
    const id = "m-" + slug(agentId) + "-" + slug(chain.kind) + "-" + m.position;
    const dots = m.auth ? h("span", { class: "dots" }, m.auth.profiles.map((p) => h("span", { class: "badge status-" + (p.status === "pinned" ? "pinned" : p.status) }, p.id))) : "";
    return h("li", {}, h("a", { class: "node" + (m.valid ? "" : " invalid"), href: "#" + id, "data-ref": m.ref },
      h("span", { class: "role" }, m.role), h("code", {}, m.ref), m.provider ? h("span", { class: "muted" }, " \u00b7 " + m.provider) : "", dots));
  }));
}

function renderAgents(p) {
  if (p.agents.length === 0) return [h("p", {}, "No agent: the config could not be read.")];
  return p.agents.map((agent) => {
    const hid = "agent-" + slug(agent.agentId);
    const art = h("article", { class: "agent", "aria-labelledby": hid, "data-agent": agent.agentId },
      h("h3", { id: hid }, "Agent ", h("code", {}, agent.agentId), agent.isDefault ? h("span", { class: "muted" }, " (default)") : ""),
      h("p", { class: "summary-line" }, agent.plan.summary),
      h("p", { class: "muted" }, "State: " + agent.authState.file + (agent.authState.exists ? "" : " (none yet)") + " \u00b7 credentials: " + agent.authProfiles.file + (agent.authProfiles.exists ? "" : " (none)")));
    for (const chain of agent.chains) {
      art.append(h("h4", {}, (KIND_LABEL[chain.kind] || chain.kind) + " ", h("code", {}, chain.kind)), chainDiagram(agent.agentId, chain),
        h("div", { class: "models" }, chain.models.map((m) => modelCard(agent.agentId, chain.kind, m))));
    }
    if (agent.plan.notes.length > 0) art.append(h("ul", { class: "notes" }, agent.plan.notes.map((n) => h("li", { class: "muted" }, n))));
    if (agent.sessions.pinned.length > 0) {
      art.append(h("h4", {}, "Pinned sessions ", h("span", { class: "muted" }, "(OpenClaw " + agent.sessions.target + ")")),
        h("ul", { class: "sessions" }, agent.sessions.pinned.map((s) => h("li", { "data-session": s.key },
          h("code", {}, s.key), " \u2192 ", h("code", {}, s.pin.profile), " (" + s.pin.source + ")",
          s.problem ? h("span", { class: "badge status-cooldown" }, s.problem) : h("span", { class: "muted" }, " usable"),
          s.problem ? h("p", { class: "muted" }, s.openclaw + " " + s.fixes[0]) : ""))));
    }
    return art;
  });
}

function lineId(sourceIndex, line) { return "src-" + sourceIndex + "-L" + line; }

function renderDiagnostics(p) {
  if (p.diagnostics.length === 0) return [h("p", { "data-empty": "diagnostics" }, "No problems found.")];
  return p.diagnostics.map((group, gi) => h("section", { "aria-labelledby": "dg-" + gi },
    h("h3", { id: "dg-" + gi }, h("code", {}, group.file), " ", h("span", { class: "muted" }, "(" + group.diagnostics.length + ")")),
    h("ul", { class: "diags" }, group.diagnostics.map((d) => {
      const title = [h("span", { class: "sev" }, SEV_WORDS[d.severity]), " ", h("code", {}, d.code), " at line " + d.line + ", column " + d.column + ": ", d.message];
      const head = d.sourceIndex !== undefined
        ? h("a", { href: "#" + lineId(d.sourceIndex, d.line), class: "diag", "data-source": d.sourceIndex, "data-line": d.line }, title)
        : h("span", {}, title);
      return h("li", { class: "sev-" + d.severity, "data-code": d.code }, head, d.hint ? h("p", { class: "hint" }, "Hint: " + d.hint) : "",
        d.frame ? h("pre", { class: "frame", "aria-label": "Code frame" }, d.frame) : "");
    }))));
}

function lineMarks(p, sourceIndex) {
  const marks = new Map();
  for (const g of p.diagnostics) for (const d of g.diagnostics) {
    if (d.sourceIndex !== sourceIndex) continue;
    const list = marks.get(d.line) || [];
    list.push(d);
    marks.set(d.line, list);
  }
  return marks;
}

const SEV_RANK = { error: 2, warning: 1, info: 0 };
function renderSources(p) {
  return p.sources.map((src, si) => {
    const marks = lineMarks(p, si);
    const lines = src.text.split(/\r\n|\r|\n/);
    const body = h("div", { class: "code", role: "region", tabindex: "0", "aria-label": "Source of " + src.file, "data-source": si });
    lines.forEach((text, i) => {
      const n = i + 1, ds = marks.get(n) || [];
      const worst = ds.slice().sort((a, b) => SEV_RANK[b.severity] - SEV_RANK[a.severity])[0];
      const tx = h("span", { class: "tx" });
      if (worst && worst.line === n) {
        // The text shown is redacted: markColumn says where the span is in it when a masked secret moved it.
        const col = worst.markColumn || worst.column;
        const end = worst.endLine === n ? (worst.markEndColumn || worst.endColumn) - 1 : text.length;
        tx.append(text.slice(0, col - 1), h("mark", {}, text.slice(col - 1, Math.max(end, col))), text.slice(Math.max(end, col)));
      } else tx.append(text === "" ? " " : text);
      const row = h("div", { class: "line" + (worst ? " has-" + worst.severity : ""), id: lineId(si, n), tabindex: "-1", "data-line": n },
        h("span", { class: "ln" }, String(n)), tx);
      for (const d of ds) row.append(h("span", { class: "note sev-" + d.severity }, h("span", { class: "sev" }, SEV_WORDS[d.severity]), " ", h("code", {}, d.code), ": " + d.message));
      body.append(row);
    });
    return h("section", { "aria-labelledby": "sf-" + si }, h("h3", { id: "sf-" + si }, h("code", {}, src.file), " ", h("span", { class: "muted" }, src.role === "config" ? "config" : "auth state")), body);
  });
}
`;
