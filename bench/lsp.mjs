#!/usr/bin/env node
/**
 * @fileoverview `npm run bench:lsp`: how fast `agentcfg lsp` answers, against
 * the process a user would otherwise run, in the same run.
 *   - open: from `didOpen` of a typical config to its published diagnostics
 *     (target ≤ 200 ms), the server already running;
 *   - 1 MB re-check: from a `didChange` of a 1 MB config to its diagnostics
 *     (debounce set to 0), against `agentcfg check` of the same file as a
 *     process (target: ratio < 1).
 *   - big documents (issue 32): a 50 MB `didOpen`, then a keystroke in a
 *     10 MB buffer, each followed by a hover: the time until the hover is
 *     answered (over the live-check limit nothing is checked, so a request
 *     never waits behind a check of the whole buffer).
 * Needs `npm run build` first. `--smoke` runs once at tiny sizes.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { largeConfigText, typicalConfigText } from "./generate.mjs";
import { interleave, median, processContender, verdictRow } from "./harness.mjs";
import { BIN, ROOT, scratch } from "./suites.mjs";

const smoke = process.argv.includes("--smoke");
const runs = smoke ? 1 : 11;
const bigBytes = smoke ? 10_000 : 1_000_000;

async function startServer() {
  const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"], cwd: ROOT });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const done = waiting.get(params.uri);
    if (!done) return;
    waiting.delete(params.uri);
    done(performance.now());
  });
  connection.listen();
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification("initialized", {});
  const published = (uri) => new Promise((done) => waiting.set(uri, done));
  return {
    async open(path, text) {
      const uri = pathToFileURL(path).href;
      const seen = published(uri);
      const started = performance.now();
      await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json5", version: 1, text } });
      return (await seen) - started;
    },
    async change(path, text, version) {
      const uri = pathToFileURL(path).href;
      const seen = published(uri);
      const started = performance.now();
      await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      return (await seen) - started;
    },
    /** Sends `notification` and at once a hover; resolves with the ms until the hover's reply. */
    async thenHover(path, method, params) {
      const uri = pathToFileURL(path).href;
      const started = performance.now();
      void connection.sendNotification(method, params);
      await connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 3 } });
      return performance.now() - started;
    },
    async stop() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      connection.dispose();
    },
  };
}

const tmp = scratch();
try {
  const server = await startServer();
  const typical = typicalConfigText();
  const opens = [];
  // The first open pays for loading the checker; a user opens many files in one session.
  for (let i = 0; i <= runs; i++) opens.push(await server.open(join(tmp.dir, `typical-${i}.json5`), typical));
  const first = opens.shift();
  console.log(
    `lsp open → diagnostics, typical config: first ${first.toFixed(1)} ms (loads the checker), then median ${median(opens).toFixed(1)} ms of ${opens.length} (target ≤ 200 ms${median(opens) <= 200 && first <= 200 ? ": met" : ""})`,
  );

  const big = largeConfigText(bigBytes);
  const bigPath = join(tmp.dir, "big.json5");
  writeFileSync(bigPath, big);
  await server.open(bigPath, big);
  const rechecks = [];
  for (let i = 0; i < runs; i++) rechecks.push(await server.change(bigPath, i % 2 === 0 ? `${big} ` : big, i + 2));
  const cli = interleave({ check: processContender([process.execPath, BIN, "check", bigPath], { cwd: ROOT }) }, runs);
  const value = median(rechecks);
  const row = verdictRow({
    name: `lsp re-check, ${(bigBytes / 1e6).toFixed(2)} MB, vs check`,
    value,
    baseline: cli.check,
    unit: "ms",
    ratio: value / cli.check,
    target: 1,
  });
  console.log(row.text);

  for (const mb of smoke ? [1] : [50, 10]) {
    const line = '    VAR_xxxxxxxx: "value-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",\n';
    const text = `{\n  env: { vars: {\n${line.repeat(Math.floor((mb * 1048576) / line.length))}  } },\n}\n`;
    const path = join(tmp.dir, `huge-${mb}.json5`);
    const uri = pathToFileURL(path).href;
    const opened = await server.thenHover(path, "textDocument/didOpen", { textDocument: { uri, languageId: "json5", version: 1, text } });
    const keystrokes = [];
    for (let i = 0; i < 5; i++) {
      const edit = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: " " };
      keystrokes.push(await server.thenHover(path, "textDocument/didChange", { textDocument: { uri, version: i + 2 }, contentChanges: [edit] }));
    }
    console.log(
      `lsp ${mb} MB buffer: open → hover answered ${opened.toFixed(0)} ms; keystroke → hover answered, median ${median(keystrokes).toFixed(0)} ms of 5`,
    );
  }
  await server.stop();
} finally {
  tmp.dispose();
}
