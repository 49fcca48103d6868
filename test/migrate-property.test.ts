/**
 * @fileoverview Generated legacy configs (random keys of `agent`, `routing`
 * and top-level channels, random comments around them, with or without
 * trailing commas): migrating never throws, the output parses, keeps the
 * multiset of comment texts, keeps every value, and is a fixpoint.
 */
import { tokenize } from "@humanwhocodes/momoa";
import fc from "fast-check";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { migrateConfigText } from "../src/migrate/run.js";

const comment = fc.constantFrom("// note", "/* block */", "// über ✓", "/* two\n   lines */");
const value = fc.constantFrom('"openai/gpt-5.4"', "0x1F", "Infinity", "true", "[1, 2,]", "{ x: 'y' }", "-1.5e3");
const agentKey = fc.constantFrom("model", "imageModel", "workspace", "bash", "elevated", "maxConcurrent", "futureKey", "timeoutSeconds");
const rootLegacy = fc.constantFrom("telegram", "slack", "memorySearch", "heartbeat");

const member = (key: fc.Arbitrary<string>) =>
  fc.record({ key, value, above: fc.option(comment), beside: fc.option(fc.constantFrom("// beside", "/* beside */")) });

function render(members: { key: string; value: string; above: string | null; beside: string | null }[], indent: string, comma: boolean): string {
  const unique = members.filter((m, i) => members.findIndex((o) => o.key === m.key) === i);
  return unique
    .map(
      (m, i) =>
        `${m.above ? `${indent}${m.above}\n` : ""}${indent}${m.key}: ${m.value}${i < unique.length - 1 || comma ? "," : ""}${m.beside ? ` ${m.beside}` : ""}\n`,
    )
    .join("");
}

function comments(text: string): string[] {
  return tokenize(text, { mode: "json5", ranges: true })
    .filter((t) => t.type === "LineComment" || t.type === "BlockComment")
    .map((t) => text.slice(t.loc.start.offset, t.loc.end.offset))
    .sort();
}

describe("migrate on generated configs", () => {
  it("keeps comments and values, parses, and is a fixpoint", () => {
    fc.assert(
      fc.property(
        fc.array(member(agentKey), { minLength: 1, maxLength: 6 }),
        fc.array(member(rootLegacy), { maxLength: 3 }),
        fc.boolean(),
        (agent, roots, comma) => {
          const text = `{\n  // above agent\n  agent: {\n${render(agent, "    ", comma)}  }${comma || roots.length > 0 ? "," : ""}\n${render(roots, "  ", comma)}}\n`;
          const outcome = migrateConfigText(text);
          expect(outcome.stopped).toBe(false);
          const migrated = JSON5.parse(outcome.after);
          expect(comments(outcome.after)).toEqual(comments(text));
          const values = (v: unknown): string[] => (v !== null && typeof v === "object" ? Object.values(v).flatMap(values) : [JSON.stringify(v)]);
          expect(values(migrated).sort()).toEqual(values(JSON5.parse(text)).sort());
          expect(migrateConfigText(outcome.after).after).toBe(outcome.after);
        },
      ),
      { numRuns: 150 },
    );
  });
});
