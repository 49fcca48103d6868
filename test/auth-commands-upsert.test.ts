/**
 * @fileoverview The config edit behind `auth add`: `upsertAuthProfile` sets
 * `auth.profiles[id] = {provider, mode}` as a text edit — comments, layout,
 * key quoting and string quotes kept; `auth`/`profiles` created when
 * missing; an existing entry keeps its other fields; a value that is not an
 * object is never replaced.
 */
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { upsertAuthProfile } from "../src/document/edit-upsert.js";

const KIMI = { provider: "kimi", mode: "api_key" };

function upsert(text: string, id = "kimi:backup", fields = KIMI) {
  const result = upsertAuthProfile(text, "openclaw.json5", id, fields);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("upsertAuthProfile", () => {
  it("appends after the last profile, in the file's style, keeping every comment", () => {
    const text = "{\n  // keys\n  auth: {\n    profiles: {\n      'kimi:default': { provider: 'kimi', mode: 'api_key' }, /* first */\n    },\n  },\n}\n";
    const result = upsert(text);
    expect(result).toMatchObject({ changed: true, created: true });
    expect(result.text).toBe(
      "{\n  // keys\n  auth: {\n    profiles: {\n      'kimi:default': { provider: 'kimi', mode: 'api_key' }, /* first */\n      'kimi:backup': { provider: 'kimi', mode: 'api_key' },\n    },\n  },\n}\n",
    );
  });

  it("creates auth and profiles when missing, with CRLF line ends and tabs as the file has them", () => {
    const text = '{\r\n\t"agents": {}\r\n}\r\n';
    const result = upsert(text);
    expect(result.text).toBe(
      '{\r\n\t"agents": {},\r\n\t"auth": {\r\n\t\t"profiles": {\r\n\t\t\t"kimi:backup": { "provider": "kimi", "mode": "api_key" }\r\n\t\t}\r\n\t}\r\n}\r\n',
    );
    expect(JSON5.parse(result.text)).toEqual({ agents: {}, auth: { profiles: { "kimi:backup": KIMI } } });
  });

  it("changes only the fields that differ in an existing entry, keeping the others and their comments", () => {
    const text =
      '{\n  auth: {\n    profiles: {\n      "kimi:backup": {\n        provider: "kimi", // same\n        mode: "token", // was a token\n        email: "me@example.com",\n      },\n    },\n  },\n}\n';
    const result = upsert(text);
    expect(result).toMatchObject({ changed: true, created: false });
    expect(result.text).toBe(text.replace('mode: "token"', 'mode: "api_key"'));
  });

  it("reports no change when the entry already says the same", () => {
    const text = '{ auth: { profiles: { "kimi:backup": { provider: "kimi", mode: "api_key" } } } }\n';
    expect(upsert(text)).toEqual({ ok: true, text, changed: false, created: false });
  });

  it("adds a missing field to an existing entry", () => {
    const result = upsert('{ auth: { profiles: { "kimi:backup": { provider: "kimi" } } } }\n');
    expect(JSON5.parse(result.text)).toEqual({ auth: { profiles: { "kimi:backup": KIMI } } });
  });

  it("never replaces a value that is not an object", () => {
    for (const [text, where] of [
      ["{ auth: null }\n", "auth"],
      ['{ auth: { profiles: ["kimi:backup"] } }\n', "auth.profiles"],
      ['{ auth: { profiles: { "kimi:backup": "kimi" } } }\n', 'auth.profiles["kimi:backup"]'],
    ] as const) {
      const result = upsertAuthProfile(text, "openclaw.json5", "kimi:backup", KIMI);
      expect(result).toMatchObject({ ok: false, reason: `${where} is not an object` });
    }
  });
});
