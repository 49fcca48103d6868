/**
 * @fileoverview The schema stage: runs the Zod schema over the parsed value and
 * turns each Zod issue into a catalogued diagnostic at the exact source range
 * (the key for an unknown key, the value for a wrong value).
 */
import type { z } from "zod";
import { createDiagnostic, type Location } from "../diagnostics/create.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { formatPath } from "../diagnostics/path.js";
import type { Diagnostic, JsonPath } from "../diagnostics/types.js";
import type { SecretKeyPlace } from "../diagnostics/codes/schema.js";
import { locateNode } from "../document/locate.js";
import { isSecretKeyName } from "../secrets/key-names.js";
import { describeValue } from "../document/parse.js";
import type { ConfigSource } from "../document/source.js";
import { describeSchema, knownKeysAt, schemaAt } from "./introspect.js";
import type { TargetChoice } from "./targets/ids.js";
import { releaseKeyAt } from "./targets/release-keys.js";
import { appendAll } from "../diagnostics/append.js";

type Issue = z.core.$ZodIssue;

export interface ValidateOptions {
  /** Subtrees already reported by an earlier stage (legacy keys): issues under them are dropped. */
  skip?: readonly JsonPath[];
  /**
   * The target judging the file and the other target's schema: an unknown key
   * the other release knows is reported as a key of that release, not as a typo.
   */
  release?: { target: TargetChoice; otherId: string; other: z.ZodType };
}

export function validateAgainstSchema(source: ConfigSource, schema: z.ZodType, options: ValidateOptions = {}): Diagnostic[] {
  const result = schema.safeParse(source.value);
  if (result.success) return [];
  const skip = options.skip ?? [];
  const out: Diagnostic[] = [];
  for (const issue of result.error.issues) appendAll(out, issueToDiagnostics(source, schema, issue, [], options.release));
  return out.filter((d) => !skip.some((prefix) => startsWith(d.path, prefix)));
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function valueAt(root: unknown, path: JsonPath): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return { found: false, value: undefined };
    if (!Object.hasOwn(current, segment)) return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** Where a secret-named unknown key stands: in `auth.profiles.<id>` (with that profile's provider), or elsewhere. */
function secretKeyPlace(root: unknown, path: JsonPath): SecretKeyPlace {
  if (path.length === 3 && path[0] === "auth" && path[1] === "profiles" && typeof path[2] === "string") {
    const provider = (valueAt(root, [...path, "provider"]).value as unknown) ?? undefined;
    return { in: "auth-profile", profileId: path[2], provider: typeof provider === "string" && provider.trim() !== "" ? provider.trim() : undefined };
  }
  return { in: "elsewhere" };
}

function issueToDiagnostics(source: ConfigSource, root: z.ZodType, issue: Issue, prefix: JsonPath, release?: ValidateOptions["release"]): Diagnostic[] {
  const path: (string | number)[] = [...prefix, ...(issue.path as (string | number)[])];
  const where = formatPath(path);
  const at = (part: "key" | "value", p: JsonPath = path) => ({ path: p, ...source.locate(p, part) });
  const { found, value } = valueAt(source.value, path);

  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(root, path);
      const otherKnows = release ? new Set(knownKeysAt(release.other, path)) : new Set<string>();
      return issue.keys.map((key) => {
        if (release && (otherKnows.has(key) || releaseKeyAt([...path, key])?.release === release.otherId))
          return releaseKeyDiagnostic(release, [...path, key], at("key", [...path, key]));
        const suggestion = didYouMean(key, known);
        const keyPath = [...path, key];
        const fix = suggestion ? renameFix(source, keyPath, suggestion) : undefined;
        const secret = isSecretKeyName(key) ? secretKeyPlace(source.value, path) : undefined;
        return createDiagnostic("schema/unknown-key", { key, where, suggestion, known, ...(secret ? { secret } : {}) }, at("key", keyPath), fix ? { fix } : {});
      });
    }
    case "invalid_type": {
      if (!found && path.length > 0) {
        const parent = path.slice(0, -1);
        const key = String(path[path.length - 1]);
        const expected = describeExpected(root, path, issue.expected);
        // The path names the missing key; the range shows the object that should hold it.
        return [createDiagnostic("schema/missing-key", { key, where: formatPath(parent), expected }, at("key"))];
      }
      const expected = describeExpected(root, path, issue.expected);
      const actual = typeof value === "number" ? String(value) : describeValue(value);
      return [createDiagnostic("schema/invalid-type", { where, expected, actual }, at("value"))];
    }
    case "invalid_value": {
      if (!found && path.length > 0) {
        const key = String(path[path.length - 1]);
        const expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
        return [createDiagnostic("schema/missing-key", { key, where: formatPath(path.slice(0, -1)), expected }, at("key"))];
      }
      const allowed = issue.values.map((v) => String(v));
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : undefined;
      return [createDiagnostic("schema/invalid-value", { where, value: JSON.stringify(value) ?? String(value), allowed, suggestion }, at("value"))];
    }
    case "invalid_union":
      return unionIssue(source, root, issue, path, value, at, release);
    case "too_small":
    case "too_big":
      return [createDiagnostic("schema/out-of-range", { where, bound: describeBound(issue), actual: describeActual(value) }, at("value"))];
    case "not_multiple_of":
      return [createDiagnostic("schema/out-of-range", { where, bound: `a multiple of ${issue.divisor}`, actual: describeActual(value) }, at("value"))];
    case "invalid_format":
      return [createDiagnostic("schema/invalid-format", { where, format: describeFormat(issue) }, at("value"))];
    case "invalid_key":
      return [createDiagnostic("schema/invalid-format", { where, format: "a valid key" }, at("key"))];
    case "custom": {
      const constraint = issue.params?.["constraint"];
      if (typeof constraint === "string") return [createDiagnostic("schema/invalid-format", { where, constraint }, at("value"))];
      return [createDiagnostic("schema/invalid-format", { where, format: issue.message || "a valid value" }, at("value"))];
    }
    default:
      return [createDiagnostic("schema/invalid-format", { where, format: issue.message || "a valid value" }, at("value"))];
  }
}

