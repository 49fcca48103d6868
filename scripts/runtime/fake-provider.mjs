#!/usr/bin/env node
/**
 * @fileoverview Starts the project's fake provider (`src/drill/fake-provider.ts`, built into
 * dist/) from the command line, for the runtime recorder's sandbox:
 *
 *   node scripts/runtime/fake-provider.mjs --script replies.json --port 18080 --log requests.jsonl
 *
 * `--script` is a JSON file holding a fake script (`{replies, defaultReply?}`); every request is
 * appended to `--log` as one JSON line. It runs until SIGTERM or SIGINT. Needs `npm run build`.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { startFakeProvider } = await import(pathToFileURL(join(root, "dist", "drill", "fake-provider.js")).href);
const { checkFakeScript } = await import(pathToFileURL(join(root, "dist", "drill", "fake-script.js")).href);

const { values } = parseArgs({ options: { script: { type: "string" }, port: { type: "string", default: "18080" }, log: { type: "string" } } });
if (!values.script) {
  process.stderr.write("fake-provider: --script FILE is required (a JSON file {replies, defaultReply?})\n");
  process.exit(2);
}
const script = JSON.parse(readFileSync(values.script, "utf8"));
const problems = checkFakeScript(script);
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`fake-provider: ${values.script}: ${p.path || "(top)"}: ${p.problem}\n`);
  process.exit(2);
}
const fake = await startFakeProvider({
  script,
  port: Number(values.port),
  onRequest: (entry) => {
    if (values.log) appendFileSync(values.log, `${JSON.stringify(entry)}\n`);
  },
});
process.stderr.write(`fake-provider: listening on 127.0.0.1:${fake.port}\n`);
const stop = () => fake.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
