/**
 * @fileoverview The redaction rules (src/secrets/rules.ts) as a table, both
 * sides: key names that say secret and those that do not; credential shapes
 * that are masked anywhere in a text, and the model ids, provider ids, URLs,
 * paths, hashes and names a user needs to see, which stay readable.
 */
import { describe, expect, it } from "vitest";
import { credentialSpans, looksLikeCredential, looksRandom } from "../src/secrets/detect.js";
import { isSecretKeyName, keyWords } from "../src/secrets/key-names.js";
import { REDACTED, Redactor } from "../src/secrets/redact.js";
import { CREDENTIAL_SHAPES } from "../src/secrets/rules.js";
import { sourceSecretSpans } from "../src/secrets/source-scan.js";

const SECRET_KEYS = [
  "apiKey",
  "api_key",
  "API_KEY",
  "ApiKey",
  "api-key",
  "x-api-key",
  "X-API-Key",
  "apikey",
  "APIKEY",
  "key",
  "Key",
  "keys",
  "token",
  "Token",
  "accessToken",
  "access_token",
  "refreshToken",
  "authToken",
  "AUTH_TOKEN",
  "GITHUB_TOKEN",
  "HF_TOKEN",
  "bearerToken",
  "secret",
  "clientSecret",
  "client_secret",
  "CLIENT-SECRET",
  "clientSecrets",
  "password",
  "Password",
  "DB_PASSWORD",
  "passwd",
  "pass",
  "pwd",
  "passphrase",
  "authorization",
  "Authorization",
  "Proxy-Authorization",
  "bearer",
  "credentials",
  "credential",
  "cookie",
  "Set-Cookie",
  "privateKey",
  "private_key",
  "OPENAI_API_KEY",
  "MOONSHOT_API_KEY",
  "AWS_SECRET_ACCESS_KEY",
  "X-Team-Key",
  "x-goog-api-key",
  "tls.key",
  "accesskey",
  "secretKey",
];
const PLAIN_KEYS = [
  "provider",
  "mode",
  "model",
  "models",
  "primary",
  "fallbacks",
  "baseUrl",
  "id",
  "name",
  "displayName",
  "email",
  "alias",
  "params",
  "tokenEnv",
  "apiKeyEnv",
  "keyFile",
  "keyPath",
  "tokenUrl",
  "apiKeyHelper",
  "AWS_ACCESS_KEY_ID",
  "keyId",
  "tokenType",
  "headerName",
  "mainKey",
  "sessionKey",
  "publicKey",
  "maxTokens",
  "contextWindow",
  "auth",
  "profiles",
  "order",
  "cooldowns",
  "keyboard",
  "monkey",
  "turkey",
  "bypass",
  "passthrough",
  "secretary",
  "",
  "keyRef",
  "tokenRef",
  "authMode",
  "api",
  "headers",
  "source",
  "secrets",
];

describe("key names", () => {
  it("splits names into words", () => {
    expect(keyWords("X-API-Key")).toEqual(["x", "api", "key"]);
    expect(keyWords("OPENAI_API_KEY")).toEqual(["openai", "api", "key"]);
    expect(keyWords("apiKeyHelper")).toEqual(["api", "key", "helper"]);
    expect(keyWords("HTTPProxyPassword")).toEqual(["http", "proxy", "password"]);
  });
  it.each(SECRET_KEYS)("%s says secret", (name) => expect(isSecretKeyName(name)).toBe(true));
  it.each(PLAIN_KEYS)("%s does not", (name) => expect(isSecretKeyName(name)).toBe(false));
});

/** Credentials (fake) in the shapes their issuers use, each masked in any text. */
const CREDENTIALS = [
  "sk-live-abcdef0123456789ABCDEF",
  "sk-proj-Zx81Kq0pLmN4vB7cX2sD9fG5hJ3kL1",
  "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
  "sk-or-v1-0123456789abcdef0123456789abcdef",
  "sk-0123456789abcdef0123456789abcdef",
  "sk_live_51Habc123XYZ789def456",
  "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
  "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
  "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
  "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
  "xoxp-123456789012-123456789012-1234567890123-abcdef",
  "glpat-AbCdEfGhIjKlMnOpQrSt",
  "AKIAIOSFODNN7EXAMPLE",
  "ASIAY34FZKBOKMUTVV7A",
  "hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  "gsk_AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  "xai-AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  "r8_AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
  "pypi-AgEIcHlwaS5vcmcCJGFiY2RlZjAxMjM0NTY3ODkw",
  "nvapi-AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  "pplx-AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  "SG.AbCdEfGhIjKlMnOpQr.StUvWxYz0123456789AbCd",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
  "-----BEGIN RSA PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END RSA PRIVATE KEY-----",
  "Zx81Kq0pLmN4vB7cX2sD9fG5hJ3kL1wQ",
  "mK3nP9qR2sT5vW8xZ1aB4cD7eF0gH6jL",
  "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6",
];
/** What a user needs to see: it must come out of redaction exactly as it went in. */
const READABLE = [
  "kimi/kimi-code",
  "moonshot/kimi-k2.5",
  "anthropic/claude-sonnet-4-6",
  "openai/gpt-5.4-mini",
  "claude-3-5-sonnet-20241022",
  "meta-llama/Llama-3.3-70B-Instruct-Turbo",
  "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8",
  "Qwen2VLForConditionalGeneration",
  "accounts/fireworks/models/llama-v3p1-405b-instruct",
  "us.anthropic.claude-sonnet-4-20250514-v1:0",
  "amazon-bedrock",
  "mistralai/Mixtral-8x22B-Instruct-v0.1",
  "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
  "gemini-2.5-flash-preview-05-20",
  "https://api.moonshot.ai/v1",
  "https://llm.corp.example/v1/chat/completions?model=gpt-4o&stream=true",
  "http://localhost:11434/v1",
  "/home/alice/.openclaw/agents/main/agent/auth-profiles.json",
  "C:\\Users\\Alice\\openclaw.json5",
  "fixtures/reporters/inputs/fallback-typo-and-secret.json5",
  "3f786850e387550fdab836ed7e6dc881de23001b",
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "sha512-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf",
  "550e8400-e29b-41d4-a716-446655440000",
  "kimi:default",
  "moonshot:backup",
  "MOONSHOT_API_KEY",
  "${MOONSHOT_API_KEY}",
  "authorization-bearer",
  "Bearer tokens are sent in the Authorization header",
  "agentcfg auth add --provider kimi --token-stdin",
  "schema/unknown-key",
  "agents.defaults.model.fallbacks",
  "A literal secret is written at env.OPENAI_API_KEY",
  "2026-04-13T14:00:00.000Z",
  "https://unpkg.com/agentcfg@0.1.0/docs/diagnostics.md#schema-unknown-key",
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "desk-organizer-0123456789",
  "task-runner-with-a-very-long-name-2026",
  "VeryLongCamelCaseIdentifierName",
  "gpt-4o-2024-08-06",
  "o3-mini-high",
];

