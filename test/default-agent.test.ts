/**
 * @fileoverview The default agent and the agents' ids, as OpenClaw picks them: the
 * first agent marked default, else the first; `main` without agents; an agent
 * written without an id has none (never a `#<index>` label).
 */
import { describe, expect, it } from "vitest";
import { defaultAgentId, writtenAgentIds } from "../src/resolve/default-agent.js";
import type { TargetId } from "../src/schema/targets/ids.js";

const list = (...agents: unknown[]) => ({ agents: { list: agents } });

describe("defaultAgentId and writtenAgentIds", () => {
  it.each<[string, unknown, TargetId | undefined, string | undefined, string[]]>([
    ["no config at all", undefined, undefined, "main", ["main"]],
    ["a config without agents", { agents: { defaults: {} } }, undefined, "main", ["main"]],
    ["an empty list", list(), undefined, "main", ["main"]],
    ["none marked: the first", list({ id: "work" }, { id: "home" }), undefined, "work", ["work", "home"]],
    ["the one marked default", list({ id: "work" }, { id: "home", default: true }), undefined, "home", ["work", "home"]],
    ["two marked: the first marked", list({ id: "a" }, { id: "b", default: true }, { id: "c", default: true }), undefined, "b", ["a", "b", "c"]],
    ["the id as written (callers normalize)", list({ id: "Work Bot" }), undefined, "Work Bot", ["Work Bot"]],
    ["a default without an id: none", list({ default: true }, { id: "home" }), undefined, undefined, ["home"]],
    ["a first agent without an id: none", list({ model: "openai/gpt-5" }, { id: "home" }), undefined, undefined, ["home"]],
    ["entries that are not objects are not agents", list("junk", { id: "home" }), undefined, "home", ["home"]],
    ["2026.9 reads the keyed entries", { agents: { entries: { ops: {}, dev: { default: true } } } }, "2026.9", "dev", ["ops", "dev"]],
    ["2026.4 ignores the keyed entries", { agents: { entries: { ops: {} }, list: [{ id: "main2" }] } }, "2026.4", "main2", ["main2"]],
  ])("%s", (_label, config, target, expectedDefault, expectedIds) => {
    expect(defaultAgentId(config, target)).toBe(expectedDefault);
    expect(writtenAgentIds(config, target)).toEqual(expectedIds);
  });
});
