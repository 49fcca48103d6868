/**
 * @fileoverview What counts as a secret, as data: the words of a key name that
 * says it holds one, the shapes of well-known credentials, the URL parts that
 * carry one, and the bounds of the "long random token" rule. detect.ts and
 * key-names.ts apply these tables; test/secrets-rules.test.ts holds a table of
 * cases on both sides (masked, and kept readable) for each.
 */

/**
 * A key name is split into lowercase words (`apiKey`, `api_key`, `API-KEY`,
 * `x-api-key` all give `api key`). It says "secret" when one of its words is
 * here…
 */
export const SECRET_WORDS: readonly string[] = [
  "apikey",
  "token",
  "secret",
  "secrets",
  "password",
  "passwd",
  "passphrase",
  "pass",
  "pwd",
  "pw",
  "authorization",
  "bearer",
  "credential",
  "credentials",
  "cookie",
  "privatekey",
  "accesskey",
  "secretkey",
  "apitoken",
  "authtoken",
];

/** …or when its last word is one of these (`key`, `apiKey`, `X-Team-Key`, `tls.key`)… */
export const SECRET_LAST_WORDS: readonly string[] = ["key", "keys"];

/**
 * …unless its last word says the value only names where the secret is or how it is
 * used (`tokenEnv: "KIMI_TOKEN"`, `keyFile`, `tokenUrl`, `apiKeyHelper`, `keyId`).
 */
export const LOCATOR_LAST_WORDS: readonly string[] = [
  "env",
  "var",
  "variable",
  "name",
  "names",
  "file",
  "files",
  "path",
  "paths",
  "dir",
  "ref",
  "refs",
  "id",
  "ids",
  "mode",
  "type",
  "kind",
  "source",
  "provider",
  "url",
  "uri",
  "endpoint",
  "header",
  "command",
  "cmd",
  "helper",
  "format",
  "prefix",
  "label",
  "hint",
  "description",
  "field",
  "policy",
  "strategy",
  "enabled",
  "required",
  "count",
  "limit",
  "max",
  "min",
  "length",
  "ttl",
  "expires",
  "expiry",
  "scope",
  "scopes",
  "store",
  "location",
];

/** Whole key names that end in "key" but name no secret (OpenClaw's `session.mainKey`, a sort key, …). */
export const NOT_SECRET_NAMES: readonly string[] = [
  // OpenClaw's top-level `secrets` section configures secret providers (commands, paths), not secret values.
  "secrets",
  "mainkey",
  "sessionkey",
  "sortkey",
  "primarykey",
  "partitionkey",
  "cachekey",
  "publickey",
  "hotkey",
  "idempotencykey",
  "groupkey",
  "routingkey",
  "dedupekey",
  // `plugins.entries.onepassword`: the 1Password plugin's entry (timeouts, TTLs), named after the product.
  "onepassword",
];

/**
 * Words one typo from a secret word that are words of their own (`maxTokens` counts tokens; a
 * `taken` flag is no token): a key made of them is not a near miss. test/secrets-side-doors.test.ts
 * holds every key of the published schemas to this (none may become secret by a near miss).
 */
export const NOT_NEAR_MISS_WORDS: readonly string[] = ["tokens", "taken", "woken", "tokes", "passed", "pasted", "passes"];

/**
 * Sections whose every string is a secret though their keys are any names (`env.MY_VAR`,
 * `headers["X-Org"]`), at any depth; `shellEnv` inside `env` holds settings, not values.
 */
export const SECRET_SECTIONS: readonly string[] = ["env", "headers"];
export const NOT_SECRET_SECTIONS: readonly string[] = ["shellEnv"];

/** In an object under a secret key (a SecretRef `{source, provider, id}`), these fields describe it and stay readable. */
export const DESCRIPTIVE_FIELDS: readonly string[] = ["source", "provider", "mode", "type", "kind"];

/**
 * A SecretRef id that is a proper name (an env var, a JSON pointer, "value") says where a
 * secret is, not what it is, and the hints print such names ("set MOONSHOT_API_KEY").
 * Anything else in the id position may be a key pasted in the wrong place, so it is masked.
 */
export const SECRET_REF_LOCATOR = /^([A-Z][A-Z0-9_]{0,127}|\/.*|value)$/;

/** URL query parameters that carry a credential, besides any whose name says secret. */
export const SECRET_QUERY_PARAMS: readonly string[] = [
  "key",
  "sig",
  "signature",
  "code",
  "x-amz-signature",
  "x-amz-credential",
  "x-amz-security-token",
  "x-goog-signature",
];

export interface CredentialShape {
  /** Who issues it, for the table test's names. */
  name: string;
  /**
   * The credential's start: a prefix and enough of a token that an ordinary name never matches
   * (no flags; detect.ts puts every shape in one alternation, after one boundary check, so
   * `desk-…` is no `sk-…`). A match runs on to the end of the token it starts.
   */
  pattern: RegExp;
}

const T = "[A-Za-z0-9_\\-]";

