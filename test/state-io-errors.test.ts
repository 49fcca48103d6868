/**
 * @fileoverview How a failure is told apart and worded (src/state/io-errors.ts):
 * only a damaged database is "move it aside"; a busy, full or read-only one
 * is an I/O problem whose store is intact; a lock that cannot be made is a
 * StateLockError carrying `state/write-failed` (never a raw fs error, which
 * the CLI would print as "internal error"). The mount-based proofs are in
 * io-failures.e2e.test.ts; these run anywhere.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { wordDiagnostic } from "../src/diagnostics/word.js";
import { agentDatabasePath, openAgentStore, StateLockError, withLock } from "../src/state/index.js";
import { classifySqliteError, fsFailure } from "../src/state/io-errors.js";

const base = mkdtempSync(join(tmpdir(), "agentcfg-io-errors-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("classifySqliteError", () => {
  it("calls a database damaged only when SQLite says it is not one or is corrupt", () => {
    expect(classifySqliteError(Object.assign(new Error("file is not a database"), { errcode: 26 }), base).kind).toBe("damaged");
    expect(classifySqliteError(Object.assign(new Error("database disk image is malformed"), { errcode: 11 }), base).kind).toBe("damaged");
  });

  it("calls busy, full and read-only I/O problems, the store intact", () => {
    const busy = classifySqliteError(Object.assign(new Error("database is locked"), { errcode: 5 }), base);
    expect(busy).toMatchObject({ kind: "io", intact: true });
    expect(busy.kind === "io" && busy.reason).toContain("locked by another process");
    const full = classifySqliteError(Object.assign(new Error("database or disk is full"), { errcode: 13 }), join(base, "x.sqlite"));
    expect(full).toMatchObject({ kind: "io", reason: "no space left on the device", intact: true });
    const readOnly = classifySqliteError(Object.assign(new Error("attempt to write a readonly database"), { errcode: 8 }), join(base, "x.sqlite"));
    expect(readOnly).toMatchObject({ kind: "io", reason: "the file system is read-only" });
  });

  it("words a node:fs error with its cause and advice", () => {
    expect(fsFailure(Object.assign(new Error("x"), { code: "ENOSPC" }))).toMatchObject({ reason: "no space left on the device", intact: true });
    expect(fsFailure(Object.assign(new Error("x"), { code: "EROFS" })).advice).toMatch(/Remount it read-write/);
    expect(fsFailure(Object.assign(new Error("x"), { code: "EISDIR" })).intact).toBe(false);
  });
});

describe("a damaged SQLite store", () => {
  it("is state/invalid-file with the advice to move it aside", () => {
    const stateDir = join(base, "damaged");
    const path = agentDatabasePath(stateDir, "main");
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "this is not a database, just text that is long enough to have a header ".repeat(20));
    const read = openAgentStore(stateDir, "main").readProfiles();
    expect(read.usable).toBe(false);
    const invalid = read.diagnostics.find((d) => d.code === "state/invalid-file");
    expect(invalid).toBeDefined();
    expect(wordDiagnostic(invalid!).hint).toContain("move it aside");
  });
});

describe("withLock when the lock cannot be made", () => {
  it("throws StateLockError with state/write-failed naming the lock, and leaves no temp file", async () => {
    const dir = join(base, "lock");
    mkdirSync(dir);
    // A file where the lock's folder should be: ENOTDIR, whoever runs the test (root too).
    writeFileSync(join(dir, "agent"), "a file, not a folder");
    const file = join(dir, "agent", "auth-state.json");
    let caught: unknown;
    try {
      await withLock(file, () => "never", { displayName: "auth-state.json" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StateLockError);
    const diagnostic = (caught as StateLockError).diagnostic;
    expect(diagnostic.code).toBe("state/write-failed");
    expect(wordDiagnostic(diagnostic).message).toContain("its lock file auth-state.json.lock could not be created");
    expect(readdirSync(dir)).toEqual(["agent"]);
  });
});
