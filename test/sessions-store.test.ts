/**
 * @fileoverview The sessions store readers against the stores the real OpenClaw wrote
 * (fixtures/sessions/2026.4, 2026.9: sessions.json and the agent database), the seed store,
 * and broken stores (fixtures/sessions/invalid/: each input beside what is read from it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTranscriptErrors } from "../src/state/session-transcripts.js";
import { parseSessionsJsonText, readSessionsStore } from "../src/state/sessions-store.js";
import { classifyFailoverError } from "../src/resolve/failover-classify.js";
import { ROOT } from "./fixture-files.js";

const SESSIONS = join(ROOT, "fixtures", "sessions");

describe("sessions store recorded from OpenClaw 2026.4 (sessions.json + JSONL transcript)", () => {
  const read = readSessionsStore(join(SESSIONS, "2026.4", "state"), "main");
  it("finds the session the local run created", () => {
    expect(read.format).toBe("sessions-json");
    expect(read.diagnostics).toEqual([]);
    expect(read.sessions.map((s) => [s.key, s.sessionId, s.lastProvider, s.lastModel, s.pin])).toEqual([
      ["agent:main:explicit:s1", "s1", "moonshot", "kimi-k2.5", undefined],
    ]);
  });
  it("reads the failed turns of its transcript, newest first, and nothing else", () => {
    const errors = readTranscriptErrors(read.sessions[0]!, 50).errors;
    expect(errors.length).toBe(8);
    expect(new Set(errors.map((e) => e.text))).toEqual(new Set(["Connection error."]));
    expect(errors[0]!.at).toBeGreaterThan(errors.at(-1)!.at!);
    expect(Object.keys(errors[0]!).sort()).toEqual(["at", "entryId", "model", "provider", "sessionKey", "text"]);
    // OpenClaw classifies a connection error as a timeout in both releases.
    for (const target of ["2026.4", "2026.9"] as const) expect(classifyFailoverError(errors[0]!.text, { provider: "moonshot", target })).toBe("timeout");
  });
});

describe("sessions store recorded from OpenClaw 2026.9 (openclaw-agent.sqlite)", () => {
  const read = readSessionsStore(join(SESSIONS, "2026.9", "state"), "main");
  it("reads session_nodes read-only", () => {
    expect(read.format).toBe("agent-sqlite");
    expect(read.diagnostics).toEqual([]);
    expect(read.sessions.map((s) => [s.key, s.sessionId])).toEqual([["agent:main:explicit:s1", "s1"]]);
    expect(read.sessions[0]!.transcript).toMatchObject({ kind: "sqlite", sessionId: "s1" });
  });
  it("reads the failed turn from transcript_events", () => {
    const errors = readTranscriptErrors(read.sessions[0]!).errors;
    expect(errors.map((e) => [e.text, e.provider, e.model])).toEqual([["Connection error.", "lab", "kimi-k2.5"]]);
  });
});

describe("the seed store", () => {
  const read = readSessionsStore(join(SESSIONS, "seed-user-pin", "state"), "main");
  it("reads both pins with their sources", () => {
    expect(read.sessions.map((s) => [s.key, s.pin?.profile, s.pin?.source])).toEqual([
      ["agent:main:telegram:direct:4242", "kimi:backup", "user"],
      ["agent:main:main", "kimi:default", "auto"],
    ]);
  });
  it("never returns message content from a transcript", () => {
    const errors = readTranscriptErrors(read.sessions[0]!).errors;
    expect(errors.map((e) => e.entryId)).toEqual(["e3", "e2", "e1"]);
    expect(JSON.stringify(errors)).not.toContain("PRIVATE");
  });
  it("has no transcript for a session without one on disk, without an error", () => {
    expect(readTranscriptErrors(read.sessions[1]!)).toEqual({ errors: [] });
  });
});

describe("broken stores (fixtures/sessions/invalid)", () => {
  const dir = join(SESSIONS, "invalid");
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith(".sessions.json"))
    .map((f) => f.replace(".sessions.json", ""));
  it.each(cases)("%s", (name) => {
    const file = join(dir, `${name}.sessions.json`);
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as {
      sessions: object[];
      diagnostics: { code: string; path?: unknown[] }[];
    };
    const read = parseSessionsJsonText(readFileSync(file, "utf8"), file);
    expect(read.sessions.map((s) => ({ key: s.key, ...(s.pin !== undefined ? { pin: s.pin } : {}) }))).toEqual(expected.sessions);
    expect(
      read.diagnostics.map((d) => ({ code: d.code, ...(expected.diagnostics.find((e) => e.code === d.code)?.path !== undefined ? { path: d.path } : {}) })),
    ).toEqual(expected.diagnostics);
    for (const d of read.diagnostics) expect(d.file).toBe(file);
  });
});

describe("a long transcript", () => {
  it("is read from its last megabyte, starting at a whole line", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "agentcfg-transcript-"));
    const path = join(dir, "long.jsonl");
    const filler = JSON.stringify({ type: "message", id: "u", message: { role: "user", content: "PRIVATE ".repeat(100) } });
    const old = JSON.stringify({
      type: "message",
      id: "old",
      message: { role: "assistant", stopReason: "error", errorMessage: "too old to be read", timestamp: 1 },
    });
    const recent = JSON.stringify({
      type: "message",
      id: "new",
      message: { role: "assistant", stopReason: "error", errorMessage: "429 Too Many Requests", provider: "kimi", timestamp: 2 },
    });
    writeFileSync(path, [old, ...Array.from({ length: 3000 }, () => filler), recent].join("\n"));
    const errors = readTranscriptErrors({ key: "k", transcript: { kind: "jsonl", path } }).errors;
    expect(errors.map((e) => [e.entryId, e.text])).toEqual([["new", "429 Too Many Requests"]]);
  });
});
