/**
 * @fileoverview The inspector shows each agent's pinned sessions beside its chains, with what
 * the pin leads to: on the seed sessions state (fixtures/sessions/seed-user-pin), the session
 * pinned to kimi:backup while it cools down, and the main session's usable auto pin.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInspectPayload } from "../src/inspect/payload.js";
import { renderPage } from "../src/inspect/page.js";
import { ROOT } from "./fixture-files.js";

const SEED = join(ROOT, "fixtures", "sessions", "seed-user-pin");

describe("inspect payload: sessions", () => {
  const { payload, json } = buildInspectPayload({
    configPath: join(SEED, "openclaw.json5"),
    stateDir: join(SEED, "state"),
    now: Date.parse("2026-04-13T14:02:00Z"),
  });
  const main = payload.agents.find((a) => a.agentId === "main")!;
  it("lists the pinned sessions with their problem, under the 2026.4 rules of the store found", () => {
    expect(main.sessions.target).toBe("2026.4");
    expect(main.sessions.exists).toBe(true);
    expect(main.sessions.pinned.map((s) => [s.key, s.pin.profile, s.pin.source, s.problem ?? null])).toEqual([
      ["agent:main:telegram:direct:4242", "kimi:backup", "user", "cooldown"],
      ["agent:main:main", "kimi:default", "auto", null],
    ]);
    expect(main.sessions.pinned[0]!.fixes[0]).toContain("/new");
  });
  it("carries no message content and no key", () => {
    expect(json).not.toContain("PRIVATE");
    expect(json).not.toContain("FAKE111111");
  });
  it("the page script knows how to draw them", () => {
    expect(renderPage({ mode: "static", payloadJson: json })).toContain("Pinned sessions ");
  });
});
