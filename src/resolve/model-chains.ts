/**
 * @fileoverview Every agent's effective model chains, as OpenClaw works them
 * out: the agent's setting over the defaults', the string form setting the
 * primary only, and an agent's explicit `fallbacks: []` switching the
 * defaults' fallbacks off. Each ref is resolved (aliases, provider ids) and
 * keeps the path it was written at and whether it came from the agent or the
 * defaults.
 */
import {
  BUILT_IN_MODEL_ALIASES,
  formatModelRef,
  parseModelRef,
  resolveModelRefString,
  type ModelRef,
  type ModelRefResolution,
  type ModelRefResolutionContext,
} from "../providers/index.js";
import type { JsonPath } from "../diagnostics/types.js";
import { MODEL_KINDS, readConfigView, type ConfigView, type ModelKind, type ModelSetting, type Written } from "./config-view.js";

export type ChainOrigin = "agent" | "defaults" | "unset";

export interface ChainEntry {
  /** As written. */
  raw: string;
  path: JsonPath;
  /** Resolved ref, or null when the string is not a ref at all. */
  ref: ModelRef | null;
  via: ModelRefResolution | "invalid";
  /** `provider/model[@profile]`, canonical; the raw text when it does not parse. */
  canonical: string;
}

export interface ModelChain {
  kind: ModelKind | "subagents";
  primary?: ChainEntry;
  fallbacks: ChainEntry[];
  primaryFrom: ChainOrigin;
  fallbacksFrom: ChainOrigin;
}

export interface AgentChains {
  /** The agent id as written; `main` for the implicit agent of a config without `agents.list`. */
  agentId: string;
  /** Where the agent is written; undefined for the implicit agent. */
  path?: JsonPath;
  isDefault: boolean;
  chains: ModelChain[];
}

export interface ModelChainsResult {
  defaults: ModelChain[];
  agents: AgentChains[];
  /** What bare model names are resolved against. */
  context: ModelRefResolutionContext;
}

/** The alias table and configured models, with OpenClaw's built-in aliases where their target is configured without one. */
export function resolutionContext(view: ConfigView): ModelRefResolutionContext {
  const aliases = new Map<string, string>();
  for (const entry of view.catalog) if (entry.alias) aliases.set(entry.alias.value.trim().toLowerCase(), entry.key);
  for (const [alias, target] of Object.entries(BUILT_IN_MODEL_ALIASES)) {
    const entry = view.catalog.find((e) => e.key === target);
    if (entry && !entry.alias && !aliases.has(alias)) aliases.set(alias, target);
  }
  const configuredModels: { provider: string; model: string }[] = [];
  for (const entry of view.catalog) {
    const ref = parseModelRef(entry.key);
    if (ref && entry.key.includes("/")) configuredModels.push({ provider: ref.provider, model: ref.model });
  }
  for (const provider of view.providers) for (const model of provider.models) configuredModels.push({ provider: provider.id, model: model.value });
  return { aliases, configuredModels };
}

export function resolveEntry(written: Written<string>, context: ModelRefResolutionContext): ChainEntry {
  const resolved = resolveModelRefString(written.value, context);
  if (!resolved) return { raw: written.value, path: written.path, ref: null, via: "invalid", canonical: written.value };
  return { raw: written.value, path: written.path, ref: resolved.ref, via: resolved.via, canonical: formatModelRef(resolved.ref) };
}

function chainOf(
  kind: ModelChain["kind"],
  own: ModelSetting | undefined,
  inherited: ModelSetting | undefined,
  context: ModelRefResolutionContext,
): ModelChain {
  const chain: ModelChain = { kind, fallbacks: [], primaryFrom: "unset", fallbacksFrom: "unset" };
  const primarySource = own?.primary ? own : inherited?.primary ? inherited : undefined;
  if (primarySource?.primary) {
    chain.primary = resolveEntry(primarySource.primary, context);
    chain.primaryFrom = primarySource === own ? "agent" : "defaults";
  }
  // Own fallbacks win when written at all; `[]` switches the inherited ones off.
  const fallbackSource = own?.fallbacks ? own : inherited?.fallbacks ? inherited : undefined;
  if (fallbackSource?.fallbacks) {
    chain.fallbacks = fallbackSource.fallbacks.map((f) => resolveEntry(f, context));
    chain.fallbacksFrom = fallbackSource === own ? "agent" : "defaults";
  }
  return chain;
}

/** Resolves the model chains of the defaults and of every agent. */
export function resolveModelChains(config: unknown): ModelChainsResult {
  const view = readConfigView(config);
  const context = resolutionContext(view);
  // The defaults' own chains: everything in them comes from the defaults.
  const defaults = MODEL_KINDS.map((kind) => chainOf(kind, undefined, view.defaults.models[kind], context));
  defaults.push(chainOf("subagents", undefined, view.defaults.subagentsModel, context));

  const defaultIndex = view.agents.findIndex((a) => a.isDefaultFlag);
  const agents: AgentChains[] =
    view.agents.length === 0
      ? [{ agentId: "main", isDefault: true, chains: defaults }]
      : view.agents.map((agent, position) => {
          const chains = MODEL_KINDS.map((kind) => chainOf(kind, agent.models[kind], view.defaults.models[kind], context));
          chains.push(chainOf("subagents", agent.subagentsModel, view.defaults.subagentsModel, context));
          return {
            agentId: agent.id?.value ?? `#${agent.index}`,
            path: agent.path,
            // The first agent marked default wins; with none marked, the first entry is the default.
            isDefault: defaultIndex >= 0 ? position === defaultIndex : position === 0,
            chains,
          };
        });
  return { defaults, agents, context };
}

/** The chain of one kind, or undefined when it sets nothing. */
export function chainOfKind(chains: readonly ModelChain[], kind: ModelChain["kind"]): ModelChain | undefined {
  const chain = chains.find((c) => c.kind === kind);
  return chain && (chain.primary || chain.fallbacks.length > 0) ? chain : undefined;
}
