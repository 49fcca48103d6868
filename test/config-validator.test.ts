/**
 * @fileoverview The compiled config schema reports exactly what the runtime
 * schema reports: on every fixture config, the schema stage's diagnostics are
 * equal either way; and the check compiles only once enough text was validated.
 */
import { readFileSync, statSync } from "node:fs";
import { z } from "zod";
import { describe, expect, it, vi } from "vitest";
import { loadConfigText } from "../src/document/include.js";
import { OpenClawConfigSchema } from "../src/schema/config.js";
import { validateAgainstSchema } from "../src/schema/validate.js";
import { fixtureCases } from "./fixture-files.js";

const compiled = z.compile(OpenClawConfigSchema);
const cases = ["valid", "invalid", "legacy", "openclaw-cases", "rules"].flatMap((group) => fixtureCases(group)).filter((c) => statSync(c.input).isFile());

describe("compiled OpenClawConfigSchema", () => {
  it("has fixtures to compare on, some with schema diagnostics", () => {
    expect(cases.length).toBeGreaterThan(50);
    const withIssues = cases.filter(
      (c) => !OpenClawConfigSchema.safeParse(loadConfigText(readFileSync(c.input, "utf8"), { entryPath: c.input, file: c.file }).source.value).success,
    );
    expect(withIssues.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [c.file, c] as const))("gives the same schema diagnostics: %s", (_file, fixture) => {
    const { source } = loadConfigText(readFileSync(fixture.input, "utf8"), { entryPath: fixture.input, file: fixture.file });
    expect(validateAgainstSchema(source, compiled)).toEqual(validateAgainstSchema(source, OpenClawConfigSchema));
  });

  it("is used only once the process has validated enough text", async () => {
    // The count of validated text is the process's: a fresh copy of the modules starts it at zero,
    // whatever other test files in this worker validated before.
    vi.resetModules();
    const { configSchemaFor } = await import("../src/schema/config-validator.js");
    const { OpenClawConfigSchema } = await import("../src/schema/config.js");
    const { loadConfigText } = await import("../src/document/include.js");
    const small = loadConfigText("{}", { entryPath: "/x/a.json", file: "a.json" }).source;
    expect(configSchemaFor(small, "2026.4", 10)).toBe(OpenClawConfigSchema);
    const large = loadConfigText(`{"meta": {}, "env": {}}${" ".repeat(20)}`, { entryPath: "/x/b.json", file: "b.json" }).source;
    const chosen = configSchemaFor(large, "2026.4", 10);
    expect(chosen).not.toBe(OpenClawConfigSchema);
    expect(configSchemaFor(small, "2026.4", 10)).toBe(chosen);
  });
});
