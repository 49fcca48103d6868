/**
 * @fileoverview The model refs of every chain, each once: an agent that
 * inherits the defaults' chain would otherwise report the same written ref
 * again for every agent.
 */
import type { ChainEntry, ModelChain, ModelChainsResult } from "../resolve/model-chains.js";

export interface ChainRef {
  entry: ChainEntry;
  role: "primary" | "fallback";
  chain: ModelChain;
}

/** Every chain (defaults first, then each agent's). */
export function allChains(result: ModelChainsResult): ModelChain[] {
  const out = [...result.defaults];
  for (const agent of result.agents) for (const chain of agent.chains) out.push(chain);
  return out;
}

const cache = new WeakMap<ModelChainsResult, ChainRef[]>();

/**
 * Every written ref in a chain, once per place it is written. Inherited
 * entries are the same objects as the defaults' (see SettingResolver), so
 * identity tells them apart; the list is computed once per result.
 */
export function uniqueChainRefs(result: ModelChainsResult): ChainRef[] {
  const cached = cache.get(result);
  if (cached) return cached;
  const seen = new Set<ChainEntry>();
  const out: ChainRef[] = [];
  for (const chain of allChains(result)) {
    if (chain.primary && !seen.has(chain.primary)) {
      seen.add(chain.primary);
      out.push({ entry: chain.primary, role: "primary", chain });
    }
    for (const entry of chain.fallbacks) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push({ entry, role: "fallback", chain });
    }
  }
  cache.set(result, out);
  return out;
}

/** The ref without its `@profile`, for comparing models. */
export function modelIdentity(entry: ChainEntry): string {
  return entry.ref ? `${entry.ref.provider}/${entry.ref.model}` : entry.raw.trim();
}
