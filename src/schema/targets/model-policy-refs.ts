/**
 * @fileoverview OpenClaw 2026.9's check of every `modelPolicy.allow` entry
 * (agents.defaults and each agent): a configured alias (a key's `alias` in
 * agents.defaults.models), an exact "provider/model" ref, or a trailing
 * prefix wildcard ("openai/*", "clawrouter/anthropic/*"). "*" alone, a
 * wildcard mid-string ("openai/gpt-*") and a bare model name are refused.
 * Established with its CLI (fixtures/openclaw-2026.9/modelpolicy-*). No Zod.
 */
import { createDiagnostic } from "../../diagnostics/create.js";
import { formatPath } from "../../diagnostics/path.js";
import type { Diagnostic, JsonPath } from "../../diagnostics/types.js";
import type { ConfigSource } from "../../document/source.js";
import type { TargetChoice } from "./ids.js";
import { isJsonObject, type JsonObject } from "../../json-object.js";

/** "provider/model…" with no * but a trailing "/*". */
export function isPolicyRefForm(ref: string): boolean {
  const text = ref.trim();
  const slash = text.indexOf("/");
  if (slash <= 0 || slash === text.length - 1) return false;
  const body = text.endsWith("/*") ? text.slice(0, -2) : text;
  return !body.includes("*") && body.length > 0;
}

export function modelPolicyRefDiagnostics(source: ConfigSource, target: TargetChoice): Diagnostic[] {
  if (target.id !== "2026.9" || !isJsonObject(source.value)) return [];
  const agents = source.value["agents"];
  if (!isJsonObject(agents)) return [];
  const defaults = isJsonObject(agents["defaults"]) ? agents["defaults"] : undefined;
  const aliases = new Set<string>();
  for (const entry of Object.values(isJsonObject(defaults?.["models"]) ? (defaults!["models"] as JsonObject) : {})) {
    if (isJsonObject(entry) && typeof entry["alias"] === "string") aliases.add(entry["alias"].trim().toLowerCase());
  }
  const holders: [JsonPath, unknown][] = [[["agents", "defaults"], defaults]];
  if (isJsonObject(agents["entries"])) for (const [id, entry] of Object.entries(agents["entries"])) holders.push([["agents", "entries", id], entry]);
  if (Array.isArray(agents["list"])) agents["list"].forEach((entry, i) => holders.push([["agents", "list", i], entry]));
  const out: Diagnostic[] = [];
  for (const [path, holder] of holders) {
    const allow = isJsonObject(holder) && isJsonObject(holder["modelPolicy"]) ? holder["modelPolicy"]["allow"] : undefined;
    if (!Array.isArray(allow)) continue;
    allow.forEach((ref, i) => {
      if (typeof ref !== "string" || isPolicyRefForm(ref) || aliases.has(ref.trim().toLowerCase())) return;
      const at = [...path, "modelPolicy", "allow", i];
      out.push(createDiagnostic("schema/invalid-model-policy-ref", { ref, where: formatPath(at) }, { path: at, ...source.locate(at, "value") }));
    });
  }
  return out;
}
