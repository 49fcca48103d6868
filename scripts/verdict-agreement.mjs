// Agreement report: how often agentcfg's `check` (the built library in dist/) reaches the same
// verdict as the real OpenClaw on every recorded case under fixtures/openclaw-2026.9/ and
// fixtures/openclaw-sections/. A case agrees when agentcfg reports an error exactly where OpenClaw
// refuses the config (valid = no diagnostic of severity "error").
//
//   npm run build && node scripts/verdict-agreement.mjs [--release 2026.4] [--json]
//
// `check(text, { path, target })`: `target` is the release to check against; a build that does not
// know the option yet ignores it and checks against 2026.4, so only the 2026.4 figures mean
// anything until it exists. Disagreements list the case, both sides and, when the verdicts file
// has one, the written exception reason.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listCases } from "./record-verdicts.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const DIRS = ["fixtures/openclaw-2026.9", "fixtures/openclaw-sections"];
const RELEASES = ["2026.4", "2026.9"];

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const only = args.includes("--release") ? args[args.indexOf("--release") + 1] : undefined;

const { check } = await import(join(root, "dist", "index.js"));
const report = [];
for (const dir of DIRS) {
  const abs = join(root, dir);
  if (!existsSync(abs)) continue;
  for (const release of RELEASES.filter((r) => !only || r === only)) {
    const row = { folder: dir, release, agree: 0, disagree: 0, unrecorded: 0, cases: [] };
    for (const c of listCases(abs)) {
      const verdictFile = join(abs, `${c.name}.verdicts.json`);
      if (!existsSync(verdictFile)) {
        row.unrecorded++;
        continue;
      }
      const recorded = JSON.parse(readFileSync(verdictFile, "utf8"));
      const oracle = recorded.releases?.[release];
      if (!oracle) {
        row.unrecorded++;
        continue;
      }
      const text = readFileSync(c.config, "utf8");
      const result = check(text, { path: c.config, target: release });
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      const ours = errors.length === 0;
      if (ours === oracle.valid) {
        row.agree++;
        continue;
      }
      row.disagree++;
      row.cases.push({
        name: c.name,
        openclaw: oracle.valid ? "accepts" : "refuses",
        openclawIssues: oracle.issues.map((i) => `${i.path}: ${i.message}`),
        agentcfgErrors: errors.map((d) => `${d.code} at ${d.path.join(".") || "<root>"}`),
        exception: recorded.exceptions?.[release],
      });
    }
    report.push(row);
  }
}

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const row of report) {
    const total = row.agree + row.disagree;
    const extra = row.unrecorded ? `, ${row.unrecorded} without verdicts` : "";
    console.log(`${row.folder} @ ${row.release}: ${row.agree}/${total} agree, ${row.disagree} disagree${extra}`);
    for (const c of row.cases) {
      const side =
        c.openclaw === "accepts"
          ? `OpenClaw accepts; agentcfg errors: ${c.agentcfgErrors.join("; ")}`
          : `OpenClaw refuses (${c.openclawIssues.join("; ")}); agentcfg: no error`;
      console.log(`  - ${c.name}: ${side}${c.exception ? ` [exception: ${c.exception}]` : ""}`);
    }
  }
}