/** A key only the other release knows: `schema/removed-key` (an older release's) or `schema/newer-key`. */
function releaseKeyDiagnostic(release: NonNullable<ValidateOptions["release"]>, keyPath: JsonPath, location: Location): Diagnostic {
  const older = release.otherId < release.target.id;
  const data = {
    key: formatPath(keyPath),
    target: release.target.id,
    release: release.otherId,
    why: release.target.reason,
    instead: releaseKeyAt(keyPath)?.instead,
  };
  return createDiagnostic(older ? "schema/removed-key" : "schema/newer-key", data, location);
}

function unionIssue(
  source: ConfigSource,
  root: z.ZodType,
  issue: Extract<Issue, { code: "invalid_union" }>,
  path: JsonPath,
  value: unknown,
  at: (part: "key" | "value", p?: JsonPath) => Location,
  release?: ValidateOptions["release"],
): Diagnostic[] {
  const where = formatPath(path);
  const discriminator = (issue as { discriminator?: string }).discriminator;
  const options = (issue as { options?: unknown[] }).options;
  if (discriminator && options) {
    const allowed = options.map((o) => String(o));
    const got = value;
    const suggestion = typeof got === "string" ? didYouMean(got, allowed) : undefined;
    return [
      createDiagnostic(
        "schema/invalid-value",
        { where, value: JSON.stringify(got) ?? "nothing", allowed, suggestion },
        at(got === undefined ? "key" : "value"),
      ),
    ];
  }
  // Prefer a branch that got past the type check: its issues say what is really wrong.
  const branches = issue.errors.filter((errors) => !errors.every((e) => e.code === "invalid_type" && e.path.length === 0));
  if (branches.length > 0) {
    const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((sub) => issueToDiagnostics(source, root, sub, path, release));
  }
  const expected = describeExpected(root, path, undefined);
  return [createDiagnostic("schema/invalid-type", { where, expected, actual: describeValue(value) }, at("value"))];
}

const EXPECTED_PHRASES: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean (true or false)",
  object: "an object",
  array: "a list",
  record: "an object",
};

function describeExpected(root: z.ZodType, path: JsonPath, fallback: string | undefined): string {
  // Zod reports a failed `.int()` as an invalid type "int"; the schema alone says only "number".
  if (fallback === "int") return "an integer (a whole number)";
  const phrase = describeSchema(schemaAt(root, path));
  if (phrase !== "a valid value") return phrase;
  return (fallback && EXPECTED_PHRASES[fallback]) || phrase;
}

function describeBound(issue: Extract<Issue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === "string") {
    if (small && limit === 1) return "a non-empty string";
    return small ? `a string of at least ${limit} characters` : `a string of at most ${limit} characters`;
  }
  if (issue.origin === "array" || issue.origin === "set") {
    if (small && limit === 1) return "a non-empty list";
    return small ? `a list of at least ${limit} items` : `a list of at most ${limit} items`;
  }
  if (small) return inclusive ? `a number of at least ${limit}` : `a number greater than ${limit}`;
  return inclusive ? `a number of at most ${limit}` : `a number less than ${limit}`;
}

function describeActual(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value.length === 0 ? "an empty string" : `a string of ${value.length} characters`;
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length} items`;
  return describeValue(value);
}

function describeFormat(issue: Extract<Issue, { code: "invalid_format" }>): string {
  // A schema's own message (e.g. "an env var name such as OPENAI_API_KEY") reads better than a regex.
  if (issue.message && !issue.message.startsWith("Invalid string")) return issue.message;
  const pattern = (issue as { pattern?: string }).pattern;
  if (issue.format === "regex" && pattern) return `a string matching ${pattern}`;
  return `a valid ${issue.format}`;
}

/** A fix that renames the key at `path` to `name`, keeping the key's quoting style. */
function renameFix(source: ConfigSource, path: JsonPath, name: string) {
  const { doc, path: docPath } = source.origin(path);
  const located = locateNode(doc, docPath);
  if (!located?.member || located.depth !== docPath.length) return undefined;
  const keyNode = located.member.name;
  const original = doc.text.slice(keyNode.loc.start.offset, keyNode.loc.end.offset);
  const quote = original.startsWith("'") ? "'" : original.startsWith('"') ? '"' : "";
  const newText = quote ? `${quote}${name}${quote}` : /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
  return {
    description: `Rename ${JSON.stringify(original.replace(/^['"]|['"]$/g, ""))} to ${JSON.stringify(name)}`,
    edits: [{ range: { start: { ...keyNode.loc.start }, end: { ...keyNode.loc.end } }, newText }],
  };
}
