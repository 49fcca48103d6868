/**
 * @fileoverview VALID_AGENT_ID (src/resolve/agent-id.ts) spells out the cases
 * of OpenClaw's case-insensitive expression: the two must match exactly the
 * same ids, for every character at each position.
 */
import { describe, expect, it } from "vitest";
import { normalizeAgentId, VALID_AGENT_ID } from "../src/resolve/agent-id.js";

const OPENCLAW_VALID_AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

describe("VALID_AGENT_ID", () => {
  it("matches what OpenClaw's case-insensitive expression matches, for every UTF-16 unit first and later", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const id of [c, `a${c}`, `${c}${c}`]) expect(VALID_AGENT_ID.test(id), `U+${code.toString(16)}`).toBe(OPENCLAW_VALID_AGENT_ID.test(id));
    }
  });

  it("agrees on lengths and the ids of the examples", () => {
    for (const id of ["main", "Main", "WORK-2", "a".repeat(64), "a".repeat(65), "", "-a", "_a", "a b", "ſ", "K", "ı"]) {
      expect(VALID_AGENT_ID.test(id), id).toBe(OPENCLAW_VALID_AGENT_ID.test(id));
    }
    expect(normalizeAgentId(" Work ")).toBe("work");
    expect(normalizeAgentId("My Agent!")).toBe("my-agent");
  });
});
