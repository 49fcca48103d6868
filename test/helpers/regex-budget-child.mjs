/**
 * @fileoverview The child process of regex-backtracks.test.ts. Run with
 * `--enable-experimental-regexp-engine-on-excessive-backtracks
 * --regexp-backtracks-before-fallback=<budget> --trace-experimental-regexp-engine`:
 * V8 then counts the backtracks of every regular expression run and prints a
 * line naming the expression when one run goes over the budget. This runs
 * every expression agentcfg applies to user text on adversarial texts of one
 * size; the parent sets the budget in proportion to that size and reads the lines.
 *
 * Usage: node <flags> regex-budget-child.mjs <size>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { credentialSpans } from "../../dist/secrets/detect.js";
import { sourceSecretSpans } from "../../dist/secrets/source-scan.js";
import { Redactor } from "../../dist/secrets/redact.js";
import { classifyFailoverDetail } from "../../dist/resolve/failover-classify.js";
import { patternMatches } from "../../dist/resolve/failover-pattern.js";
import { FAILOVER_RULES } from "../../dist/resolve/failover-rules.js";
import { CREDENTIAL_SHAPES, PEM_BEGIN, PEM_END, AUTH_SCHEME, URL_USERINFO, QUERY_PARAM, SECRET_REF_LOCATOR } from "../../dist/secrets/rules.js";
import { findEnvReferences } from "../../dist/document/env-refs.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const size = Number(process.argv[2]);

/** Every RegExp reachable from a value (the failover tables). */
function regexpsIn(value, found = new Set(), seen = new Set()) {
  if (value instanceof RegExp) found.add(value);
  else if (value !== null && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) regexpsIn(child, found, seen);
  }
  return found;
}

/** The pieces an expression is made of: its words, and the punctuation it names. */
function piecesOf(source) {
  const plain = source
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => ` ${String.fromCharCode(Number.parseInt(hex, 16))} `)
    .replace(/\\[bBsSdDwWpP](\{[^}]*\})?/g, " ")
    .replace(/\\(.)/g, " $1 ");
  const words = plain.match(/[\p{L}\p{N}_-]{2,}|[^\x00-\x7f]/gu) ?? [];
  const marks = plain.match(/[.:=/@?&;#$"'{}\-+_ ]/g) ?? [];
  return [...new Set([...words, ...marks, "a", "A1", " ", "\n"])];
}

/** Up to `limit` texts of about `size` characters that make a backtracking engine work hard on `source`'s pieces. */
function adversarial(source, limit) {
  const pieces = piecesOf(source);
  const words = pieces.filter((p) => p.length > 1);
  const fill = (unit) => (unit.length === 0 ? "" : unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
  const texts = new Set();
  // A word over and over (`eyJeyJeyJ…` for the JWT shape), then every word but the last, in order, over
  // and over (`a.*b.*c` with no `c`), then each word with a space.
  for (const p of words) texts.add(fill(p));
  for (let i = 1; i < words.length; i++) texts.add(fill(`${words.slice(0, i).join(" ")} `));
  for (const p of words) texts.add(fill(`${p} `));
  for (let i = 0; i + 1 < words.length; i++) texts.add(fill(`${words[i]}${words[i + 1]}`));
  for (const p of pieces) if (p.length === 1) texts.add(fill(`a${p}`));
  texts.add(`${fill("a")}!`);
  texts.add(`${fill("A1b2")}=`);
  return [...texts].slice(0, limit);
}

/** [expression, its texts, how it is applied to a text] */
const runsOf = [];
const add = (texts, apply) => runsOf.push([texts, apply]);

// The failover tables, as classification applies them (failover-pattern.ts), and classification as a
// whole (its own expressions besides the table's: statuses, JSON bodies, token limits).
const failover = [...regexpsIn(FAILOVER_RULES)];
for (const regexp of failover) add(adversarial(regexp.source, 10), (t) => patternMatches(regexp, t));
const classifyTexts = failover.flatMap((r) => adversarial(r.source, 1));
classifyTexts.push(...adversarial("tpm limit 30000 requested 45000 429 error: {\"error\": {\"code\": \"x\"}}", 20));
add(classifyTexts, (t) => classifyFailoverDetail(t, { target: "2026.9" }));

// The secrets scans: by shape, in any text (every output passes through them), and in config source.
const secretTexts = [...CREDENTIAL_SHAPES.map((s) => s.pattern), PEM_BEGIN, PEM_END, AUTH_SCHEME, URL_USERINFO, QUERY_PARAM].flatMap((r) => adversarial(r.source, 6));
secretTexts.push(...adversarial(`apiKey: token= // password: " ' \${A} [ ] { } ,`, 20));
add(secretTexts, (t) => credentialSpans(t));
add(secretTexts, (t) => new Redactor().redact(t));
add(secretTexts, (t) => sourceSecretSpans(`// ${t}\n{ apiKey: "${t}", token: ${t} }`));
add(adversarial(SECRET_REF_LOCATOR.source, 6), (t) => SECRET_REF_LOCATOR.test(t));
add(adversarial("${A_B} ${ $ { } :- = ? +", 12), (t) => findEnvReferences(t));

// Every pattern of both releases' config schemas, as the schema stage applies them.
const schemaPatterns = new Set();
for (const file of ["openclaw-2026.4.schema.json", "openclaw-2026.9.schema.json"]) {
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      if (typeof node.pattern === "string") schemaPatterns.add(node.pattern);
      Object.values(node).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, "schemas", file), "utf8")));
}
for (const pattern of schemaPatterns) {
  const regexp = new RegExp(pattern, "u");
  add(adversarial(pattern, 8), (t) => regexp.test(t));
}

let runs = 0;
// V8 names the expression of a run over the budget on stdout.
for (const [texts, apply] of runsOf) {
  for (const text of new Set(texts)) {
    apply(text);
    runs++;
  }
}
process.stderr.write(`RUNS ${runs} ${failover.length} ${schemaPatterns.size}\n`);
