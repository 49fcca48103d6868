/**
 * @fileoverview A legacy flat `auth.json` (`{ "<provider>": credential }`)
 * becomes profiles `<provider>:default` in `auth-profiles.json`, one provider
 * per step. The credential is copied as written (OpenClaw's loader reads
 * `apiKey` as `key` and `mode` as `type`); `provider` is added, and a `type`
 * when the entry has none but its fields tell it. An entry whose type cannot
 * be told is left in auth.json. Once empty, auth.json is removed (the CLI keeps
 * it as auth.json.bak).
 */
import { SourceEditor } from "../../document/edit.js";
import { conflict, getAt, stringText, stuck } from "../helpers.js";
import type { AgentFolder, StateMigration, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.4";
const FLAT = "auth.json";
const PROFILES = "auth-profiles.json";

export const authJsonFlatStore: StateMigration = {
  target: "state",
  id: "auth-json-flat-store",
  retiredIn: RETIRED_IN,
  description: "Legacy flat auth.json → <provider>:default profiles in auth-profiles.json",
  detect(folder) {
    const flat = folder.files.get(FLAT);
    if (!flat || !isJsonObject(flat.value)) return [];
    return [
      {
        code: "legacy/auth-json-flat-store",
        path: [],
        skipSubtree: false,
        data: { key: FLAT, newHome: `${PROFILES} profiles["<provider>:default"]`, retiredIn: RETIRED_IN },
      },
    ];
  },
  apply(folder) {
    const flat = folder.files.get(FLAT)!;
    const store = flat.value as Record<string, unknown>;
    const providers = Object.keys(store);
    if (providers.length === 0) {
      folder.files.set(FLAT, undefined);
      return { kind: "changed", change: { kind: "removed", what: FLAT, state: "emptied" } };
    }
    const left: StepResult[] = [];
    for (const provider of providers) {
      const result = importProvider(folder, flat, provider);
      if (result.kind !== "stuck") return result;
      left.push(result);
    }
    return { kind: "stuck", manual: left.flatMap((r) => (r.kind === "stuck" ? r.manual : [])) };
  },
};

function credentialType(credential: Record<string, unknown>): string | undefined {
  if (typeof credential["type"] === "string" || typeof credential["mode"] === "string") return undefined;
  // The fields of each credential shape (auth-profiles.json): key → api_key, token → token, access/refresh → oauth.
  if ("key" in credential || "apiKey" in credential || "keyRef" in credential) return "api_key";
  if ("token" in credential || "tokenRef" in credential) return "token";
  if ("access" in credential || "refresh" in credential) return "oauth";
  return "";
}

function importProvider(folder: AgentFolder, flat: SourceEditor, provider: string): StepResult {
  const credential = getAt(flat.value, [provider]);
  const profileId = `${provider}:default`;
  const home = `${PROFILES} profiles[${JSON.stringify(profileId)}]`;
  if (!isJsonObject(credential)) return stuck(flat, [provider], home, "it is not a credential object.");
  const type = credentialType(credential);
  if (type === "") return stuck(flat, [provider], home, "its credential type (api_key, token or oauth) cannot be told from its fields.");
  let profiles = folder.files.get(PROFILES);
  if (!profiles) {
    profiles = new SourceEditor('{\n  "version": 1,\n  "profiles": {}\n}\n', `${folder.dir}/${PROFILES}`);
    folder.files.set(PROFILES, profiles);
  }
  if (getAt(profiles.value, ["profiles", profileId]) !== undefined) return conflict(flat, [provider], ["profiles", profileId], profiles);
  const taken = flat.take([provider]);
  profiles.insertMember(["profiles"], profileId, taken.value, { leading: taken.leading, trailing: taken.trailing });
  const at = ["profiles", profileId];
  if (!("provider" in credential)) profiles.insertMember(at, "provider", stringText(profiles, provider));
  if (type !== undefined) profiles.insertMember(at, "type", stringText(profiles, type));
  flat.removeMember([provider]);
  return { kind: "changed", change: { kind: "moved", from: FLAT, key: provider, to: home } };
}
