/**
 * @fileoverview Re-records fixtures/openclaw-schema/<release>.json: the JSON
 * Schema each OpenClaw release prints with `openclaw config schema`, the
 * source of truth for scripts/generate-sections.mjs. Runs only where the
 * oracle wrappers are installed (never in CI); pass their paths:
 *
 *   node scripts/record-openclaw-schema.mjs 2026.4=<path of oc-validate> 2026.9=<path of oc9-validate>
 *
 * The output is parsed and re-printed (two-space indents, final newline), and
 * any absolute path of the machine that ran it is replaced by "<path>".
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT_DIR = fileURLToPath(new URL("../fixtures/openclaw-schema/", import.meta.url));

/** Replaces absolute machine paths inside strings: the schema documents options, it never needs them. */
export function scrubPaths(text) {
  return text.replace(/(?<=")\/(?:tmp|work|home|root|Users|var)\/[^"]*(?=")/g, "<path>");
}

function record(release, wrapper) {
  const dir = mkdtempSync(join(tmpdir(), "oc-schema-"));
  try {
    const config = join(dir, "openclaw.json5");
    writeFileSync(config, "{}\n");
    const stdout = execFileSync(wrapper, [config, "config", "schema"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
    const schema = JSON.parse(scrubPaths(stdout.split(config).join("<config>")));
    writeFileSync(join(OUT_DIR, `${release}.json`), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`recorded ${release}: ${Object.keys(schema.properties ?? {}).length} top-level sections`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pairs = process.argv.slice(2).map((arg) => arg.split("="));
  if (pairs.length === 0 || pairs.some((p) => p.length !== 2)) {
    console.error("usage: node scripts/record-openclaw-schema.mjs <release>=<oracle wrapper> ...");
    process.exit(2);
  }
  for (const [release, wrapper] of pairs) record(release, wrapper);
}
