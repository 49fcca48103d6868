/**
 * @fileoverview The table of state fixtures: `fixtures/state/<name>.json` (an
 * auth-state.json or auth-profiles.json as found on disk) beside
 * `<name>.expected.json`, which says how to run the case (`operation`,
 * `kind`, `now`, `knownProfileIds`, `setup` of the state folder) and what must
 * come out: the diagnostics (code, severity, line, column, message) and the
 * resulting state. Adding a case is adding two files. `UPDATE_FIXTURES=1`
 * rewrites the expected diagnostics and results (review the diff!).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/types.js";
import { authStatePath, normalizeAuthState, parseAuthProfilesText, parseAuthStateText, updateAuthState, type AuthStateFile } from "../src/state/index.js";
import { ROOT, UPDATE } from "./fixture-files.js";
import { messageOf } from "./helpers/words.js";

interface StateFixture {
  kind?: "auth-state" | "auth-profiles";
  /** read: parse and check; normalize: read then normalize; update: the locked update that writes the normalized state. */
  operation: "read" | "normalize" | "update";
  now?: string;
  knownProfileIds?: string[];
  setup?: { symlinkOutside?: boolean; liveLock?: boolean; deadLock?: boolean; agentDirIsAFile?: boolean; stateFileIsAFolder?: boolean; lockTimeoutMs?: number };
  diagnostics: { code: string; severity: string; line: number; column: number; message: string }[];
  /** The state after the operation (normalize, update); null when the file is absent afterwards. */
  result?: unknown;
  credentials?: string[];
}

const DIR = join(ROOT, "fixtures", "state");
const CASES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((n) => n.endsWith(".json") && !n.endsWith(".expected.json"))
      .sort()
  : [];
const scratch = mkdtempSync(join(tmpdir(), "agentcfg-state-fixtures-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
}

/** Run-specific numbers (pids, waited time) replaced by placeholders so messages compare. */
function stable(message: string, pids: number[]): string {
  let out = message.replace(/after \d+(\.\d+)? s/g, "after <t> s");
  for (const pid of pids) out = out.split(String(pid)).join("<pid>");
  return out;
}

function rows(diagnostics: Diagnostic[], pids: number[]) {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    line: d.range.start.line,
    column: d.range.start.column,
    message: stable(messageOf(d), pids),
  }));
}

async function run(name: string, spec: StateFixture, text: string) {
  const file = name;
  const now = spec.now ? Date.parse(spec.now) : Date.now();
  if (spec.operation === "read" || spec.operation === "normalize") {
    const read = spec.kind === "auth-profiles" ? parseAuthProfilesText(text, file) : parseAuthStateText(text, file);
    const diagnostics = [...read.diagnostics];
    let result: unknown = read.value ?? null;
    if (spec.operation === "normalize" && read.value) {
      // A normalize case is always an auth-state.json.
      const normalized = normalizeAuthState(read.value as AuthStateFile, { now, file, doc: read.doc, knownProfileIds: spec.knownProfileIds });
      diagnostics.push(...normalized.diagnostics);
      result = normalized.state;
    }
    const credentials = "credentials" in read ? Object.keys(read.credentials) : undefined;
    return { diagnostics: rows(diagnostics, []), result, credentials };
  }

  const stateDir = join(scratch, name.replace(/\.json$/, ""));
  const path = authStatePath(stateDir, "main");
  const agentDir = join(path, "..");
  const pids = [process.pid];
  mkdirSync(join(agentDir, ".."), { recursive: true });
  if (spec.setup?.agentDirIsAFile) writeFileSync(agentDir, text);
  else {
    mkdirSync(agentDir, { recursive: true });
    if (spec.setup?.symlinkOutside) {
      const outside = join(scratch, `${name}.outside`);
      writeFileSync(outside, text);
      symlinkSync(outside, path);
    } else if (spec.setup?.stateFileIsAFolder) mkdirSync(path);
    else writeFileSync(path, text);
    const lockOwner = spec.setup?.liveLock ? process.pid : spec.setup?.deadLock ? deadPid() : undefined;
    if (lockOwner !== undefined) {
      pids.push(lockOwner);
      writeFileSync(`${path}.lock`, JSON.stringify({ pid: lockOwner, host: hostname(), createdAt: Date.now(), token: "fixture" }));
    }
  }
  const update = await updateAuthState(path, (draft) => normalizeAuthState(draft, { now, file: basename(path), knownProfileIds: spec.knownProfileIds }).state, {
    root: stateDir,
    displayName: basename(path),
    timeoutMs: spec.setup?.lockTimeoutMs ?? 5_000,
  });
  const result = update.ok && existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : update.ok ? null : undefined;
  return { diagnostics: rows(update.diagnostics, pids), result };
}

describe("fixtures/state", () => {
  it("has cases", () => expect(CASES.length).toBeGreaterThan(0));
  it.each(CASES)("%s", async (input) => {
    const expectedPath = join(DIR, input.replace(/\.json$/, ".expected.json"));
    const spec = JSON.parse(readFileSync(expectedPath, "utf8")) as StateFixture;
    const actual = await run(input, spec, readFileSync(join(DIR, input), "utf8"));
    if (UPDATE) {
      const updated: Record<string, unknown> = { ...spec, diagnostics: actual.diagnostics };
      if (actual.result !== undefined) updated["result"] = actual.result;
      if (actual.credentials !== undefined) updated["credentials"] = actual.credentials;
      writeFileSync(expectedPath, `${JSON.stringify(updated, null, 2)}\n`);
      return;
    }
    expect(actual.diagnostics).toEqual(spec.diagnostics);
    if (actual.result !== undefined || spec.result !== undefined) expect(actual.result).toEqual(spec.result);
    if (spec.credentials) expect(actual.credentials).toEqual(spec.credentials);
  });
});
