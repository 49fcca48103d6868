/**
 * @fileoverview Issue 32, "secrets through side doors": one table case per
 * class, so that a regression names what broke. In this process: a mistyped
 * secret key (`apiKye`, `tokne`, in an included file too), an escaped key
 * (`"api\u004Bey"`), a bare word and a number after a secret key, `, oops`
 * after an escaped key — through check (every format), --print-config,
 * compile --out, the inspect payload and the LSP workspace; JSON inside a
 * provider's error; store fields of any secret name; a profile id that looks
 * like a key. Through the built CLI: every echo path (sessions clear-pin's old
 * pin, `--rule`, a file name in explain, compile, inspect and migrate, the
 * transcripts' and `--error`'s texts, migrate --to 2026.9 --state-dir in both
 * formats, auth add refusing a pasted profile id). The generated cases are in
 * test/property/secrets-side-doors.test.ts.
 */
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { oneTypoApart } from "../src/diagnostics/did-you-mean.js";
import { profileIdLooksSecret } from "../src/operations/auth-add.js";
import { isNearMissKeyName, isSecretKeyName } from "../src/secrets/key-names.js";
import { collectConfigSecrets, collectTextSecrets } from "../src/secrets/collect.js";
import { Redactor } from "../src/secrets/redact.js";
import { sessionsJsonPath } from "../src/state/sessions-store.js";
import { ROOT } from "./fixture-files.js";
import { expectNoLeak, fullOutputs, quickOutputs, renderConfig, writeConfigCase, type ConfigCase } from "./helpers/side-doors.js";
import { errorOutputs, storeOutputs } from "./helpers/side-doors-texts.js";
import { CLI } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "agentcfg-side-doors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a near miss of a secret key name is secret", () => {
  it.each([
    "apiKye",
    "tokne",
    "toekn",
    "pasword",
    "passwrod",
    "clientSecert",
    "X-Api-Kye",
    "db_pasword",
    "acessTokne",
    "credentails",
    "authorisation",
    "privteKey",
  ])("%s", (name) => expect(isSecretKeyName(name)).toBe(true));
  it.each(["maxTokens", "tools", "broken", "spoken", "pid", "keg", "taken", "passed", "mode", "model", "port", "tone", "keyFile", "tokenEnv", "onepassword"])(
    "%s stays readable",
    (name) => expect(isSecretKeyName(name)).toBe(false),
  );
  it("one typo: a letter changed, added, dropped, or two neighbours swapped", () => {
    expect([oneTypoApart("tokne", "token"), oneTypoApart("tken", "token"), oneTypoApart("tokenn", "token"), oneTypoApart("tokem", "token")]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([oneTypoApart("token", "token"), oneTypoApart("tools", "token"), oneTypoApart("spoken", "token"), oneTypoApart("oktne", "token")]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it("no key of the published schemas becomes secret by a near miss", () => {
    const names = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) {
          if (k === "properties" && x !== null && typeof x === "object") for (const n of Object.keys(x)) names.add(n);
          walk(x);
        }
    };
    const schemas = readdirSync(join(ROOT, "schemas")).filter((f) => f.endsWith(".schema.json"));
    for (const file of schemas) walk(JSON.parse(readFileSync(join(ROOT, "schemas", file), "utf8")));
    expect(names.size).toBeGreaterThan(500);
    expect([...names].filter(isNearMissKeyName)).toEqual([]);
  });
});

const base = { kind: "string", place: "provider", breakage: "none", quoteKey: false } as const;
const CONFIG_TABLE: { what: string; c: ConfigCase }[] = [
  { what: "a mistyped apiKey", c: { ...base, written: "apiKye", name: "apiKye", value: "hunter2-near-miss" } },
  { what: "a mistyped token", c: { ...base, written: "tokne", name: "tokne", value: "s3cr3t-Tokne-value" } },
  { what: "a mistyped key in an included file", c: { ...base, place: "include", written: "apiKye", name: "apiKye", value: "included-Kye-9876" } },
  { what: "an escaped key", c: { ...base, quoteKey: true, written: "api\\u004Bey", name: "apiKey", value: "escaped-key-value" } },
  {
    what: "an escaped key, then `, oops`",
    c: { ...base, place: "top", quoteKey: true, breakage: "oops", written: "api\\u004Bey", name: "apiKey", value: "escaped-oops-4321" },
  },
  { what: "an escaped bare key", c: { ...base, written: "tok\\u0065n", name: "token", value: "bare-escaped-555" } },
  { what: "a bare word on a line json5 refuses", c: { ...base, place: "top", kind: "bare", written: "password", name: "password", value: "hunter2bare" } },
  { what: "a bare word with symbols", c: { ...base, place: "nested", kind: "bare", written: "password", name: "password", value: "p@ss!w0rd" } },
  { what: "a numeric password", c: { ...base, place: "gateway", kind: "number", written: "password", name: "password", value: "31415926535" } },
  {
    what: "a numeric secret under a mistyped key, line broken",
    c: { ...base, place: "top", kind: "number", breakage: "drop-comma", written: "pasword", name: "pasword", value: "27182818284" },
  },
];

describe("config classes, in this process: check (every format), --print-config, compile --out, inspect, the LSP", () => {
  it.each(CONFIG_TABLE)("$what", ({ what, c }) => {
    const caseDir = mkdtempSync(join(dir, "table-"));
    const entry = writeConfigCase(caseDir, c);
    const { entry: text, included } = renderConfig(c);
    const outputs = { ...fullOutputs(entry, text), ...quickOutputs(text), ...(included ? quickOutputs(included) : {}) };
    expectNoLeak(outputs, [c.value], what);
    // The value was there to hide: the frame (redactSource) shows the mask where it stood.
    expect(outputs["code frame (redactSource)"]).toContain(`: ${c.kind === "string" ? '"‹redacted›"' : "‹redacted›"}`);
  });
});

describe("masked where it stands, not everywhere (issue 31)", () => {
  it("a bare word, a number or a value under a mistyped key is masked everywhere only when it looks like a credential", () => {
    const text = `{\n  apiKye: "corp-chat",\n  tokne: "sk-proj-LOOKSlikeAkey1234567890",\n  gateway: { auth: { password: 18789 } },\n  password: hunter2\n}\n`;
    const redactor = new Redactor();
    collectTextSecrets(text, redactor);
    collectConfigSecrets({ apiKye: "corp-chat", gateway: { auth: { password: 18789 } } }, redactor);
    // Where they stand: masked.
    const frame = redactor.redactSource(text).text;
    for (const value of ["corp-chat", "sk-proj-LOOKSlikeAkey1234567890", "18789", "hunter2"]) expect(frame).not.toContain(value);
    // Elsewhere (a model id, a port, a word in a message): readable, but the credential-looking one.
    expect(redactor.redact("model corp-chat on port 18789; hunter2 is a word")).toBe("model corp-chat on port 18789; hunter2 is a word");
    expect(redactor.redact("sk-proj-LOOKSlikeAkey1234567890")).toBe("‹redacted›");
  });
});

describe("JSON inside an error text, store fields of any secret name, a profile id that is a key", () => {
  it("explain --error masks secret-named fields of quoted JSON, plain and escaped, strings and numbers", () => {
    const text = `401 {"error":{"message":"bad key"},"api_key":"sk-live-aaaa1111","password":"pw-hunter-22","passwd":31415926535,"apiKye":"near-miss-33"} {\\"token\\":\\"esc-token-44\\"}`;
    const outputs = errorOutputs(text);
    expectNoLeak(outputs, ["sk-live-aaaa1111", "pw-hunter-22", "31415926535", "near-miss-33", "esc-token-44"], "explain --error");
    // What says what went wrong stays readable.
    expect(outputs["explain --error"]).toContain('"message":"bad key"');
  });
  it("redactForeign leaves ordinary fields alone", () => {
    expect(new Redactor().redactForeign('{"model":"gpt-5","key":"abc123456","n":42}')).toBe('{"model":"gpt-5","key":"‹redacted›","n":42}');
  });
  it("migrate --to 2026.9 --state-dir masks clientSecret, password and a mistyped secret field", () => {
    const fields = [
      { name: "clientSecret", value: "client-secret-XYZ" },
      { name: "password", value: "pw-value-98765" },
      { name: "refreshTokne", value: "near-miss-refresh-1" },
    ];
    const outputs = storeOutputs(fields);
    expectNoLeak(
      outputs,
      fields.map((f) => f.value),
      "store fields",
    );
    expect(outputs["migrate --to 2026.9 --state-dir"]).toContain("clientSecret=‹redacted›");
  });
  it("a profile id that looks like a key, or holds the secret, is refused; ordinary ids are not", () => {
    expect(profileIdLooksSecret("sk-ant-api03-PASTEDpasted1234567890abcdEF")).toBe(true);
    expect(profileIdLooksSecret("kimi:hunter2pass", "hunter2pass")).toBe(true);
    expect(profileIdLooksSecret("kimi:default")).toBe(false);
    expect(profileIdLooksSecret("openai:work-2026", "sk-other-value")).toBe(false);
  });
});

interface Run {
  args: string[];
  stdout: string;
  stderr: string;
  status: number | null;
}

function runAsync(args: string[], env: Record<string, string>, input = ""): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdin.end(input);
    child.on("close", (status) => done({ args, stdout, stderr, status }));
  });
}

