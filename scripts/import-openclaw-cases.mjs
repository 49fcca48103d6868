// Turns OpenClaw's own validation verdicts (shared/reference/openclaw-validation-cases.json)
// into fixture inputs beside an expected file holding OpenClaw's verdict. Run once per
// reference update: node scripts/import-openclaw-cases.mjs <path-to-cases.json>
// then `npm run fixtures:update` fills in agentcfg's expected diagnostics.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = process.argv[2];
if (!source) {
  console.error("usage: node scripts/import-openclaw-cases.mjs <openclaw-validation-cases.json>");
  process.exit(2);
}
const { cases } = JSON.parse(readFileSync(source, "utf8"));
const dir = new URL("../fixtures/openclaw-cases/", import.meta.url);
mkdirSync(dir, { recursive: true });
const seen = new Set();
for (const c of cases) {
  let slug = c.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 70);
  while (seen.has(slug)) slug += "-2";
  seen.add(slug);
  writeFileSync(new URL(`${slug}.json5`, dir), `${JSON.stringify(c.config, null, 2)}\n`);
  const openclaw = { name: c.name, source: c.source, area: c.area, valid: c.valid, issues: c.issues ?? [] };
  writeFileSync(new URL(`${slug}.expected.json`, dir), `${JSON.stringify({ openclaw, diagnostics: [] }, null, 2)}\n`);
}
console.log(`wrote ${cases.length} cases`);
