/**
 * @fileoverview Which config values the Redactor masks: every literal key, and
 * a SecretRef id only when it is not a proper locator (env var name, pointer).
 */
import { describe, expect, it } from "vitest";
import { collectConfigSecrets } from "../src/secrets/collect.js";
import { REDACTED, Redactor } from "../src/secrets/redact.js";

describe("collectConfigSecrets", () => {
  const config = {
    env: { MOONSHOT_API_KEY: "sk-env-000001", vars: { OTHER: "sk-vars-000002" }, shellEnv: { enabled: true } },
    models: {
      providers: {
        a: {
          apiKey: "sk-apikey-000003",
          headers: { Authorization: "Bearer sk-header-000004", X: { source: "env", provider: "default", id: "HEADER_VAR" } },
          request: {
            auth: { mode: "authorization-bearer", token: { source: "exec", provider: "vault", id: "sk-pasted-000005" } },
            proxy: { mode: "explicit-proxy", url: "http://user:pw-000006@proxy:8080" },
          },
          models: [],
        },
      },
    },
  };
  const redactor = new Redactor();
  collectConfigSecrets(config, redactor);

  it.each(["sk-env-000001", "sk-vars-000002", "sk-apikey-000003", "Bearer sk-header-000004", "sk-pasted-000005", "user:pw-000006"])("masks %s", (secret) => {
    expect(redactor.redact(`before ${secret} after`)).toBe(`before ${REDACTED} after`);
    expect(redactor.redact(JSON.stringify({ secret }))).not.toContain(secret);
  });

  it("keeps env var names given as SecretRef ids readable", () => {
    expect(redactor.redact("set HEADER_VAR")).toBe("set HEADER_VAR");
  });
});
