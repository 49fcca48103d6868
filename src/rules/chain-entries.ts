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

function pathKey(entry: ChainEntry): string {
  return JSON.stringify(entry.path);
}

/** Every chain (defaults first, then each agent's). */
export function allChains(result: ModelChainsResult): ModelChain[] {
  return [...result.defaults, ...result.agents.flatMap((a) => a.chains)];
}

/** Every written ref in a chain, once per place it is written. */
export function uniqueChainRefs(result: ModelChainsResult): ChainRef[] {
  const seen = new Set<string>();
  const out: ChainRef[] = [];
  for (const chain of allChains(result)) {
    const refs: ChainRef[] = [
      ...(chain.primary ? [{ entry: chain.primary, role: "primary" as const, chain }] : []),
      ...chain.fallbacks.map((entry) => ({ entry, role: "fallback" as const, chain })),
    ];
    for (const ref of refs) {
      const key = pathKey(ref.entry);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

/** The ref without its `@profile`, for comparing models. */
export function modelIdentity(entry: ChainEntry): string {
  return entry.ref ? `${entry.ref.provider}/${entry.ref.model}` : entry.raw.trim();
}
