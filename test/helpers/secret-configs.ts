/**
 * @fileoverview Arbitraries for the redaction property: a config (valid or
 * broken, JSON or JSON5, in one file or with an `$include`) with fake secrets
 * seeded in random places — the fields where OpenClaw expects a secret, unknown
 * keys whose names say secret (any case, any separator, at any depth), arrays
 * under such keys, SecretRef ids, URL userinfo and query parameters, values
 * under ordinary keys that look like credentials, comments, the line of a
 * syntax error, and lines wider than a code frame.
 */
import fc from "fast-check";
import JSON5 from "json5";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALNUM = [...UPPER, ...LOWER, ...DIGITS];

const chars = (alphabet: readonly string[], min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
const tok = (min: number, max = min) => chars(ALNUM, min, max);

/** Any string a user might paste as a secret: letters and digits around symbols (`%`, quotes, a backslash, a space, non-ASCII). */
export const freeSecret = fc
  .tuple(tok(6, 20), fc.constantFrom("-", "_", ".", "%", "~", "!", "+", "/", "=", '"', "'", "\\", " ", "é", "#", "&", ":"), tok(2, 24))
  .map(([a, sep, b]) => `${a}${sep}${b}`);

/** A secret that travels in a URL or a comment unquoted: no separator a URL or a comment would end it at. */
export const urlSafeSecret = fc.tuple(tok(6, 16), fc.constantFrom("-", "_", ".", "~", ""), tok(4, 16)).map(([a, sep, b]) => `${a}${sep}${b}`);

/** A secret recognisable by its look alone, in the shapes real issuers use. */
export const shapedSecret = fc.oneof(
  tok(20, 40).map((t) => `sk-${t}`),
  tok(30, 40).map((t) => `sk-ant-api03-${t}`),
  tok(20, 32).map((t) => `sk-proj-${t}`),
  tok(36).map((t) => `ghp_${t}`),
  tok(40, 60).map((t) => `github_pat_11${t}`),
  tok(35).map((t) => `AIza${t}`),
  fc.tuple(chars([...DIGITS], 10, 13), tok(24)).map(([n, t]) => `xoxb-${n}-${t}`),
  tok(20).map((t) => `glpat-${t}`),
  chars([...UPPER, ...DIGITS], 16, 16).map((t) => `AKIA${t}`),
  tok(34).map((t) => `hf_${t}`),
  fc.tuple(tok(12, 30), tok(12, 40), tok(20, 43)).map(([a, b, c]) => `eyJ${a}.eyJ${b}.${c}`),
);

/** A key whose name says secret, written as people write names: any case, any separator. */
export const secretKeyName = fc
  .tuple(
    fc.constantFrom(
      ["api", "key"],
      ["key"],
      ["token"],
      ["access", "token"],
      ["auth", "token"],
      ["secret"],
      ["client", "secret"],
      ["password"],
      ["db", "password"],
      ["authorization"],
      ["bearer"],
      ["private", "key"],
      ["x", "api", "key"],
      ["openai", "api", "key"],
      ["credentials"],
      ["passphrase"],
    ),
    fc.constantFrom("camel", "snake", "kebab", "upper", "pascal", "flat"),
  )
  .map(([words, style]) => {
    switch (style) {
      case "camel":
        return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
      case "pascal":
        return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("-");
      case "snake":
        return words.join("_");
      case "kebab":
        return words.join("-");
      case "upper":
        return words.join("_").toUpperCase();
      default:
        return words.join("");
    }
  });

type Obj = Record<string, unknown>;

/** Where one secret goes; `kind` picks the arbitrary its value comes from. */
export type Placement =
  | { at: "apiKey" | "env" | "envVars" | "header" | "bearer" | "secretRefId"; secret: string }
  | { at: "unknownKey"; container: number; name: string; secret: string }
  | { at: "array"; container: number; name: string; secrets: string[] }
  | { at: "userinfo" | "query"; param: string; secret: string }
  | { at: "lookalike"; field: number; secret: string }
  | { at: "comment"; name: string; style: number; secret: string }
  | { at: "legacyBlock"; name: string; secret: string };

export const placement: fc.Arbitrary<Placement> = fc.oneof(
  fc.record({
    at: fc.constantFrom("apiKey" as const, "env" as const, "envVars" as const, "header" as const, "bearer" as const, "secretRefId" as const),
    secret: freeSecret,
  }),
  fc.record({ at: fc.constant("unknownKey" as const), container: fc.nat(7), name: secretKeyName, secret: freeSecret }),
  fc.record({
    at: fc.constant("array" as const),
    container: fc.nat(7),
    name: fc.constantFrom("apiKeys", "keys", "clientSecrets", "credentials", "API_KEYS", "token-list"),
    secrets: fc.array(freeSecret, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    at: fc.constantFrom("userinfo" as const, "query" as const),
    param: fc.constantFrom("api_key", "token", "access_token", "key", "sig", "X-Api-Key", "client_secret"),
    secret: urlSafeSecret,
  }),
  fc.record({ at: fc.constant("lookalike" as const), field: fc.nat(5), secret: shapedSecret }),
  fc.record({ at: fc.constant("comment" as const), name: secretKeyName, style: fc.constantFrom(0, 1, 3), secret: fc.oneof(urlSafeSecret, shapedSecret) }),
  // Free text in a comment: only the look of the credential gives it away.
  fc.record({ at: fc.constant("comment" as const), name: secretKeyName, style: fc.constant(2), secret: shapedSecret }),
  fc.record({ at: fc.constant("legacyBlock" as const), name: secretKeyName, secret: freeSecret }),
);

export function secretsOf(p: Placement): string[] {
  return "secrets" in p ? p.secrets : [p.secret];
}

function baseConfig(): Obj {
  return {
    agents: { defaults: { model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5", "corp/chat"] } }, list: [{ id: "main", default: true }] },
    auth: {
      profiles: { "kimi:default": { provider: "kimi", mode: "api_key" }, "moonshot:default": { provider: "moonshot", mode: "api_key" } },
      order: { kimi: ["kimi:default"] },
    },
    models: { providers: { corp: { baseUrl: "https://llm.corp.example/v1", models: [{ id: "chat", name: "Chat" }] } } },
  };
}

const obj = (value: unknown): Obj => value as Obj;

/** The objects an unknown key or an array may be written in: known sections, opaque ones, and a key OpenClaw does not know. */
function container(config: Obj, n: number): Obj {
  const agents = obj(config["agents"]);
  const providers = obj(obj(config["models"])["providers"]);
  const list = [
    () => config,
    () => obj(obj(obj(config["auth"])["profiles"])["kimi:default"]),
    () => obj(agents["defaults"]),
    () => obj((agents["list"] as unknown[])[0]),
    () => obj(providers["corp"]),
    () => obj((config["gateway"] ??= { auth: { mode: "token" } })),
    () => obj((config["custom"] ??= {})),
    () => obj((obj((obj((config["custom"] ??= {}))["nested"] ??= {}))["deeper"] ??= {})),
  ];
  return list[n % list.length]!();
}

/** Comments to write into the text: `[line, comment]`. */
interface Seeded {
  value: Obj;
  comments: string[];
}

function seed(placements: readonly Placement[]): Seeded {
  const config = baseConfig();
  const comments: string[] = [];
  const corp = obj(obj(obj(config["models"])["providers"])["corp"]);
  for (const p of placements) {
    switch (p.at) {
      case "apiKey":
        corp["apiKey"] = p.secret;
        break;
      case "env":
        obj((config["env"] ??= {}))["CORP_API_KEY"] = p.secret;
        break;
      case "envVars":
        obj((obj((config["env"] ??= {}))["vars"] ??= {}))["OTHER_VALUE"] = p.secret;
        break;
      case "header":
        obj((corp["headers"] ??= {}))["X-Team-Key"] = p.secret;
        break;
      case "bearer":
        corp["request"] = { auth: { mode: "authorization-bearer", token: p.secret } };
        break;
      case "secretRefId":
        obj(obj(config["models"])["providers"])["vault"] = {
          baseUrl: "https://vault.example/v1",
          apiKey: { source: "exec", provider: "vault", id: `x${p.secret}` },
          models: [],
        };
        break;
      case "unknownKey":
        container(config, p.container)[p.name] = p.secret;
        break;
      case "array":
        container(config, p.container)[p.name] = p.secrets;
        break;
      case "userinfo":
        corp["baseUrl"] = `https://svc:${p.secret}@llm.corp.example/v1`;
        break;
      case "query":
        corp["baseUrl"] = `https://llm.corp.example/v1?model=chat&${p.param}=${p.secret}`;
        break;
      case "lookalike": {
        const fields: (() => void)[] = [
          () => (obj((obj(obj(config["agents"])["defaults"])["model"] ??= {}))["primary"] = p.secret),
          () => (obj(obj(obj(config["auth"])["profiles"])["kimi:default"])["displayName"] = p.secret),
          () => (obj(config["models"])["mode"] = p.secret),
          () => (obj((config["custom"] ??= {}))["note"] = `leaked ${p.secret} here`),
          () => (obj(obj(config["agents"])["defaults"])["model"] = { primary: "kimi/kimi-code", fallbacks: [`corp/${p.secret}`] }),
          () => (obj(obj(obj(config["auth"])["order"]))["kimi"] = ["kimi:default", p.secret]),
        ];
        fields[p.field % fields.length]!();
        break;
      }
      case "comment":
        comments.push([`// ${p.name}: ${p.secret}`, `/* ${p.name}=${p.secret} */`, `// see ${p.secret}`, `/* "${p.name}": "${p.secret}" */`][p.style % 4]!);
        break;
      case "legacyBlock":
        // A legacy block is what migrate rewrites, so its diff shows the lines around the secret.
        delete obj(obj(config["agents"])["defaults"])["model"];
        config["agent"] = { model: "kimi/kimi-code", [p.name]: p.secret };
        break;
    }
  }
  return { value: config, comments };
}

export interface SecretCase {
  placements: Placement[];
  json5: boolean;
  quote: "'" | '"';
  /** 0 writes one line: every seeded secret stands on a line wider than a code frame. */
  space: 0 | 2;
  /** Breaks the text after the first secret (drops the comma after it, or adds a stray character). */
  breakage: "none" | "drop-comma" | "stray";
  /** Replaces `models` by an `$include` of one file of the pool (includePool), which holds secrets of its own. */
  include: boolean;
  includeIndex: number;
}

/** How many included files the pool holds. */
export const INCLUDE_POOL_SIZE = 16;

export const secretCase: fc.Arbitrary<SecretCase> = fc.record({
  placements: fc.array(placement, { minLength: 1, maxLength: 4 }),
  json5: fc.boolean(),
  quote: fc.constantFrom("'" as const, '"' as const),
  space: fc.constantFrom(0 as const, 2 as const),
  breakage: fc.constantFrom("none" as const, "none" as const, "drop-comma" as const, "stray" as const),
  include: fc.boolean(),
  includeIndex: fc.nat(INCLUDE_POOL_SIZE - 1),
});

function stringify(value: unknown, c: SecretCase): string {
  return c.json5 ? JSON5.stringify(value, { space: c.space, quote: c.quote }) : JSON.stringify(value, null, c.space);
}

/** Writes the comments in: each on its own line before a line of the text, or inline after the first `{` of one-line text. */
function withComments(text: string, comments: readonly string[], seedNumber: number): string {
  if (comments.length === 0) return text;
  if (!text.includes("\n")) return `{${comments.map((c) => (c.startsWith("//") ? `/*${c.slice(2)} */` : c)).join(" ")}${text.slice(1)}`;
  const lines = text.split("\n");
  comments.forEach((comment, i) => lines.splice(1 + ((seedNumber + i * 7) % Math.max(1, lines.length - 1)), 0, comment));
  return lines.join("\n");
}

function breakText(text: string, c: SecretCase, secrets: readonly string[]): string {
  if (c.breakage === "none") return text;
  // Just after the first secret written (past its closing quote): the broken line is the secret's.
  const found = secrets
    .map((s) => ({ at: text.indexOf(s), length: s.length }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  const after = found ? found.at + found.length : Math.floor(text.length / 2);
  const comma = text.indexOf(",", after);
  if (c.breakage === "drop-comma" && comma > 0) return text.slice(0, comma) + text.slice(comma + 1);
  const at = Math.min(text.length, after + 1);
  return `${text.slice(0, at)}@#${text.slice(at)}`;
}

/** The entry file of one case, and the secrets seeded in it. */
export function renderCase(c: SecretCase): { name: string; text: string; secrets: string[] } {
  const seeded = seed(c.placements);
  const secrets = c.placements.flatMap(secretsOf);
  const value = c.include ? { ...seeded.value, models: { $include: `./${includedName(c.includeIndex)}` } } : seeded.value;
  const entry = withComments(stringify(value, c), seeded.comments, c.placements.length);
  return { name: "openclaw.json5", text: breakText(entry, c, secrets), secrets };
}

export function includedName(index: number): string {
  return `models-${index % INCLUDE_POOL_SIZE}.json5`;
}

/** The included files: each the `models` section of a config seeded like any other, written once for all cases. */
export function includePool(seedNumber: number): { name: string; text: string; secrets: string[] }[] {
  return fc.sample(secretCase, { numRuns: INCLUDE_POOL_SIZE, seed: seedNumber }).map((c, i) => {
    const seeded = seed(c.placements);
    return { name: includedName(i), text: stringify(seeded.value["models"], c), secrets: c.placements.flatMap(secretsOf) };
  });
}

/** The forms a secret must not appear in: as written, trimmed, JSON-escaped, percent-escaped (GitHub), and cut to 30 characters when long. */
export function forbiddenForms(secret: string): string[] {
  const trimmed = secret.trim();
  const forms = new Set([trimmed, JSON.stringify(trimmed).slice(1, -1), trimmed.replace(/%/g, "%25")]);
  if (trimmed.length > 40) for (const part of [trimmed.slice(0, 30), trimmed.slice(-30)]) forms.add(part);
  return [...forms];
}
