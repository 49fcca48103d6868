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
import { defaultAgentPosition } from "./default-agent.js";

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
  /** The agent id as written; `main` for the implicit agent of a config without `agents.list`; `#<index>` (a label, not an id) for an agent written without one. */
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

/** A written setting, resolved once: agents that inherit it share these very entries. */
interface ResolvedSetting {
  primary?: ChainEntry;
  fallbacks?: ChainEntry[];
}

/**
 * Resolves settings, each once, and each distinct ref string once: a large
 * config repeats the same few refs across thousands of agents.
 */
class SettingResolver {
  private readonly settings = new WeakMap<ModelSetting, ResolvedSetting>();
  private readonly refs = new Map<string, Omit<ChainEntry, "path">>();

  constructor(readonly context: ModelRefResolutionContext) {}

  private entry(written: Written<string>): ChainEntry {
    let cached = this.refs.get(written.value);
    if (!cached) {
      const { path: _path, ...rest } = resolveEntry(written, this.context);
      cached = rest;
      this.refs.set(written.value, cached);
    }
    return { ...cached, path: written.path };
  }

  resolve(setting: ModelSetting): ResolvedSetting {
    let resolved = this.settings.get(setting);
    if (!resolved) {
      resolved = {};
      if (setting.primary) resolved.primary = this.entry(setting.primary);
      if (setting.fallbacks) resolved.fallbacks = setting.fallbacks.map((f) => this.entry(f));
      this.settings.set(setting, resolved);
    }
    return resolved;
  }
}

function chainOf(kind: ModelChain["kind"], own: ModelSetting | undefined, inherited: ModelSetting | undefined, resolver: SettingResolver): ModelChain {
  const chain: ModelChain = { kind, fallbacks: [], primaryFrom: "unset", fallbacksFrom: "unset" };
  const mine = own ? resolver.resolve(own) : undefined;
  const theirs = inherited ? resolver.resolve(inherited) : undefined;
  if (mine?.primary) {
    chain.primary = mine.primary;
    chain.primaryFrom = "agent";
  } else if (theirs?.primary) {
    chain.primary = theirs.primary;
    chain.primaryFrom = "defaults";
  }
  // Own fallbacks win when written at all; `[]` switches the inherited ones off.
  if (mine?.fallbacks) {
    chain.fallbacks = mine.fallbacks;
    chain.fallbacksFrom = "agent";
  } else if (theirs?.fallbacks) {
    chain.fallbacks = theirs.fallbacks;
    chain.fallbacksFrom = "defaults";
  }
  return chain;
}

/**
 * Resolves the model chains of the defaults and of every agent. Pass the
 * config's view when it is already at hand, so it is read once.
 */
export function resolveModelChains(config: unknown, view: ConfigView = readConfigView(config)): ModelChainsResult {
  const context = resolutionContext(view);
  const resolver = new SettingResolver(context);
  // The defaults' own chains: everything in them comes from the defaults.
  const defaults = MODEL_KINDS.map((kind) => chainOf(kind, undefined, view.defaults.models[kind], resolver));
  defaults.push(chainOf("subagents", undefined, view.defaults.subagentsModel, resolver));

  const defaultPosition = defaultAgentPosition(view);
  const agents: AgentChains[] =
    view.agents.length === 0
      ? [{ agentId: "main", isDefault: true, chains: defaults }]
      : view.agents.map((agent, position) => {
          // Only the kinds something sets: thousands of agents times seven empty chains is all garbage.
          const chains: ModelChain[] = [];
          for (const kind of MODEL_KINDS) {
            const own = agent.models[kind];
            const inherited = view.defaults.models[kind];
            if (own || inherited) chains.push(chainOf(kind, own, inherited, resolver));
          }
          if (agent.subagentsModel || view.defaults.subagentsModel)
            chains.push(chainOf("subagents", agent.subagentsModel, view.defaults.subagentsModel, resolver));
          return {
            // `#<index>` labels an agent written without an id in printed output; it is not an id
            // (defaultAgentId and writtenAgentIds answer which ids there are).
            agentId: agent.id?.value ?? `#${agent.index}`,
            path: agent.path,
            isDefault: position === defaultPosition,
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
