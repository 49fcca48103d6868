/**
 * @fileoverview The runtime recordings (fixtures/runtime/<release>/<scenario>/, written by
 * scripts/record-runtime.mjs) are fit to be replayed forever: each scenario's fake script is
 * valid, each recording names its release, carries no path of the machine it was made on and no
 * key (only `<key:LABEL>`), and every request it lists came with a key the scenario stored.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFakeScript } from "../src/drill/fake-script.js";
import { ROOT } from "./fixture-files.js";

const RUNTIME = join(ROOT, "fixtures", "runtime");
const RELEASE_VERSIONS: Record<string, string> = { "2026.4": "2026.4.12", "2026.9": "2026.9.6" };
const DEFAULT_KEYS = ["kimi:default", "kimi:backup", "moonshot:default"];

/** An absolute path of a machine: a slash-rooted folder not written as a `<placeholder>/…`. */
const MACHINE_PATH = /(?<![<>\w.])\/(?:tmp|work|root|home|usr|var|opt|srv|mnt)\//;

const recorded = Object.keys(RELEASE_VERSIONS).flatMap((release) => {
  const dir = join(RUNTIME, release);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "recording.json")))
    .sort()
    .map((name) => [release, name] as const);
});

describe("runtime recordings", () => {
  it("exist for both releases", () => {
    for (const release of Object.keys(RELEASE_VERSIONS)) expect(recorded.filter(([r]) => r === release).length, release).toBeGreaterThan(0);
  });

  it.each(recorded)("%s %s: valid script, its release, no machine path, no key, only stored keys", (release, name) => {
    const dir = join(RUNTIME, release, name);
    const scenario = JSON.parse(readFileSync(join(dir, "scenario.json"), "utf8")) as { keys?: string[]; replies?: unknown; turns: unknown[] };
    expect(checkFakeScript({ replies: scenario.replies ?? {} })).toEqual([]);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), "utf8");
      expect(MACHINE_PATH.exec(text)?.[0], `${file} holds a machine path`).toBeUndefined();
      expect(text, file).not.toContain("fake-key-for-");
    }
    const recording = JSON.parse(readFileSync(join(dir, "recording.json"), "utf8")) as {
      version: string;
      turns: { turn: number }[];
      requests: { turn: number; label: string }[];
    };
    expect(recording.version).toBe(RELEASE_VERSIONS[release]);
    expect(recording.turns).toHaveLength(scenario.turns.length);
    const keys = new Set([...(scenario.keys ?? DEFAULT_KEYS), "(no key)"]);
    for (const request of recording.requests) {
      expect(keys.has(request.label), `request with key ${request.label}`).toBe(true);
      expect(request.turn).toBeGreaterThan(0);
    }
  });
});
