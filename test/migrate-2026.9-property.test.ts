/**
 * @fileoverview `migrate --to 2026.9` on generated 2026.4 configs: an
 * `agents.list` of 1–4 agents (unique ids, at most one `default: true`, random
 * settings), inline `env` variables and a `models` map, with random comments,
 * with or without trailing commas. Migrating never throws, the output parses,
 * keeps the multiset of comment texts, keeps every agent's settings under its
 * id, and is a fixpoint; no `agents.list` or `default` marker is left unless
 * a manual step says why.
 */
import { tokenize } from "@humanwhocodes/momoa";
import fc from "fast-check";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { configMigrationsFor } from "../src/migrate/registry.js";
import { migrateConfigText } from "../src/migrate/run.js";

const TO_9 = configMigrationsFor("2026.9");
const comment = fc.option(fc.constantFrom("// note", "/* block */", "// über ✓", "/* two\n   lines */"));
const setting = fc.constantFrom(
  ["model", '"openai/gpt-5.4"'],
  ["workspace", '"~/w"'],
  ["params", "{ temperature: 0.5 }"],
  ["name", "'Claw'"],
  ["maxConcurrent", "0x4"],
);

interface Agent {
  id: string;
  settings: (readonly [string, string])[];
  above: string | null;
}

const agent = (id: string) =>
  fc.record({ settings: fc.uniqueArray(setting, { maxLength: 3, selector: (s) => s[0] }), above: comment }).map((a): Agent => ({ id, ...a }));
const roster = fc
  .uniqueArray(fc.constantFrom("main", "ops", "night", "a_1", "b-2"), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map(agent)));

function comments(text: string): string[] {
  return tokenize(text, { mode: "json5", ranges: true })
    .filter((t) => t.type === "LineComment" || t.type === "BlockComment")
    .map((t) => text.slice(t.loc.start.offset, t.loc.end.offset))
    .sort();
}

function render(agents: Agent[], owner: number | null, envKeys: string[], models: boolean, comma: boolean): string {
  const c = comma ? "," : "";
  const items = agents.map((a, i) => {
    const members = [`id: "${a.id}"`, ...(owner === i ? ["default: true"] : []), ...a.settings.map(([k, v]) => `${k}: ${v}`)];
    return `${a.above ? `      ${a.above}\n` : ""}      { ${members.join(", ")} }${i < agents.length - 1 ? "," : c}`;
  });
  const env = envKeys.map((k, i) => `    ${k}: "v${i}"${i < envKeys.length - 1 ? "," : c} // ${k}`).join("\n");
  return [
    "{",
    "  agents: {",
    ...(models ? [`    defaults: { models: { "openai/gpt-5.4": { alias: "gpt" }, "anthropic/*": {} } },`] : []),
    "    list: [",
    ...items,
    `    ]${c}`,
    `  },`,
    ...(envKeys.length > 0 ? ["  env: {", env, `  }${c}`] : []),
    "}",
    "",
  ].join("\n");
}

describe("migrate --to 2026.9 on generated configs", () => {
  it("keeps comments and settings, parses, and is a fixpoint", () => {
    fc.assert(
      fc.property(
        roster,
        fc.option(fc.nat(3)),
        fc.uniqueArray(fc.constantFrom("FOO", "BAR_2", "PROXY"), { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (agents, ownerPick, envKeys, models, comma) => {
          const owner = ownerPick === null ? null : ownerPick % agents.length;
          const text = render(agents, owner, envKeys, models, comma);
          const outcome = migrateConfigText(text, "<generated>", TO_9);
          expect(outcome.stopped).toBe(false);
          const migrated = JSON5.parse(outcome.after) as {
            agents: { list?: unknown; entries: Record<string, Record<string, unknown>>; defaults?: { modelPolicy?: { allow: string[] } } };
            env?: { vars: Record<string, string> };
          };
          expect(comments(outcome.after)).toEqual(comments(text));
          expect(migrateConfigText(outcome.after, "<generated>", TO_9).after).toBe(outcome.after);
          expect(migrated.agents.list).toBeUndefined();
          for (const a of agents) {
            const entry = migrated.agents.entries[a.id]!;
            expect(Object.keys(entry).sort()).toEqual(a.settings.map(([k]) => k).sort());
          }
          const manual = outcome.diagnostics.filter((d) => d.code === "legacy/manual-step");
          // Several agents and no owner is the one thing left for the user here.
          expect(manual.length).toBe(agents.length > 1 && owner === null ? 1 : 0);
          for (const key of envKeys) expect(migrated.env?.vars[key]).toBeDefined();
          if (models) expect(migrated.agents.defaults?.modelPolicy?.allow).toEqual(["openai/gpt-5.4", "anthropic/*"]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
