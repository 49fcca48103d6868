/**
 * @fileoverview The normalized config: what OpenClaw will actually use, written
 * out. Provider ids canonical, every model setting in its object form, aliases
 * and bare names resolved to full refs, `auth.order` keyed by canonical
 * provider. Everything else, opaque sections included, is kept as written.
 * Normalizing twice gives the same result as normalizing once.
 */
import { normalizeProviderIdForAuth } from "../providers/index.js";
import { MODEL_KINDS } from "../resolve/config-view.js";
import { resolutionContext, resolveEntry } from "../resolve/model-chains.js";
import { readConfigView } from "../resolve/config-view.js";
import type { TargetId } from "../schema/targets/ids.js";
import type { ModelRefResolutionContext } from "../providers/index.js";
import { isJsonObject, type JsonObject } from "../json-object.js";

/** A deep copy of plain JSON data that keeps `__proto__` and friends as own keys. */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value))
    Object.defineProperty(out, key, { value: clone(child), enumerable: true, writable: true, configurable: true });
  return out as T;
}

function canonicalRef(raw: string, context: ModelRefResolutionContext): string {
  const entry = resolveEntry({ value: raw, path: [] }, context);
  return entry.ref ? entry.canonical : raw;
}

function normalizeModelSetting(value: unknown, context: ModelRefResolutionContext): unknown {
  if (typeof value === "string") return { primary: canonicalRef(value, context) };
  if (!isJsonObject(value)) return value;
  const out: JsonObject = { ...value };
  if (typeof value["primary"] === "string") out["primary"] = canonicalRef(value["primary"], context);
  if (Array.isArray(value["fallbacks"])) {
    out["fallbacks"] = value["fallbacks"].map((f) => (typeof f === "string" ? canonicalRef(f, context) : f));
  }
  return out;
}

function normalizeModelHolder(holder: unknown, context: ModelRefResolutionContext): void {
  if (!isJsonObject(holder)) return;
  for (const kind of MODEL_KINDS) if (kind in holder) holder[kind] = normalizeModelSetting(holder[kind], context);
  const subagents = holder["subagents"];
  if (isJsonObject(subagents) && "model" in subagents) subagents["model"] = normalizeModelSetting(subagents["model"], context);
}

/** Catalog keys become canonical refs; two keys for one model are merged, the first written winning per field. */
function normalizeCatalog(defaults: JsonObject, context: ModelRefResolutionContext): void {
  const catalog = defaults["models"];
  if (!isJsonObject(catalog)) return;
  const out: JsonObject = {};
  for (const [key, entry] of Object.entries(catalog)) {
    const canonical = key.includes("/") ? canonicalRef(key, context) : key;
    const existing = out[canonical];
    out[canonical] = isJsonObject(existing) && isJsonObject(entry) ? { ...entry, ...existing } : (existing ?? entry);
  }
  defaults["models"] = out;
}

function normalizeAuth(auth: unknown): void {
  if (!isJsonObject(auth)) return;
  const profiles = auth["profiles"];
  if (isJsonObject(profiles)) {
    for (const profile of Object.values(profiles)) {
      if (isJsonObject(profile) && typeof profile["provider"] === "string") profile["provider"] = normalizeProviderIdForAuth(profile["provider"]);
    }
  }
  const order = auth["order"];
  if (isJsonObject(order)) {
    const out: JsonObject = {};
    for (const [provider, ids] of Object.entries(order)) {
      const canonical = normalizeProviderIdForAuth(provider);
      const merged = [...(Array.isArray(out[canonical]) ? (out[canonical] as unknown[]) : []), ...(Array.isArray(ids) ? ids : [])];
      out[canonical] = Array.isArray(ids) || Array.isArray(out[canonical]) ? [...new Set(merged)] : ids;
    }
    auth["order"] = out;
  }
}

/** Returns the normalized copy of a config value; the input is not changed. */
export function normalizeConfig(config: unknown, target: TargetId = "2026.4"): unknown {
  if (!isJsonObject(config)) return clone(config);
  const out = clone(config);
  const context = resolutionContext(readConfigView(config, target));
  const agents = out["agents"];
  if (isJsonObject(agents)) {
    const defaults = agents["defaults"];
    if (isJsonObject(defaults)) {
      normalizeModelHolder(defaults, context);
      normalizeCatalog(defaults, context);
    }
    if (Array.isArray(agents["list"])) for (const agent of agents["list"]) normalizeModelHolder(agent, context);
    // 2026.9's keyed agents hold the same model settings.
    if (target === "2026.9" && isJsonObject(agents["entries"])) for (const agent of Object.values(agents["entries"])) normalizeModelHolder(agent, context);
  }
  normalizeAuth(out["auth"]);
  return out;
}
