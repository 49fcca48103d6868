/**
 * @fileoverview `check` tells a file judged by 2026.9 to run
 * `agentcfg migrate --to 2026.9 <file>` for every key 2026.9 removed
 * (`schema/removed-key`). That hint is a promise: for each such key in the
 * release-keys table, `migrate --to 2026.9` must take it out of the file,
 * and check the result clean of that key, or the user is sent to a command
 * that answers "Up to date".
 */
import { describe, expect, it } from "vitest";
import { configMigrationsFor } from "../src/migrate/registry.js";
import { migrateConfigText } from "../src/migrate/run.js";
import { getAt } from "../src/migrate/helpers.js";
import { RELEASE_KEYS } from "../src/schema/targets/release-keys.js";
import { check } from "../src/check.js";

const REMOVED = RELEASE_KEYS.filter((k) => k.release === "2026.4");

/** A minimal config holding `path` (a `*` becomes a key of its own). */
function configWith(path: string): { text: string; at: string[] } {
  const at = path.split(".").map((segment) => (segment === "*" ? "SOME_VARIABLE" : segment));
  let value: unknown = at.at(-1) === "SOME_VARIABLE" ? "x" : { someSetting: 1 };
  for (const segment of [...at].reverse()) value = { [segment]: value };
  return { text: `${JSON.stringify(value, null, 2)}\n`, at };
}

describe("every key 2026.9 removed is taken out by migrate --to 2026.9", () => {
  it("the table has the removed keys", () => {
    expect(REMOVED.length).toBeGreaterThan(5);
  });

  it.each(REMOVED.map((k) => [k.path] as const))("%s", (path) => {
    const { text, at } = configWith(path);
    const before = check(text, { path: "openclaw.json5", target: "2026.9" }).diagnostics;
    expect(before.some((d) => d.code === "schema/removed-key" || d.code.startsWith("legacy/"))).toBe(true);
    const outcome = migrateConfigText(text, "openclaw.json5", configMigrationsFor("2026.9"));
    expect(outcome.stopped).toBe(false);
    expect(outcome.changes.length).toBeGreaterThan(0);
    const result = check(outcome.after, { path: "openclaw.json5", target: "2026.9" });
    expect(getAt(result.document?.value, at)).toBeUndefined();
    const after = result.diagnostics;
    expect(after.filter((d) => d.code === "schema/removed-key" || d.code.startsWith("legacy/")).map((d) => d.code)).toEqual([]);
  });
});
