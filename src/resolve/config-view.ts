/**
 * @fileoverview A typed, defensive reading of the in-scope parts of a config
 * value, each with the JSON path it was written at. Rules and resolvers read
 * this instead of the raw value, so a config that failed the schema somewhere
 * still gets its other checks, and nothing downstream crashes on a wrong type.
 */
import type { JsonPath } from "../diagnostics/types.js";
import type { TargetId } from "../schema/targets/ids.js";
import { isJsonObject, type JsonObject } from "../json-object.js";

/** Every model key of agents.defaults and of an agent, in both targets (each target's schema says which it accepts). */
export const MODEL_KINDS = [
  "model",
  "imageModel",
  "pdfModel",
  "imageGenerationModel",
  "videoGenerationModel",
  "musicGenerationModel",
  "utilityModel",
  "decisionModel",
  "voiceModel",
] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface Written<T> {
  value: T;
  path: JsonPath;
}

/** A model setting: the string form sets the primary only; the object form may set both. */
export interface ModelSetting {
  path: JsonPath;
  form: "string" | "object";
  primary?: Written<string>;
  /** Present when `fallbacks` was written (even as `[]`, which disables inherited fallbacks). */
  fallbacks?: Written<string>[];
  fallbacksPath?: JsonPath;
}

export interface AgentView {
  index: number;
  path: JsonPath;
  id?: Written<string>;
  isDefaultFlag: boolean;
  models: Partial<Record<ModelKind, ModelSetting>>;
  subagentsModel?: ModelSetting;
  /** 2026.9: this agent's `modelPolicy.allow`, when written (it replaces the defaults' policy; [] allows any). */
  modelPolicy?: Written<string>[];
}

export interface CatalogEntry {
  key: string;
  path: JsonPath;
  alias?: Written<string>;
}

export interface AuthProfileView {
  id: string;
  path: JsonPath;
  provider?: Written<string>;
  mode?: string;
}

export interface AuthOrderView {
  provider: string;
  path: JsonPath;
  ids: Written<string>[];
}

export interface ProviderView {
  id: string;
  path: JsonPath;
  apiKey?: Written<unknown>;
  models: Written<string>[];
}

export interface ConfigView {
  /** The release the config is read as: where agents are (2026.4 agents.list, 2026.9 agents.entries) and what the allowlist is. */
  target: TargetId;
  defaults: {
    models: Partial<Record<ModelKind, ModelSetting>>;
    subagentsModel?: ModelSetting;
    /** 2026.9: `agents.defaults.modelPolicy.allow`, when written. */
    modelPolicy?: Written<string>[];
  };
  catalog: CatalogEntry[];
  agents: AgentView[];
  authProfiles: AuthProfileView[];
  authOrder: AuthOrderView[];
  providers: ProviderView[];
  /** Inline env entries (`env.KEY` and `env.vars.KEY`). */
  env: Written<string>[];
}

