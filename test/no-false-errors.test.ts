/**
 * @fileoverview Issue #20: no agentcfg error where OpenClaw accepts. Replays every recorded
 * verdict (fixtures/openclaw-2026.9/, fixtures/openclaw-sections/) for release 2026.4: when
 * OpenClaw 2026.4 accepts a config, agentcfg may warn but never report an `error`, unless the
 * verdicts file gives a written reason in `exceptions["2026.4"]`.
 */
import { describe, expect, it } from "vitest";
import { checkFile, type CheckSourceOptions } from "../src/check.js";
import { verdictCases, VERDICT_DIRS } from "./helpers/verdict-cases.js";
import { messageOf } from "./helpers/words.js";

// `target` selects the release once the targets work lands; until then 2026.4 is what check does.
const OPTIONS: CheckSourceOptions & { target?: string } = { target: "2026.4" };

for (const dir of VERDICT_DIRS) {
  const accepted = verdictCases(dir).filter((c) => c.verdicts?.releases["2026.4"].valid === true);
  describe(`fixtures/${dir}: no error where OpenClaw 2026.4 accepts`, () => {
    it("has accepted cases", () => expect(accepted.length).toBeGreaterThan(10));
    it.each(accepted.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const errors = checkFile(c.config, c.file, { ...OPTIONS, env: c.env })
        .diagnostics.filter((d) => d.severity === "error")
        .map((d) => `${d.code} at ${d.path.join(".") || "<root>"}: ${messageOf(d)}`);
      const reason = c.verdicts?.exceptions?.["2026.4"];
      if (reason) {
        // An exception must still be needed, or it hides nothing and should go.
        expect(errors.length, `exception "${reason}" no longer needed`).toBeGreaterThan(0);
        return;
      }
      expect(errors).toEqual([]);
    });
  });
}
