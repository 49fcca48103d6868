/**
 * @fileoverview applySafeFixes (src/operations/fix.ts), the library side of
 * `check --fix`: it applies the fixes the check's diagnostics carry, checks
 * again, and stops when nothing is left to fix; it refuses a fix that would
 * touch a secret and drops a pass that leaves more syntax or schema errors
 * than it found.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckResult } from "../src/check.js";
import { collectCheckSecrets } from "../src/check-secrets.js";
import type { Diagnostic } from "../src/diagnostics/types.js";
import { applySafeFixes } from "../src/operations/fix.js";
import { Redactor } from "../src/secrets/redact.js";

const FILE = "openclaw.json5";
const TYPO = `// comment kept
{
  agents: { defaults: { model: { primary: "kimi/kimi-code", fallback: ["moonshot/kimi-k2.5"] } } },
  auth: { profiles: { "kimi:default": { provider: "kimi", mode: "api_key" }, "moonshot:default": { provider: "moonshot", mode: "api_key" } } },
}
`;

const recheck = (texts: ReadonlyMap<string, string>) => check(texts.get(FILE)!, { path: FILE, target: "2026.9" });

function redactorFor(result: CheckResult): Redactor {
  const redactor = new Redactor();
  collectCheckSecrets(result, redactor);
  return redactor;
}

/** `result` with the fix of its first fixable diagnostic replaced by `edit` (same range, new text). */
function withFixText(result: CheckResult, newText: string): CheckResult {
  const diagnostics = result.diagnostics.map((d): Diagnostic => (d.fix ? { ...d, fix: { ...d.fix, edits: d.fix.edits.map((e) => ({ ...e, newText })) } } : d));
  return { ...result, diagnostics };
}

describe("applySafeFixes", () => {
  it("renames the typo'd key, checks clean, and keeps the comment", () => {
    const first = recheck(new Map([[FILE, TYPO]]));
    expect(first.diagnostics.map((d) => d.code)).toContain("schema/unknown-key");
    const outcome = applySafeFixes(first, recheck, redactorFor(first));
    expect(outcome.applied).toEqual([{ file: FILE, code: "schema/unknown-key", description: 'Rename "fallback" to "fallbacks"' }]);
    expect(outcome.changed.get(FILE)).toEqual({ before: TYPO, after: TYPO.replace("fallback:", "fallbacks:") });
    expect(outcome.result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("changes nothing when there is nothing to fix", () => {
    const clean = recheck(new Map([[FILE, TYPO.replace("fallback:", "fallbacks:")]]));
    const outcome = applySafeFixes(clean, recheck, redactorFor(clean));
    expect(outcome.changed.size).toBe(0);
    expect(outcome.applied).toEqual([]);
    expect(outcome.result).toBe(clean);
  });

  it("drops a pass that would leave a syntax error, and the text stays as it was", () => {
    const first = withFixText(recheck(new Map([[FILE, TYPO]])), "fallbacks: [[[");
    const outcome = applySafeFixes(first, recheck, redactorFor(first));
    expect(outcome.changed.size).toBe(0);
    expect(outcome.applied).toEqual([]);
  });

  it("refuses a fix whose new text holds a secret, or whose edit touches one", () => {
    const secret = "sk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    const first = recheck(new Map([[FILE, TYPO]]));
    const leaking = withFixText(first, `fallbacks /* ${secret} */`);
    expect(applySafeFixes(leaking, recheck, redactorFor(first)).applied).toEqual([]);

    const withKey = TYPO.replace("{\n  agents", `{\n  env: { KIMI_API_KEY: "${secret}" },\n  agents`);
    const keyed = recheck(new Map([[FILE, withKey]]));
    const at = withKey.indexOf(secret);
    // A made-up fix over the secret's last characters: never applied, whatever it says it does.
    const fix = {
      description: "touch the key",
      edits: [{ range: { start: { line: 3, column: 1, offset: at + 5 }, end: { line: 3, column: 1, offset: at + 8 } }, newText: "xyz" }],
    };
    const touching: CheckResult = { ...keyed, diagnostics: keyed.diagnostics.map((d) => (d.fix ? { ...d, fix } : d)) };
    const outcome = applySafeFixes(touching, recheck, redactorFor(keyed));
    expect(outcome.applied).toEqual([]);
    expect(outcome.changed.size).toBe(0);
  });
});