const objAt = (v: unknown, key: string): JsonObject | undefined => (isJsonObject(v) && isJsonObject(v[key]) ? (v[key] as JsonObject) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function readModelSetting(value: unknown, path: JsonPath): ModelSetting | undefined {
  if (typeof value === "string") return { path, form: "string", primary: { value, path } };
  if (!isJsonObject(value)) return undefined;
  const setting: ModelSetting = { path, form: "object" };
  if (typeof value["primary"] === "string") setting.primary = { value: value["primary"], path: [...path, "primary"] };
  if (Array.isArray(value["fallbacks"])) {
    setting.fallbacksPath = [...path, "fallbacks"];
    setting.fallbacks = value["fallbacks"].flatMap((f, i) => (typeof f === "string" ? [{ value: f, path: [...path, "fallbacks", i] }] : []));
  }
  return setting;
}

function readModels(holder: JsonObject | undefined, path: JsonPath): Partial<Record<ModelKind, ModelSetting>> {
  const out: Partial<Record<ModelKind, ModelSetting>> = {};
  if (!holder) return out;
  for (const kind of MODEL_KINDS) {
    const value = holder[kind];
    // Most agents set one kind or none: build a path only for what is there.
    if (value === undefined) continue;
    const setting = readModelSetting(value, [...path, kind]);
    if (setting) out[kind] = setting;
  }
  return out;
}

/** `holder.modelPolicy.allow` as written, when it is a list. */
function readModelPolicy(holder: JsonObject | undefined, path: JsonPath): Written<string>[] | undefined {
  const allow = objAt(holder, "modelPolicy")?.["allow"];
  if (!Array.isArray(allow)) return undefined;
  return allow.flatMap((ref, i) => (typeof ref === "string" ? [{ value: ref, path: [...path, "modelPolicy", "allow", i] }] : []));
}

/**
 * The agents as `target` reads them, each with its path: 2026.4 reads
 * `agents.list`; 2026.9 reads the keyed `agents.entries` (the id is the key),
 * or `agents.list` when there are no entries (it moves the list on load).
 */
function rosterOf(agents: JsonObject | undefined, target: TargetId): { path: JsonPath; entry: unknown; id?: string }[] {
  const entries = objAt(agents, "entries");
  if (target === "2026.9" && entries) return Object.entries(entries).map(([id, entry]) => ({ path: ["agents", "entries", id], entry, id }));
  const list = isJsonObject(agents) && Array.isArray(agents["list"]) ? agents["list"] : [];
  return list.map((entry, index) => ({ path: ["agents", "list", index], entry }));
}

export function readConfigView(config: unknown, target: TargetId = "2026.4"): ConfigView {
  const agents = objAt(config, "agents");
  const defaults = objAt(agents, "defaults");
  const view: ConfigView = {
    target,
    defaults: { models: readModels(defaults, ["agents", "defaults"]) },
    catalog: [],
    agents: [],
    authProfiles: [],
    authOrder: [],
    providers: [],
    env: [],
  };
  const defaultsPolicy = target === "2026.9" ? readModelPolicy(defaults, ["agents", "defaults"]) : undefined;
  if (defaultsPolicy) view.defaults.modelPolicy = defaultsPolicy;
  const defaultsSub = readModelSetting(objAt(defaults, "subagents")?.["model"], ["agents", "defaults", "subagents", "model"]);
  if (defaultsSub) view.defaults.subagentsModel = defaultsSub;

  for (const [key, entry] of Object.entries(objAt(defaults, "models") ?? {})) {
    const path = ["agents", "defaults", "models", key];
    const alias = isJsonObject(entry) ? str(entry["alias"]) : undefined;
    view.catalog.push({ key, path, ...(alias !== undefined ? { alias: { value: alias, path: [...path, "alias"] } } : {}) });
  }

  rosterOf(agents, target).forEach(({ path, entry, id }, index) => {
    if (!isJsonObject(entry)) return;
    const agent: AgentView = { index, path, isDefaultFlag: entry["default"] === true, models: readModels(entry, path) };
    // Under agents.entries the key is the id; it is written at the key itself.
    if (id !== undefined) agent.id = { value: id, path };
    else if (typeof entry["id"] === "string") agent.id = { value: entry["id"], path: [...path, "id"] };
    const policy = target === "2026.9" ? readModelPolicy(entry, path) : undefined;
    if (policy) agent.modelPolicy = policy;
    const subModel = objAt(entry, "subagents")?.["model"];
    if (subModel !== undefined) {
      const sub = readModelSetting(subModel, [...path, "subagents", "model"]);
      if (sub) agent.subagentsModel = sub;
    }
    view.agents.push(agent);
  });

  const auth = objAt(config, "auth");
  for (const [id, profile] of Object.entries(objAt(auth, "profiles") ?? {})) {
    const path = ["auth", "profiles", id];
    const item: AuthProfileView = { id, path };
    if (isJsonObject(profile)) {
      const provider = str(profile["provider"]);
      if (provider !== undefined) item.provider = { value: provider, path: [...path, "provider"] };
      const mode = str(profile["mode"]);
      if (mode !== undefined) item.mode = mode;
    }
    view.authProfiles.push(item);
  }
  for (const [provider, ids] of Object.entries(objAt(auth, "order") ?? {})) {
    if (!Array.isArray(ids)) continue;
    const path = ["auth", "order", provider];
    view.authOrder.push({ provider, path, ids: ids.flatMap((id, i) => (typeof id === "string" ? [{ value: id, path: [...path, i] }] : [])) });
  }

  for (const [id, provider] of Object.entries(objAt(objAt(config, "models"), "providers") ?? {})) {
    if (!isJsonObject(provider)) continue;
    const path = ["models", "providers", id];
    const models = Array.isArray(provider["models"]) ? provider["models"] : [];
    const item: ProviderView = {
      id,
      path,
      models: models.flatMap((m, i) => (isJsonObject(m) && typeof m["id"] === "string" ? [{ value: m["id"], path: [...path, "models", i, "id"] }] : [])),
    };
    if (provider["apiKey"] !== undefined) item.apiKey = { value: provider["apiKey"], path: [...path, "apiKey"] };
    view.providers.push(item);
  }

  const env = objAt(config, "env");
  for (const [key, value] of Object.entries(env ?? {})) {
    if (key === "shellEnv" || key === "vars") continue;
    if (typeof value === "string") view.env.push({ value, path: ["env", key] });
  }
  for (const [key, value] of Object.entries(objAt(env, "vars") ?? {})) {
    if (typeof value === "string") view.env.push({ value, path: ["env", "vars", key] });
  }
  return view;
}

/** The env var name an `env` entry sets (`env.KEY` or `env.vars.KEY`). */
export function envEntryName(entry: Written<string>): string {
  return String(entry.path[entry.path.length - 1]);
}