const CLASSES = { nearMiss: "near-miss-Kye-2468", escaped: "escaped-tok-1357", number: "31415926535", bare: "hunter2bare", oops: "escaped-oops-9753" };
const PIN = "sk-ant-api03-PINpinPINpin1234567890abcdEFgh";
const FILE_KEY = "sk-proj-FILEnameFILEname12345678";
const RULE_KEY = "ghp_RULEruleRULEruleRULErule1234567890";
const PROFILE_KEY = "sk-ant-api03-PROFILEprofile1234567890abcd";
const TRANSCRIPT = { api: "transcript-api-key-1", password: "transcript-pw-2" };
const ERROR = { api: "error-api-key-3", password: "error-pw-4" };
const STORE = { clientSecret: "store-client-secret-5", password: "store-password-6" };

describe("every echo path, through the built CLI", () => {
  it("masks the pin, the rule flag, file names, error texts and store fields; refuses a pasted profile id", { timeout: 120_000 }, async () => {
    const root = mkdtempSync(join(dir, "cli-"));
    cpSync(join(ROOT, "fixtures", "sessions", "seed-user-pin"), root, { recursive: true });
    const config = join(root, "openclaw.json5");
    const stateDir = join(root, "state");
    const env = { OPENCLAW_CONFIG_PATH: config, OPENCLAW_STATE_DIR: stateDir };
    // The seed session pinned to a profile id that is a pasted key; a transcript error with JSON inside.
    const sessions = sessionsJsonPath(stateDir, "main");
    writeFileSync(sessions, readFileSync(sessions, "utf8").replaceAll('"kimi:backup"', JSON.stringify(PIN)));
    const transcript = join(stateDir, "agents", "main", "sessions", "seed-4242.jsonl");
    const error = `401 {"error":{"message":"invalid"},"api_key":"${TRANSCRIPT.api}","password":"${TRANSCRIPT.password}"}`;
    appendFileSync(
      transcript,
      `${JSON.stringify({ type: "message", id: "e9", parentId: "u3", timestamp: "2026-04-13T14:05:00.000Z", message: { role: "assistant", content: [], provider: "kimi", model: "kimi-code", stopReason: "error", timestamp: 1776089100000, errorMessage: error } })}\n`,
    );
    // A config named by a key (a copy of the seed's), and a state folder with an old store holding fields of any name.
    const named = join(root, `${FILE_KEY}.json5`);
    cpSync(config, named);
    const oldState = join(root, "old-state");
    mkdirSync(join(oldState, "agents", "main", "agent"), { recursive: true });
    writeFileSync(
      join(oldState, "agents", "main", "agent", "auth-profiles.json"),
      JSON.stringify({
        version: 1,
        profiles: { "corp:default": { type: "oauth", provider: "corp", access: "acc-1234567", refresh: "ref-1234567", ...STORE, expires: 4102444800000 } },
      }),
    );
    // The config classes together: a mistyped key, an escaped one, a number (valid JSON5); a bare word (broken).
    const classes = join(root, "classes.json5");
    writeFileSync(
      classes,
      `{\n  agents: { defaults: { model: { primary: "kimi/kimi-code" } } },\n  models: { providers: { moonshot: { baseUrl: "https://api.moonshot.ai/v1", apiKye: "${CLASSES.nearMiss}", "tok\\u0065n": "${CLASSES.escaped}", models: [] } } },\n  gateway: { auth: { password: ${CLASSES.number} } },\n}\n`,
    );
    const broken = join(root, "broken.json5");
    writeFileSync(broken, `{\n  password: ${CLASSES.bare}\n  "api\\u004Bey": "${CLASSES.oops}", oops\n}\n`);
    const now = ["--now", "2026-04-13T14:10:00Z"];
    const commands: { args: string[]; input?: string }[] = [
      { args: ["check", classes, "--print-config"] },
      { args: ["check", classes, "--format", "sarif"] },
      { args: ["inspect", classes, "--html", join(root, "classes.html"), ...now] },
      { args: ["check", broken, "--format", "json"] },
      { args: ["explain", config, ...now] },
      { args: ["explain", config, "--format", "json", ...now] },
      { args: ["explain", "--config", config, "--error", `401 {"api_key":"${ERROR.api}","password":"${ERROR.password}"}`] },
      { args: ["explain", "--config", config, "--error", `401 {"api_key":"${ERROR.api}","password":"${ERROR.password}"}`, "--format", "json"] },
      { args: ["explain", named, ...now] },
      { args: ["compile", named, "--dry-run", ...now] },
      { args: ["inspect", named, "--html", join(root, "page.html"), ...now] },
      { args: ["migrate", named] },
      { args: ["check", config, "--rule", `${RULE_KEY}=off`] },
      { args: ["migrate", "--to", "2026.9", "--state-dir", oldState] },
      { args: ["migrate", "--to", "2026.9", "--state-dir", oldState, "--format", "json"] },
      { args: ["auth", "add", config, "--provider", "kimi", "--profile-id", PROFILE_KEY, "--token-stdin"], input: "sk-kimi-new-secret-1234567\n" },
    ];
    const configBefore = readFileSync(config, "utf8");
    const runs: Run[] = [];
    for (let i = 0; i < commands.length; i += 2) runs.push(...(await Promise.all(commands.slice(i, i + 2).map((c) => runAsync(c.args, env, c.input)))));
    // Last: clearing the pin prints the old one.
    runs.push(await runAsync(["sessions", "clear-pin", "agent:main:telegram:direct:4242"], env));

    const outputs: Record<string, string> = {};
    for (const r of runs) {
      expect(r.stdout + r.stderr, r.args.join(" ")).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
      outputs[r.args.join(" ")] = r.stdout + r.stderr;
    }
    outputs["inspect --html (page)"] = readFileSync(join(root, "page.html"), "utf8");
    outputs["inspect --html (classes page)"] = readFileSync(join(root, "classes.html"), "utf8");
    expectNoLeak(
      outputs,
      [...Object.values(CLASSES), PIN, FILE_KEY, RULE_KEY, PROFILE_KEY, ...Object.values(TRANSCRIPT), ...Object.values(ERROR), ...Object.values(STORE)],
      "echo paths",
    );

    // Each command did the work whose output was searched.
    const of = (prefix: string) => runs.find((r) => r.args.join(" ").startsWith(prefix))!;
    expect(of("sessions clear-pin").status).toBe(0);
    expect(of("sessions clear-pin").stdout).toContain("(was ‹redacted›)");
    expect(of(`explain ${config} --now`).stdout).toContain('"message":"invalid"');
    expect(of(`check ${config} --rule`).status).toBe(2);
    expect(of(`check ${classes} --print-config`).stdout).toContain("‹redacted›");
    expect(of(`check ${broken}`).stdout).toContain("parse/syntax-error");
    expect(of("migrate --to 2026.9 --state-dir").stdout).toContain("clientSecret=‹redacted›");
    const add = of("auth add");
    expect(add.status).toBe(2);
    expect(add.stderr).toContain("--profile-id looks like a key or token");
    // Nothing written: the config as it was, no new store entry.
    expect(readFileSync(config, "utf8")).toBe(configBefore);
    expect(readFileSync(join(stateDir, "agents", "main", "agent", "auth-profiles.json"), "utf8")).not.toContain("sk-kimi-new-secret");
    expect(existsSync(join(root, "page.html"))).toBe(true);
  });
});
