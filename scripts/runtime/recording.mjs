/**
 * @fileoverview Turns what a recorded phase left behind into the recording: per turn its exit code,
 * duration, OpenClaw's answer (the `--json` output, less its prompt and usage reports), the log
 * lines it printed, the failover-related lines of its file log; and every request the fake saw,
 * with the turn it belongs to and its time since that turn started.
 */
import { fakeKeyFor } from "../../dist/drill/fake-script.js";

export const FAKE_KEY_FOR = fakeKeyFor;

/** Parts of the `--json` answer that describe the prompt and token use, not the routing. */
const BULKY = new Set([
  "systemPromptReport",
  "contextBudgetStatus",
  "bridgeCalls",
  "usage",
  "lastCallUsage",
  "skillsSnapshot",
  "tools",
  "injectedWorkspaceFiles",
]);

/** Log lines that only say how long SQLite housekeeping took. */
const NOISE = /slow SQLite reclamation|sqlite\/transaction|tool-search: cataloged/;

/** File-log lines worth keeping: what failed, retried, cooled down, rotated or fell back. */
const FAILOVER =
  /rate|limit|fail|retry|retri|cooldown|cool down|rotat|fallback|fall back|profile|auth|error|timeout|timed out|429|overload|billing|disabled|abort/i;

function trimBulky(value) {
  if (Array.isArray(value)) return value.map(trimBulky);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (BULKY.has(k) ? [] : [[k, trimBulky(v)]])));
  return value;
}

/** Splits output into log lines and the JSON answer that follows them (if any). */
export function splitAnswer(text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "{") continue;
    try {
      return { answer: JSON.parse(lines.slice(i).join("\n")), log: lines.slice(0, i).filter((l) => l.trim()) };
    } catch {
      // not the answer's start: a log line that is only "{"
    }
  }
  return { answer: null, log: lines.filter((l) => l.trim()) };
}

function fileLogText(entry) {
  const parts = ["0", "1", "2"].map((k) => entry[k]).filter((v) => typeof v === "string");
  const subsystem = parts.map((p) => /^\{"subsystem":"([^"]+)"\}$/.exec(p)?.[1]).find(Boolean);
  const text = parts.filter((p) => !/^\{"subsystem":/.test(p)).join(" ") || entry.message || "";
  return { subsystem, text };
}

export function summarizeTurns(ctx, scenario, phase, prepared) {
  const turns = phase.results.map((r, i) => {
    const out = splitAnswer(ctx.release.answerOn === "stderr" ? r.stderr : r.stdout);
    const other = splitAnswer(ctx.release.answerOn === "stderr" ? r.stdout : r.stderr);
    const log = [...out.log, ...other.log].filter((l) => !NOISE.test(l));
    const fileLog = phase.fileLog
      .map((e) => ({ at: Date.parse(e.time ?? e._meta?.date ?? ""), level: e._meta?.logLevelName, ...fileLogText(e) }))
      // the answer itself is logged too (a JSON text): it is kept once, as `answer`
      .filter((e) => e.at >= r.start && e.at <= r.end && !e.text.trimStart().startsWith("{") && FAILOVER.test(e.text) && !NOISE.test(e.text))
      .map((e) => ({ t: e.at - r.start, level: e.level, subsystem: e.subsystem, text: e.text }));
    return {
      turn: i + 1,
      message: scenario.turns[i].message ?? `turn ${i + 1}: say hi`,
      agent: scenario.turns[i].agent ?? "main",
      exit: r.exit,
      durationMs: r.end - r.start,
      answer: trimBulky(out.answer),
      log,
      fileLog,
    };
  });
  const turnOf = (at) => phase.results.findIndex((r) => at >= r.start && at <= r.end) + 1;
  const requests = phase.requests.map((q) => {
    const turn = turnOf(q.at);
    const start = phase.results[turn - 1]?.start ?? q.at;
    return { turn, t: q.at - start, label: q.label, model: q.model, api: q.api, stream: q.stream, reply: q.reply, status: q.status };
  });
  return {
    release: ctx.releaseName,
    version: ctx.release.version,
    recordedOn: new Date().toISOString().slice(0, 10),
    sandboxExit: phase.sandboxExit,
    prepare: prepared
      ? { turns: prepared.results.length, requests: prepared.requests.map((q) => ({ label: q.label, model: q.model, reply: q.reply })) }
      : undefined,
    turns,
    requests,
  };
}
