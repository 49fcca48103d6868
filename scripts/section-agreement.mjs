/**
 * @fileoverview How often agentcfg's verdict (valid or not) agrees with
 * OpenClaw's on a folder of verdict fixtures (the format of COMMON.md:
 * `<name>.json5` or `<name>/openclaw.json5` beside `<name>.verdicts.json`).
 * Uses the build in dist/ (`npm run build` first).
 *
 *   node scripts/section-agreement.mjs <folder> [2026.4|2026.9] [--schema-only] [--list]
 *
 * For 2026.4 the verdict is `check`'s: invalid when it reports an error
 * (`--schema-only`: an error of the parse, include, legacy or schema stage,
 * leaving out the rules, which may be stricter on purpose). For 2026.9, whose
 * root is not wired here, it is the generated 2026.9 sections under a strict
 * root (src/schema/sections/2026.9/index.ts), after the one load rewrite
 * 2026.9 does before validating that matters here (agents.list moved to
 * agents.entries, keyed by id): a measure of those sections alone.
 * `--list` prints every disagreement.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function verdictCases(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".verdicts.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".verdicts.json".length);
      const input = existsSync(join(dir, `${name}.json5`)) ? join(dir, `${name}.json5`) : join(dir, name, "openclaw.json5");
      return { name, input, verdicts: JSON.parse(readFileSync(join(dir, f), "utf8")) };
    });
}

/** agents.list as 2026.9 moves it on load: to agents.entries keyed by id, without the retired default marker. */
function asLoaded9(value) {
  const agents = value?.agents;
  if (!agents || !Array.isArray(agents.list) || agents.entries !== undefined) return value;
  const { list, ...rest } = agents;
  const entries = Object.fromEntries(list.map(({ id, default: _default, ...entry }) => [id, entry]));
  return { ...value, agents: { ...rest, entries } };
}

export async function agreement(dir, release, schemaOnly = false) {
  const { checkFile, loadConfigSource } = await import(`${ROOT}dist/index.js`);
  let judge;
  const SCHEMA_STAGES = /^(parse|include|legacy|schema)\//;
  if (release === "2026.4") {
    judge = (input) => !checkFile(input).diagnostics.some((d) => d.severity === "error" && (!schemaOnly || SCHEMA_STAGES.test(d.code)));
  } else {
    const { z } = await import("zod");
    const { SECTIONS } = await import(`${ROOT}dist/schema/sections/${release}/index.js`);
    const root = z.strictObject({ $schema: z.string().optional(), ...Object.fromEntries(Object.entries(SECTIONS).map(([k, s]) => [k, s.optional()])) });
    judge = (input) => {
      const loaded = loadConfigSource(input);
      return loaded.diagnostics.every((d) => d.severity !== "error") && root.safeParse(asLoaded9(loaded.source.value)).success;
    };
  }
  const rows = [];
  for (const c of verdictCases(dir)) {
    const expected = c.verdicts.releases?.[release];
    if (!expected) continue;
    const ours = judge(c.input);
    rows.push({ name: c.name, openclaw: expected.valid, agentcfg: ours, issues: expected.issues ?? [], exception: c.verdicts.exceptions?.[release] });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, release = "2026.4"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const rows = await agreement(dir, release, process.argv.includes("--schema-only"));
  const agree = rows.filter((r) => r.openclaw === r.agentcfg);
  console.log(`${release}: ${agree.length} of ${rows.length} verdicts agree (${((100 * agree.length) / Math.max(rows.length, 1)).toFixed(1)}%)`);
  if (process.argv.includes("--list")) {
    for (const r of rows.filter((x) => x.openclaw !== x.agentcfg)) {
      console.log(
        `  ${r.name}: OpenClaw ${r.openclaw ? "valid" : "invalid"}, agentcfg ${r.agentcfg ? "valid" : "invalid"} ${JSON.stringify(r.issues).slice(0, 200)}${r.exception ? ` (exception: ${r.exception})` : ""}`,
      );
    }
  }
}
