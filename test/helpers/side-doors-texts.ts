/**
 * @fileoverview The side-door classes that are no config (helpers/side-doors.ts
 * has those): a provider's error text with JSON inside, a credential store with
 * fields of any secret name, and credentials in the shapes real issuers use (a
 * pasted file name, pin, rule name or profile id), with the in-process outputs
 * each goes to.
 */
import fc from "fast-check";
import { explainErrorOutput } from "../../src/cli/commands/explain-run.js";
import { Redactor } from "../../src/secrets/redact.js";
import { collectStoreSecrets } from "../../src/secrets/store-secrets.js";
import { describeStateToSqlite, type StateToSqlitePlan } from "../../src/state/migrate-to-sqlite.js";
import { chars, DIGITS, LOWER, sideDoorName, sideDoorValue, UPPER } from "./side-doors.js";

/** A provider's error text with JSON inside: fields of secret names (mistyped or not) among ordinary ones. */
export interface ErrorCase {
  prefix: string;
  fields: { name: string; value: string; number: boolean }[];
  /** The JSON quoted once more (as a transcript line or a log carries it). */
  escaped: boolean;
}

const errorField = fc.record({
  name: fc.oneof(sideDoorName, fc.constantFrom("api_key", "password", "client_secret", "x-api-key", "Authorization")),
  value: fc.oneof(
    sideDoorValue("string")
      .filter((v) => !v.includes('"') && !v.includes("\\"))
      .map((value) => ({ value, number: false })),
    sideDoorValue("number").map((value) => ({ value, number: true })),
  ),
});

export const errorCase: fc.Arbitrary<ErrorCase> = fc.record({
  prefix: fc.constantFrom("401 Unauthorized", "400 Bad Request:", "upstream error", "429 rate limited, body=", ""),
  fields: fc.array(
    errorField.map((f) => ({ name: f.name, ...f.value })),
    { minLength: 1, maxLength: 3 },
  ),
  escaped: fc.boolean(),
});

/** The error text of a case, and the secrets in it. */
export function renderError(c: ErrorCase): { text: string; secrets: string[] } {
  const body: Record<string, unknown> = { error: { message: "Incorrect credentials", type: "invalid_request_error" } };
  for (const f of c.fields) body[f.name] = f.number ? Number(f.value) : f.value;
  const json = JSON.stringify(body);
  return { text: `${c.prefix} ${c.escaped ? JSON.stringify(json) : json}`.trim(), secrets: c.fields.map((f) => f.value) };
}

/** What `explain --error` prints for a text (both formats), in this process. */
export function errorOutputs(text: string): Record<string, string> {
  const input = { text, provider: "openai", target: "2026.9" as const, config: undefined };
  return {
    "explain --error": explainErrorOutput(input, false, false, new Redactor()),
    "explain --error --format json": explainErrorOutput(input, true, false, new Redactor()),
  };
}

/** A credential store whose profiles hold fields of any secret name (mistyped too) beside the usual ones. */
export const storeCase = fc.array(fc.record({ name: sideDoorName, value: sideDoorValue("string") }), { minLength: 1, maxLength: 4 });

/** What `migrate --to 2026.9 --state-dir` prints for such a store (the pretty plan), in this process. */
export function storeOutputs(fields: readonly { name: string; value: string }[]): Record<string, string> {
  const profile: Record<string, unknown> = { type: "oauth", provider: "corp", expires: 4_102_444_800_000 };
  for (const f of fields) profile[f.name] = f.value;
  const store = { version: 1, profiles: { "corp:default": profile } };
  const plan: StateToSqlitePlan = {
    agents: [
      {
        agentId: "main",
        dir: "agents/main/agent",
        dbPath: "agents/main/agent/openclaw-agent.sqlite",
        sources: ["auth-profiles.json"],
        store,
        state: undefined,
        action: "migrate",
      },
    ],
    diagnostics: [],
    stopped: false,
  } as StateToSqlitePlan;
  const redactor = new Redactor();
  collectStoreSecrets(JSON.stringify(store), redactor);
  return { "migrate --to 2026.9 --state-dir": redactor.redact(describeStateToSqlite(plan, "dry-run")) };
}

/** Credentials in the shapes real issuers use: what a pasted file name, pin, rule name or profile id is. */
export const shapedSecret = fc.oneof(
  chars(UPPER + LOWER + DIGITS, 24, 36).map((t) => `sk-ant-api03-${t}`),
  chars(UPPER + LOWER + DIGITS, 20, 32).map((t) => `sk-proj-${t}`),
  chars(UPPER + LOWER + DIGITS, 36, 36).map((t) => `ghp_${t}`),
  chars(UPPER + LOWER + DIGITS, 35, 35).map((t) => `AIza${t}`),
  chars(UPPER + LOWER + DIGITS, 20, 20).map((t) => `glpat-${t}`),
);