/** Well-known credential shapes. Quantifiers are bounded: an unbounded one over a 10 MB run overflows the regex stack. */
export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  { name: "OpenAI, Anthropic (sk-ant-), OpenRouter, DeepSeek, Moonshot: sk-…", pattern: new RegExp(`sk-[A-Za-z0-9]${T}{11}`) },
  { name: "Stripe-style live/test keys", pattern: /(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10}/ },
  { name: "Google API key: AIza…", pattern: new RegExp(`AIza${T}{30}`) },
  { name: "GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_", pattern: /gh[pousr]_[A-Za-z0-9]{20}/ },
  { name: "GitHub fine-grained token: github_pat_…", pattern: /github_pat_[A-Za-z0-9_]{20}/ },
  { name: "Slack tokens: xoxb-, xoxp-, xoxa-, xoxr-, xoxs-", pattern: /xox[abposr]-[A-Za-z0-9-]{10}/ },
  { name: "GitLab token: glpat-…", pattern: new RegExp(`glpat-${T}{16}`) },
  { name: "AWS access key id: AKIA…, ASIA…", pattern: /(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![A-Za-z0-9])/ },
  { name: "Hugging Face: hf_…", pattern: /hf_[A-Za-z0-9]{20}/ },
  { name: "Groq: gsk_…", pattern: /gsk_[A-Za-z0-9]{20}/ },
  { name: "xAI: xai-…", pattern: /xai-[A-Za-z0-9]{20}/ },
  { name: "Replicate: r8_…", pattern: /r8_[A-Za-z0-9]{20}/ },
  { name: "npm: npm_…", pattern: /npm_[A-Za-z0-9]{30}/ },
  { name: "PyPI: pypi-…", pattern: new RegExp(`pypi-${T}{30}`) },
  { name: "NVIDIA: nvapi-…", pattern: new RegExp(`nvapi-${T}{20}`) },
  { name: "Perplexity: pplx-…", pattern: /pplx-[A-Za-z0-9]{20}/ },
  { name: "SendGrid: SG.….…", pattern: new RegExp(`SG\\.${T}{16,64}\\.${T}{16}`) },
  // The look back (cheap: only after a literal `eyJ`) lets a JWT start only where a token starts: the
  // shape's run is read once per token, not once per `eyJ` in it (`eyJ` × 350,000 took 23 s).
  { name: "JSON Web Token: eyJ….eyJ….…", pattern: new RegExp(`eyJ(?<!${T}eyJ)${T}{8,4096}\\.eyJ${T}{8,4096}\\.`) },
];

/** A PEM private key: from its BEGIN line to its END line (also JSON-escaped), or to the end of the text when cut short. */
export const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;
export const PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;

/**
 * The credential after an HTTP auth scheme (group 1); it must hold a digit or a symbol, so prose
 * ("Bearer tokens") is not one.
 */
export const AUTH_SCHEME = /\b(?:[Bb]earer|BEARER|[Bb]asic|BASIC)[ \t]{1,4}(?=[A-Za-z._~+/=-]{0,1024}[0-9._~+/=-])([A-Za-z0-9._~+/=-]{8,1024})/g;

/** `scheme://user:password@host`: the userinfo is masked (a token alone as the user name too). */
export const URL_USERINFO = /(?<=\b[a-zA-Z][a-zA-Z0-9+.-]{0,32}:\/\/)[^\s/?#@"'`<>\\]{1,1024}(?=@)/g;

/** `?name=value` / `&name=value`: the value is masked when the name says secret. */
export const QUERY_PARAM = /(?<=[?&;])([A-Za-z0-9_.-]{1,128})=([^&#\s"'`<>\\]{1,4096})/g;

/**
 * A field of JSON quoted in a foreign text (a provider's error body, a transcript line):
 * `"name": "value"` or `"name": 123`, and the same escaped once more (`\"name\":\"value\"`,
 * as a JSON output quotes it). Group 1 is the quote (`"` or `\"`), 2 the name, 3 a string
 * value, 4 a number. A string value holds no quote but an escaped one (`\"` ends the escaped
 * form); every repetition is bounded and its alternatives start apart, so an attempt runs to
 * the next quote at most and no input backtracks more than linearly.
 */
export const QUOTED_JSON_FIELD =
  /(\\?")([A-Za-z_$][A-Za-z0-9_.$ -]{0,127})\1[ \t]{0,16}:[ \t]{0,16}(?:\1((?:[^"\\\n]|(?!\1)\\[^\n]){0,4096})\1|(-?[0-9][0-9.eE+-]{0,63}))/g;

/**
 * The long random token rule: a run of letters and digits at least this long, with
 * upper case, lower case and digits, switching between them often and with many
 * distinct characters. Model ids (`Qwen3-Coder-480B-A35B-Instruct`), provider ids,
 * camel-case names, URLs, paths, hex hashes and UUIDs stay readable.
 */
export const RANDOM_TOKEN = {
  /** The shortest run of token characters (`[A-Za-z0-9_+=-]`) that is a candidate; the whole run is masked when one part qualifies. */
  minCandidate: 20,
  /** The shortest unbroken run of letters and digits that can qualify. */
  minRun: 20,
  /** Only this much of a longer run is weighed (a 10 MB run costs no more than a key). */
  maxWeighed: 512,
  /** Shannon entropy of the run, bits per character. */
  minEntropy: 3.6,
  /** Share of neighbouring characters of different classes (upper/lower/digit); random base62 ≈ 0.6, words ≈ 0.1-0.25. */
  minSwitchRate: 0.34,
  /** Runs that are hex (hashes, commit ids) or follow `sha256-` (integrity hashes) stay readable. */
  hex: /^[0-9a-fA-F]+$/,
  hashPrefix: /(?:^|[^A-Za-z0-9])(?:sha(?:1|224|256|384|512)|md5)[-:_]/i,
} as const;