describe("credential shapes", () => {
  it("every shape in rules.ts is exercised by the table", () => {
    for (const shape of CREDENTIAL_SHAPES)
      expect(
        CREDENTIALS.some((c) => new RegExp(shape.pattern.source).test(c)),
        shape.name,
      ).toBe(true);
  });
  const redactor = new Redactor();
  it.each(CREDENTIALS)("masks %s anywhere in a text", (secret) => {
    const out = redactor.redact(`before ${secret} after`);
    expect(out).toBe(`before ${REDACTED}${secret.includes("\n") ? "\n\n" : ""} after`);
    expect(redactor.redact(JSON.stringify({ secret }))).not.toContain(secret.slice(4, 20));
  });
  it.each(READABLE)("keeps %s readable", (text) => {
    expect(credentialSpans(text)).toEqual([]);
    expect(redactor.redact(text)).toBe(text);
  });
  it("looksRandom needs length, all three classes, frequent switches and entropy", () => {
    expect(looksRandom("Zx81Kq0pLmN4vB7cX2sD9fG5")).toBe(true);
    expect(looksRandom("Zx81Kq0pLmN4")).toBe(false);
    expect(looksRandom("abcdefghijklmnopqrstuvwxyz012345")).toBe(false);
    expect(looksRandom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef")).toBe(false);
    expect(looksLikeCredential("model gpt-5.4 is fine")).toBe(false);
  });
  it("masks URL userinfo and secret query parameters, keeping the rest of the URL", () => {
    expect(redactor.redact("http://bob:hunter22@proxy.corp:3128/x")).toBe(`http://${REDACTED}@proxy.corp:3128/x`);
    expect(redactor.redact("https://ghp_token_as_user@github.com/o/r")).toBe(`https://${REDACTED}@github.com/o/r`);
    expect(redactor.redact("https://api.example/v1?api_key=abc123&model=gpt&token=xyz789&sig=Zz9")).toBe(
      `https://api.example/v1?api_key=${REDACTED}&model=gpt&token=${REDACTED}&sig=${REDACTED}`,
    );
    expect(redactor.redact("https://api.example/v1?model=gpt-4o&stream=true")).toBe("https://api.example/v1?model=gpt-4o&stream=true");
  });
  it("masks the credential after Bearer and Basic, not the scheme", () => {
    expect(redactor.redact("Authorization: Bearer abc.def-123456")).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactor.redact("Basic dXNlcjpwYXNzd29yZA==")).toBe(`Basic ${REDACTED}`);
  });
});

describe("source text scan", () => {
  const spans = (text: string) => sourceSecretSpans(text).map((s) => text.slice(s.from, s.to));
  it.each([
    ['{ apiKey: "abc" }', ["abc"]],
    ["{ 'X-Auth-Token': 'tok-1', model: 'kimi/kimi-code' }", ["tok-1"]],
    ['{ apiKeys: ["a1", "b2"], other: ["c3"] }', ["a1", "b2"]],
    ['{ password: "p1", // token: hunter22\n mode: "x" }', ["p1", "hunter22"]],
    ['/* password = s3cret */ { key: "v" }', ["s3cret", "v"]],
    ['{ auth: { profiles: { "p:x": { provider: "p", apiKey: "sk-live-x" } } } }', ["sk-live-x"]],
    ['{ apiKey: "broken, \n mode: "x" }', ["broken, "]],
    ['{ apiKey: { source: "env", id: "X" } }', []],
    ['{ apiKey: { source: "exec", provider: "vault", id: "pasted-key" }, model: "m" }', ["pasted-key"]],
    ['{ credentials: { user: "bob", nested: { pass: "p2" } } }', ["bob", "p2"]],
    ['{ secrets: { providers: { vault: { source: "exec", command: "/bin/resolver", args: ["resolve"] } } } }', []],
    ['{ apiKey: { source: "file", path: "~/.keys.json", id: "/openai" }, env: { X: "v1", shellEnv: { mode: "login" } } }', ["v1"]],
    ['{ tokenEnv: "KIMI_TOKEN", maxTokens: 5, mainKey: "main" }', []],
    ['{ OPENAI_API_KEY: "${OPENAI_API_KEY}", apiKey: " ${X} " } // token: ${T}', []],
    ['{ "apiKey" /* c */ : "v1", bad bad "x" apiKey: "v2" ', ["v1", "v2"]],
  ])("%s", (text, expected) => expect(spans(text)).toEqual(expected));
});
