/**
 * @fileoverview agentcfg's failover classifier against OpenClaw's own: every case under
 * fixtures/failover-errors/ holds a provider's error text and the reason each release's
 * classifier gave it (recorded by scripts/record-failover-reasons.mjs). Agreement must be
 * total for both targets.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyFailoverError } from "../src/resolve/failover-classify.js";
import { FAILOVER_TARGETS, FAILOVER_TARGET_VERSIONS, type FailoverReason } from "../src/resolve/failover-target.js";

interface FailoverCase {
  description: string;
  provider: string;
  text: string;
  releases: Record<string, { version: string; reason: FailoverReason | null; withProviderPlugin?: FailoverReason | null }>;
}

const DIR = join(import.meta.dirname, "..", "fixtures", "failover-errors");
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name: name.slice(0, -5), ...(JSON.parse(readFileSync(join(DIR, name), "utf8")) as FailoverCase) }));

describe("failover error fixtures", () => {
  it("cover at least 80 texts, each recorded for both releases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const c of cases)
      for (const target of FAILOVER_TARGETS) expect(c.releases[target]?.version, `${c.name} ${target}`).toBe(FAILOVER_TARGET_VERSIONS[target]);
  });
});

for (const target of FAILOVER_TARGETS) {
  describe(`classifyFailoverError agrees with OpenClaw ${FAILOVER_TARGET_VERSIONS[target]}`, () => {
    it.each(cases)("$name", (c) => {
      const recorded = c.releases[target]!;
      // The core classifier, as recorded without plugins…
      expect(classifyFailoverError(c.text, { provider: c.provider, target, providerPlugins: false })).toBe(recorded.reason);
      // …and with the provider's bundled plugin, as a gateway that loaded it answers (the default).
      const withPlugin = "withProviderPlugin" in recorded ? recorded.withProviderPlugin : recorded.reason;
      expect(classifyFailoverError(c.text, { provider: c.provider, target })).toBe(withPlugin);
    });
  });
}
