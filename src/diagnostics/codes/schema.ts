/**
 * @fileoverview Codes of the schema stage: the config's shape against the Zod
 * schemas (keys, types, enums, bounds, required keys).
 */
import { defineCode, orList, q } from "../define.js";

/**
 * Where an unknown key whose name says secret was written: in an auth profile (whose
 * provider and id the hint can name), or anywhere else.
 */
export type SecretKeyPlace = { in: "auth-profile"; profileId: string; provider: string | undefined } | { in: "elsewhere" };

/** A name as a shell word: bare when it is plainly one, else quoted. */
function word(text: string): string {
  return /^[A-Za-z0-9:._@/-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** Where a secret belongs instead of the config: the credential store, or a `${VAR}` reference. */
function secretHome(place: SecretKeyPlace): string {
  const add =
    place.in === "auth-profile"
      ? `agentcfg auth add --provider ${place.provider !== undefined ? word(place.provider) : "<provider>"} --profile-id ${word(place.profileId)} --token-stdin`
      : "agentcfg auth add --provider <provider> --profile-id <id> --token-stdin";
  return (
    `A secret does not belong here, and OpenClaw refuses the key: store it with \`${add}\` (read from stdin, kept in the agent's auth-profiles.json), ` +
    'or for a custom provider write models.providers.<id>.apiKey: "${VAR}" and set VAR in the environment. Then remove the key (and rotate the secret if this file was shared).'
  );
}

export const schemaCodes = {
  "schema/unknown-key": defineCode<{ key: string; where: string; suggestion: string | undefined; known: readonly string[]; secret?: SecretKeyPlace }>({
    severity: "error",
    // The hint of a key whose name says secret (apiKey, token, …) says where a secret belongs instead.
    doc: "A key OpenClaw does not know; OpenClaw refuses to start on one.",
    message: (d) => `Unknown key ${q(d.key)} in ${d.where}${d.suggestion ? `; did you mean ${q(d.suggestion)}?` : "."}`,
    hint: (d) =>
      d.suggestion
        ? `Rename it to ${q(d.suggestion)}.`
        : d.secret
          ? secretHome(d.secret)
          : d.known.length > 0 && d.known.length <= 12
            ? `Known keys here: ${d.known.map(q).join(", ")}. Remove the key or move it where it belongs.`
            : "Remove the key, or check the spelling against the documentation; OpenClaw refuses to start with it.",
  }),
  "schema/invalid-type": defineCode<{ where: string; expected: string; actual: string }>({
    severity: "error",
    doc: "A value has the wrong type (a number where a string is expected, say).",
    message: (d) => `Expected ${d.expected} at ${d.where}, found ${d.actual}.`,
    hint: (d) => `Change the value to ${d.expected}.`,
  }),
  "schema/invalid-value": defineCode<{ where: string; value: string; allowed: readonly string[]; suggestion: string | undefined }>({
    severity: "error",
    doc: "A value outside the allowed set (an enum such as an auth mode or an API kind).",
    message: (d) => `Invalid value ${d.value} at ${d.where}; expected ${orList(d.allowed)}${d.suggestion ? `. Did you mean ${q(d.suggestion)}?` : "."}`,
    hint: (d) => (d.suggestion ? `Replace it with ${q(d.suggestion)}.` : `Use one of ${orList(d.allowed)}.`),
  }),
  "schema/missing-key": defineCode<{ key: string; where: string; expected: string }>({
    severity: "error",
    doc: "A required key is missing (a custom provider without `baseUrl`, an auth profile without `mode`).",
    message: (d) => `Missing required key ${q(d.key)} in ${d.where}; expected ${d.expected}.`,
    hint: (d) => `Add ${q(d.key)} to ${d.where}.`,
  }),
  "schema/out-of-range": defineCode<{ where: string; bound: string; actual: string }>({
    severity: "error",
    doc: "A number or a length outside its bounds (a backoff of 0 hours, an empty `baseUrl`).",
    message: (d) => `Expected ${d.bound} at ${d.where}, found ${d.actual}.`,
    hint: (d) => `Use ${d.bound}.`,
  }),
  // `constraint`: the keywords of an OpenClaw JSON Schema constraint the value breaks (json-schema-rule.ts).
  "schema/invalid-format": defineCode<{ where: string; format: string } | { where: string; constraint: string }>({
    severity: "error",
    doc: "A string that does not have the required form (a SecretRef provider alias or id, say).",
    message: (d) => `Invalid value at ${d.where}; expected ${"constraint" in d ? `a value that satisfies OpenClaw's ${d.constraint} constraint` : d.format}.`,
    hint: () => "See the documentation of this key for the accepted form.",
  }),
} as const;
