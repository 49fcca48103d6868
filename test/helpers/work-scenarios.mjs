/**
 * @fileoverview The inputs of the scaling tests (bounded-work.test.ts), each a
 * function of a size that runs one command's work on the built dist/ and
 * returns what it found (so the test can see the input still triggers what it
 * is about). Run by work-child.mjs, which counts the work.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPass } from "../../dist/cli/commands/check-run.js";
import { explainErrorText } from "../../dist/operations/explain-sessions.js";
import { formatFailoverOutcome } from "../../dist/resolve/explain-sessions-format.js";
import { Redactor } from "../../dist/secrets/redact.js";

const dir = mkdtempSync(join(tmpdir(), "agentcfg-work-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
let runs = 0;

const ARGS = {
  files: [],
  format: "pretty",
  output: undefined,
  quiet: false,
  strict: false,
  maxWarnings: undefined,
  color: false,
  watch: false,
  envCheck: true,
  rule: undefined,
  settings: undefined,
  printConfig: false,
  target: "2026.9",
};

/**
 * `agentcfg check --format <format> --env-check --output <report>` of the files `write` puts in
 * a fresh folder (it returns the entry); how often each code occurs in the report.
 */
async function checkRun(write, format = "pretty") {
  // A fresh folder and file names per run: nothing a run remembers (a cache keyed by name) helps the next.
  const folder = join(dir, `run-${++runs}`);
  mkdirSync(folder);
  const entry = write(folder);
  const output = join(folder, "report.txt");
  await checkPass([entry], { ...ARGS, format, output });
  const report = readFileSync(output, "utf8");
  const codes = {};
  for (const m of report.matchAll(/\b(?:schema|parse|env|include|secrets)\/[a-z-]+/g)) codes[m[0]] = (codes[m[0]] ?? 0) + 1;
  return { codes, clean: /no problems found/.test(report) };
}

function configFile(text) {
  return (folder) => {
    const file = join(folder, "openclaw.json5");
    writeFileSync(file, text);
    return file;
  };
}

function lines(size, line) {
  let body = "";
  for (let i = 0; i < size; i++) body += `${line(i)}\n`;
  return body;
}

/** The entry includes each of `size` files once; each file adds a key of its own. */
function includeList(size) {
  return (folder) => {
    const names = [];
    for (let i = 0; i < size; i++) {
      writeFileSync(join(folder, `part-${i}.json5`), `{ env: { vars: { PART_${i}: "${i}" } } }\n`);
      names.push(`"./part-${i}.json5"`);
    }
    return configFile(`{\n  $include: [${names.join(", ")}],\n}\n`)(folder);
  };
}

/**
 * Fan-out: the entry includes `middle.json5` `size` times, and it includes `leaf.json5` `size`
 * times: three files, `size`² copies of the leaf (16 KB) once every include is followed.
 */
function includeFanOut(size) {
  return (folder) => {
    writeFileSync(join(folder, "leaf.json5"), `{ env: { vars: { PAD: "${"p".repeat(16 * 1024)}" } } }\n`);
    writeFileSync(join(folder, "middle.json5"), `{ $include: [${Array(size).fill('"./leaf.json5"').join(", ")}] }\n`);
    return configFile(`{\n  $include: [${Array(size).fill('"./middle.json5"').join(", ")}],\n  modle: 1,\n}\n`)(folder);
  };
}

/** `explain --error <text>` with 2026.9's rules, printed and redacted as the command prints it. */
function explainError(text) {
  const outcome = explainErrorText({ text, provider: undefined, target: "2026.9", config: undefined });
  const printed = new Redactor().redact(formatFailoverOutcome(outcome, text.replace(/\s+/g, " ").trim(), { color: false, provider: undefined }));
  return { reason: outcome.reason ?? null, printed: printed.length > 0 };
}

export const SCENARIOS = {
  "unknown-keys": (size) => checkRun(configFile(`{\n${lines(size, (i) => `  modle${i}: ${i},`)}}\n`)),
  "unknown-keys-json": (size) => checkRun(configFile(`{\n${lines(size, (i) => `  gatewey${i}: ${i},`)}}\n`), "json"),
  "duplicate-keys": (size) => checkRun(configFile(`{ env: { vars: {\n${lines(size, () => `    A: "x",`)}} } }\n`)),
  "unset-vars": (size) => checkRun(configFile(`{ env: { vars: {\n${lines(size, (i) => `    V${i}: "\${AGENTCFG_UNSET_${i}}",`)}} } }\n`)),
  "pem-headers": (size) => checkRun(configFile(`{\n  // ${"-----BEGIN RSA PRIVATE KEY----- ".repeat(size)}\n  modle: 1,\n}\n`)),
  "jwt-shapes": (size) => checkRun(configFile(`{\n  gateway: { auth: { token: "${"eyJ".repeat(size)}" } },\n  modle: 1,\n}\n`)),
  "include-list": (size) => checkRun(includeList(size)),
  "include-fan-out": (size) => checkRun(includeFanOut(size)),
  "explain-error": (size) => explainError("model not available ".repeat(size)),
};
