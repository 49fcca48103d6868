/**
 * @fileoverview `${VAR}` substituted before the schema judges a value, as
 * OpenClaw's `config validate` does (the recorded cases are
 * fixtures/openclaw-2026.9/env-substitution-*, replayed with their
 * environment by openclaw-releases.test.ts). Here: the substitution's own
 * table, that the input is never changed, and that a value from the
 * environment never reaches a message.
 */
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { substituteEnvReferences } from "../src/document/env-substitute.js";
import { wordDiagnostic } from "../src/diagnostics/word.js";

describe("substituteEnvReferences", () => {
  it.each([
    ["the environment", { a: "${X}" }, { X: "env" }, { a: "env" }],
    ["env.vars when the environment has none", { env: { vars: { X: "var" } }, a: "${X}" }, {}, { env: { vars: { X: "var" } }, a: "var" }],
    ["the environment over env.vars", { env: { vars: { X: "var" } }, a: "${X}" }, { X: "env" }, { env: { vars: { X: "var" } }, a: "env" }],
    ["env.vars over an empty environment value", { env: { vars: { X: "var" } }, a: "${X}" }, { X: "" }, { env: { vars: { X: "var" } }, a: "var" }],
    ["an inline env entry (2026.4)", { env: { X: "inline" }, a: "${X}" }, {}, { env: { X: "inline" }, a: "inline" }],
    ["unset: left as written", { a: "${X}" }, {}, { a: "${X}" }],
    ["escaped: the literal text", { a: "$${X}" }, { X: "env" }, { a: "${X}" }],
    ["inside a longer string, twice", { a: "${X}-${X}" }, { X: "v" }, { a: "v-v" }],
    ["a lower-case name is not a reference", { a: "${x}" }, { x: "v" }, { a: "${x}" }],
    ["in an array", { a: ["${X}", "b"] }, { X: "v" }, { a: ["v", "b"] }],
  ] as const)("%s", (_name, input, env, expected) => {
    const before = JSON.stringify(input);
    const { value } = substituteEnvReferences(input, env);
    expect(value).toEqual(expected);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("returns the same value when nothing is substituted, and copies each container once", () => {
    const input = { a: { b: "plain" }, c: [1, 2] };
    expect(substituteEnvReferences(input, { X: "v" }).value).toBe(input);
    const many = { vars: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`K${i}`, "${X}"])), other: { untouched: true } };
    const out = substituteEnvReferences(many, { X: "v" });
    expect(out.changed).toHaveLength(50);
    expect((out.value as typeof many).other).toBe(many.other);
    expect(Object.values((out.value as typeof many).vars).every((v) => v === "v")).toBe(true);
  });

  it("keeps a key named __proto__ a plain key", () => {
    const input = JSON.parse('{"__proto__": {"a": "${X}"}}') as Record<string, unknown>;
    const out = substituteEnvReferences(input, { X: "v" }).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ a: "v" });
  });
});

describe("check judges the substituted value", () => {
  it("an enum set through env.vars is accepted (it was refused as the text ${GW_MODE})", () => {
    const text = '{ env: { vars: { GW_MODE: "local" } }, gateway: { mode: "${GW_MODE}" } }';
    expect(check(text, { env: {} }).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a value from the environment never reaches a message: the text as written is shown", () => {
    const secret = "sk-live-5c1b9e0d2a7f4e3b8c6d";
    const result = check('{ gateway: { mode: "${GW_MODE}" } }', { env: { GW_MODE: secret } });
    const [error] = result.diagnostics.filter((d) => d.code === "schema/invalid-value");
    expect(error).toBeDefined();
    const worded = wordDiagnostic(error!);
    expect(`${worded.message} ${worded.hint}`).not.toContain(secret);
    expect(worded.message).toContain("${GW_MODE}");
  });
});
