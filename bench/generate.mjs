/**
 * @fileoverview Deterministic config generators for the benchmarks: a typical
 * config (a few agents, two keys for one provider), and large configs of a
 * chosen size (hundreds of custom providers, models, agents and auth
 * profiles). The same seed always gives the same text. The text is plain JSON,
 * pretty-printed with two spaces, because that is what OpenClaw writes.
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["alpha", "bravo", "coder", "delta", "echo", "falcon", "gamma", "harbor", "ion", "juniper", "kilo", "lumen", "mango", "nova", "orbit", "pixel"];
const APIS = ["openai-completions", "openai-responses", "anthropic-messages"];
const BUILT_IN_MODELS = ["kimi/kimi-code", "moonshot/kimi-k2.5", "anthropic/claude-sonnet-4-6", "openai/gpt-5.4"];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function word(random) {
  return `${pick(random, WORDS)}${Math.floor(random() * 1000)}`;
}

/** One custom provider (`models.providers.<id>`) with `modelCount` models. */
function provider(random, id, modelCount) {
  const models = [];
  for (let m = 0; m < modelCount; m++) {
    models.push({
      id: `${id}-model-${m}`,
      name: `${id} ${word(random)} model ${m}`,
      reasoning: random() < 0.5,
      input: random() < 0.3 ? ["text", "image"] : ["text"],
      cost: { input: Math.round(random() * 300) / 100, output: Math.round(random() * 1500) / 100, cacheRead: 0, cacheWrite: 0 },
      contextWindow: pick(random, [32768, 131072, 200000, 262144]),
      maxTokens: pick(random, [4096, 8192, 16384]),
    });
  }
  return {
    baseUrl: `https://${id}.example.com/v1`,
    apiKey: `\${${id.toUpperCase().replace(/-/g, "_")}_API_KEY}`,
    api: pick(random, APIS),
    models,
  };
}

/**
 * A config with `providerCount` custom providers, `agentCount` agents and two
 * auth profiles per provider, ordered default first. Valid: a check finds nothing.
 */
function buildConfig(random, providerCount, agentCount) {
  const providers = {};
  const refs = [];
  for (let p = 0; p < providerCount; p++) {
    const id = `prov-${p}`;
    providers[id] = provider(random, id, 4);
    for (const model of providers[id].models) refs.push(`${id}/${model.id}`);
  }
  const allowlist = {};
  for (const ref of [...BUILT_IN_MODELS, ...refs]) allowlist[ref] = { alias: `Alias ${ref.replace(/[/-]/g, " ")}` };
  const profiles = {};
  const order = {};
  for (const id of ["kimi", "moonshot"]) profiles[`${id}:default`] = { provider: id, mode: "api_key" };
  for (let p = 0; p < providerCount; p++) {
    const id = `prov-${p}`;
    profiles[`${id}:default`] = { provider: id, mode: "api_key" };
    profiles[`${id}:backup`] = { provider: id, mode: "api_key" };
    order[id] = [`${id}:default`, `${id}:backup`];
  }
  // Keyed agents.entries, the form OpenClaw 2026.9 (the default target) writes. A roster of more than one
  // agent needs agents.ownership "explicit" there (2026.9 refuses it otherwise); agent-0 owns the
  // ambient surfaces through agents.defaults.systemAgent, as `default: true` made it do in agents.list.
  const entries = {};
  for (let a = 0; a < agentCount; a++) {
    const agent = {};
    agent.name = `Agent ${word(random)}`;
    agent.workspace = `~/work/${word(random)}`;
    const primary = pick(random, refs);
    let fallback = pick(random, refs);
    if (fallback === primary) fallback = BUILT_IN_MODELS[0];
    agent.model = { primary, fallbacks: [fallback] };
    if (random() < 0.5) agent.params = { temperature: Math.round(random() * 100) / 100, maxTokens: 8192 };
    entries[`agent-${a}`] = agent;
  }
  return {
    $schema: "../schemas/openclaw.schema.json",
    agents: {
      defaults: {
        model: { primary: BUILT_IN_MODELS[0], fallbacks: [BUILT_IN_MODELS[1]] },
        models: allowlist,
        systemAgent: { agentId: "agent-0" },
      },
      entries,
      ownership: "explicit",
    },
    auth: { profiles, order },
    models: { mode: "merge", providers },
  };
}

/** A typical config: the size and shape of a real user's, about 2 KB. */
export function typicalConfigText(seed = 1) {
  return `${JSON.stringify(buildConfig(seededRandom(seed), 2, 3), null, 2)}\n`;
}

/**
 * A config of at least `targetBytes` bytes (UTF-8; the text is ASCII). Grows
 * providers and agents together until the pretty-printed JSON is big enough.
 */
export function largeConfigText(targetBytes, seed = 1) {
  // One provider and three agents come to about 3.5 KB; start near the target and grow.
  let providers = Math.max(1, Math.floor(targetBytes / 3600));
  for (;;) {
    const text = `${JSON.stringify(buildConfig(seededRandom(seed), providers, providers * 3), null, 2)}\n`;
    if (text.length >= targetBytes) return text;
    providers = Math.max(providers + 1, Math.ceil(providers * (targetBytes / text.length)));
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The value as JSON5 a person writes: unquoted keys where they are
 * identifiers, single-quoted strings, a comment before each custom provider,
 * trailing commas, two-space indent. Not JSON, so `JSON.parse` refuses it and
 * the json5 path is what gets measured.
 */
export function toJson5Text(value) {
  const out = [];
  const quote = (s) => `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  const key = (k) => (IDENTIFIER.test(k) ? k : quote(k));
  const write = (v, indent, comment) => {
    if (v === null || typeof v !== "object") {
      out.push(typeof v === "string" ? quote(v) : String(v));
      return;
    }
    const inner = `${indent}  `;
    const entries = Array.isArray(v) ? v.map((item) => [undefined, item]) : Object.entries(v);
    if (entries.length === 0) {
      out.push(Array.isArray(v) ? "[]" : "{}");
      return;
    }
    out.push(Array.isArray(v) ? "[\n" : "{\n");
    for (const [k, item] of entries) {
      if (comment && k !== undefined) out.push(`${inner}// ${comment} ${k}\n`);
      out.push(inner, k === undefined ? "" : `${key(k)}: `);
      write(item, inner, k === "providers" ? "custom provider" : undefined);
      out.push(",\n");
    }
    out.push(indent, Array.isArray(v) ? "]" : "}");
  };
  write(value, "", undefined);
  out.push("\n");
  return out.join("");
}

/** A large config (see largeConfigText) written as JSON5 (see toJson5Text), of at least `targetBytes` bytes. */
export function largeJson5ConfigText(targetBytes, seed = 1) {
  let bytes = targetBytes;
  for (;;) {
    const text = toJson5Text(JSON.parse(largeConfigText(bytes, seed)));
    if (text.length >= targetBytes) return text;
    bytes = Math.ceil(bytes * (targetBytes / text.length) * 1.01);
  }
}
