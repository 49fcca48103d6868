/**
 * @fileoverview fast-check generators of whole configs for the parity test:
 * mostly valid values over the in-scope sections, each place now and then
 * replaced by a near miss (a typo key, a wrong type, a bad enum value, a
 * bound crossed, a non-finite number, a "__proto__" map key), plus other sections (validated as OpenClaw records them) holding any JSON
 * and, rarely, a legacy key.
 */
import fc from "fast-check";
import { knownModelRefs, knownProviderIds } from "../src/providers/index.js";

type Arb<T> = fc.Arbitrary<T>;

/**
 * Configs whose every place is valid (`validWeight` undefined), or in which
 * each place is a near miss once in `validWeight + 1` draws.
 */
function configs(validWeight: number | undefined): Arb<unknown> {
  /** Mostly `valid`, sometimes one of `nearMisses`. */
  function mostly<T>(valid: Arb<T>, ...nearMisses: Arb<unknown>[]): Arb<unknown> {
    if (nearMisses.length === 0 || validWeight === undefined) return valid;
    return fc.oneof({ arbitrary: valid as Arb<unknown>, weight: validWeight }, ...nearMisses.map((arbitrary) => ({ arbitrary, weight: 1 })));
  }

  /** An object of optional keys, sometimes with one key misspelt or unknown added. */
  function strictObject(shape: Record<string, Arb<unknown>>, required: string[] = []): Arb<unknown> {
    const valid = fc.record(shape, { requiredKeys: required });
    const withStray = fc
      .tuple(valid, fc.constantFrom(...Object.keys(shape).map((k) => `${k}s`), "extra", "Primary"), fc.jsonValue())
      .map(([object, key, value]) => ({ ...(object as object), [key]: value }));
    return mostly(valid, withStray, fc.constant([]), fc.string());
  }

  /** A map whose one entry is an own "__proto__" key, as JSON5 makes it. */
  function protoEntry(value: unknown): Record<string, unknown> {
    return Object.defineProperty({}, "__proto__", { value, enumerable: true, configurable: true, writable: true });
  }

  const text = fc.string({ maxLength: 12 });
  const anyJson = fc.jsonValue({ maxDepth: 2 });
  const finiteNumber = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
  const nonFinite = fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);

  const providerId = mostly(fc.constantFrom(...knownProviderIds(), "my-llm"), text);
  const modelRef = mostly(fc.constantFrom(...knownModelRefs().slice(0, 40), "kimi/kimi-code", "opus"), text, fc.integer(), fc.constant(null));
  const modelSetting = mostly(
    fc.oneof(modelRef, strictObject({ primary: modelRef, fallbacks: mostly(fc.array(modelRef, { maxLength: 3 }), modelRef) })),
    fc.array(modelRef, { maxLength: 2 }),
    fc.boolean(),
  );
  const params = mostly(fc.dictionary(text, anyJson, { maxKeys: 3 }), fc.array(anyJson, { maxLength: 2 }), text);

  const positive = mostly(fc.double({ min: 0.001, max: 1e4, noNaN: true }), fc.constantFrom(0, -1), nonFinite, text);
  const nonNegativeInt = mostly(fc.nat({ max: 1000 }), fc.constantFrom(-1, 1.5), nonFinite);

  const secretRef = strictObject(
    {
      source: mostly(fc.constantFrom("env", "file", "exec"), fc.constant("vault")),
      provider: mostly(fc.constantFrom("default", "vault", "files"), fc.constantFrom("Default", "", "-x")),
      id: mostly(fc.constantFrom("OPENAI_API_KEY", "/providers/openai/apiKey", "value", "vault/openai/api-key"), fc.constantFrom("lower", "../up", "a b", "")),
    },
    ["source", "provider", "id"],
  );
  const secretInput = fc.oneof(text, secretRef);

  const modelDefinition = strictObject(
    {
      id: mostly(fc.constantFrom("llama-4", "qwen3"), fc.constant("")),
      name: mostly(fc.constantFrom("Llama 4", "Qwen 3"), fc.constant("")),
      api: mostly(fc.constantFrom("openai-completions", "anthropic-messages", "ollama"), fc.constant("openai")),
      reasoning: mostly(fc.boolean(), text),
      input: mostly(fc.array(fc.constantFrom("text", "image"), { maxLength: 2 }), fc.constant(["audio"])),
      contextWindow: positive,
      contextTokens: mostly(fc.integer({ min: 1, max: 1e6 }), fc.constant(0.5)),
      maxTokens: positive,
      cost: strictObject({ input: mostly(finiteNumber, nonFinite), output: finiteNumber }),
      headers: mostly(fc.dictionary(text, text, { maxKeys: 2 }), fc.constant({ Authorization: { source: "env", provider: "default", id: "X" } })),
      compat: strictObject({ supportsTools: fc.boolean(), maxTokensField: mostly(fc.constantFrom("max_tokens", "max_completion_tokens"), text) }),
    },
    ["id", "name"],
  );

  const modelProvider = strictObject(
    {
      baseUrl: mostly(fc.constantFrom("https://llm.example.com/v1", "http://localhost:11434"), fc.constant("")),
      apiKey: secretInput,
      auth: mostly(fc.constantFrom("api-key", "aws-sdk", "oauth", "token"), fc.constant("api_key")),
      api: mostly(fc.constantFrom("openai-completions", "openai-responses"), text),
      headers: fc.dictionary(text, secretInput, { maxKeys: 2 }),
      request: strictObject({
        auth: mostly(
          fc.oneof(
            fc.constant({ mode: "provider-default" }),
            fc.record({ mode: fc.constant("authorization-bearer"), token: secretInput }),
            fc.record({ mode: fc.constant("header"), headerName: fc.constantFrom("X-Key", ""), value: secretInput }),
          ),
          fc.constant({ mode: "basic" }),
        ),
        proxy: mostly(
          fc.record({ mode: fc.constant("explicit-proxy"), url: fc.constantFrom("http://proxy:3128", "") }),
          fc.constant({ mode: "env-proxy", url: "x" }),
        ),
        tls: strictObject({ ca: secretInput, insecureSkipVerify: fc.boolean() }),
        allowPrivateNetwork: fc.boolean(),
      }),
      models: mostly(fc.array(modelDefinition, { maxLength: 2 }), fc.constant({})),
    },
    ["baseUrl", "models"],
  );

  const agentEntry = strictObject(
    {
      id: mostly(fc.constantFrom("main", "research"), fc.integer()),
      default: mostly(fc.boolean(), fc.constant("yes")),
      model: modelSetting,
      params,
      subagents: strictObject({
        model: modelSetting,
        thinking: mostly(text, fc.integer()),
        allowAgents: mostly(fc.array(fc.constantFrom("*", "main")), anyJson),
      }),
      name: mostly(text, anyJson),
      tools: mostly(strictObject({ allow: fc.array(fc.constantFrom("read", "exec")), profile: fc.constantFrom("minimal", "coding", "full") }), anyJson),
    },
    ["id"],
  );

  const agentDefaults = strictObject({
    model: modelSetting,
    imageModel: modelSetting,
    pdfModel: modelSetting,
    videoGenerationModel: modelSetting,
    models: mostly(
      fc.dictionary(
        modelRef.filter((r): r is string => typeof r === "string"),
        strictObject({ alias: mostly(text, fc.integer()), params, streaming: mostly(fc.boolean(), text) }),
        { maxKeys: 3 },
      ),
      fc.constant({ "kimi/kimi-code": "kimi" }),
      fc.constant(protoEntry({ alias: 3 })),
    ),
    params,
    mediaGenerationAutoProviderFallback: mostly(fc.boolean(), text),
    subagents: strictObject({ model: modelSetting, thinking: text, maxConcurrent: mostly(fc.integer({ min: 1, max: 16 }), fc.constant(0), anyJson) }),
    workspace: mostly(text, anyJson),
    heartbeat: mostly(strictObject({ every: fc.constantFrom("30m", "1h") }), anyJson),
  });

  const auth = strictObject({
    profiles: fc.dictionary(
      fc.constantFrom("kimi:default", "kimi:backup", "moonshot:default", "anthropic:me"),
      strictObject(
        {
          provider: providerId,
          mode: mostly(fc.constantFrom("api_key", "oauth", "token"), fc.constantFrom("api-key", "apikey")),
          email: text,
          displayName: text,
        },
        ["provider", "mode"],
      ),
      { maxKeys: 3 },
    ),
    order: mostly(
      fc.dictionary(
        providerId.filter((p): p is string => typeof p === "string"),
        mostly(fc.array(text, { maxLength: 3 }), text),
        { maxKeys: 2 },
      ),
      fc.constant([]),
    ),
    cooldowns: strictObject({
      billingBackoffHours: positive,
      billingBackoffHoursByProvider: fc.dictionary(fc.constantFrom("kimi", "moonshot"), positive, { maxKeys: 2 }),
      overloadedProfileRotations: nonNegativeInt,
      overloadedBackoffMs: nonNegativeInt,
    }),
  });

  const env = mostly(
    fc.record(
      {
        shellEnv: strictObject({ enabled: fc.boolean(), timeoutMs: nonNegativeInt }),
        vars: mostly(fc.dictionary(text, text, { maxKeys: 2 }), fc.constant({ PORT: 8080 })),
        MOONSHOT_API_KEY: mostly(text, fc.integer()),
      },
      { requiredKeys: [] },
    ),
    fc.constant("FOO=bar"),
  );

  return fc
    .record(
      {
        $schema: mostly(fc.constant("./openclaw.schema.json"), fc.integer()),
        meta: strictObject({ lastTouchedVersion: text, lastTouchedAt: mostly(fc.oneof(text, fc.integer()), nonFinite, fc.constant(9e15)) }),
        env,
        agents: strictObject({ defaults: agentDefaults, list: mostly(fc.array(agentEntry, { maxLength: 2 }), agentEntry) }),
        auth,
        models: strictObject({
          mode: mostly(fc.constantFrom("merge", "replace"), fc.constant("append")),
          providers: fc.dictionary(
            providerId.filter((p): p is string => typeof p === "string"),
            modelProvider,
            { maxKeys: 2 },
          ),
        }),
        gateway: mostly(
          strictObject({ port: mostly(fc.integer({ min: 1, max: 65535 }), fc.constant(0), text), mode: fc.constantFrom("local", "remote") }),
          anyJson,
        ),
        channels: mostly(fc.constant({}), anyJson),
        bindings: mostly(fc.constant([]), anyJson),
      },
      { requiredKeys: [] },
    )
    .chain((config) =>
      mostly(
        fc.constant(config),
        fc.constantFrom("agent", "routing", "telegram", "memorySearch", "heartbeat", "agnets", "modle").map((key) => ({ ...config, [key]: {} })),
      ),
    );
}

/** Number places where JSON5 can write Infinity or NaN and JSON cannot. */
const NUMBER_PLACES = [
  ["auth", "cooldowns", "billingBackoffHours"],
  ["auth", "cooldowns", "overloadedBackoffMs"],
  ["env", "shellEnv", "timeoutMs"],
  ["meta", "lastTouchedAt"],
];

/** `config` with `value` written at `path`, creating the objects on the way. */
function withValueAt(config: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  const object = config !== null && typeof config === "object" && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
  if (head === undefined) return value;
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

/** A valid config but for one non-finite number, which both validators must reject. */
const oneNonFiniteNumber = fc
  .tuple(configs(undefined), fc.constantFrom(...NUMBER_PLACES), fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN))
  .map(([config, path, value]) => withValueAt(config, path, value));

/**
 * A whole config value, as JSON5 would hand it over: valid throughout, with
 * near misses here and there, or valid but for one non-finite number.
 */
export const configArbitrary: Arb<unknown> = fc.oneof(
  { arbitrary: configs(undefined), weight: 10 },
  { arbitrary: configs(40), weight: 9 },
  { arbitrary: oneNonFiniteNumber, weight: 1 },
);
