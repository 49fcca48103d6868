/**
 * @fileoverview `check --print-config` (like `tsc --showConfig`): the
 * normalized config and every agent's resolved chains, with where each part
 * came from.
 */
import { resolveModelChains, type ChainEntry, type ModelChain } from "../resolve/model-chains.js";
import type { Redactor } from "../secrets/redact.js";
import { normalizeConfig } from "./normalize-config.js";
import { readConfigView } from "../resolve/config-view.js";
import type { TargetId } from "../schema/targets/ids.js";

export interface PrintedChain {
  primary: string | null;
  fallbacks: string[];
  primaryFrom: ModelChain["primaryFrom"];
  fallbacksFrom: ModelChain["fallbacksFrom"];
}

export interface PrintedConfig {
  config: unknown;
  agents: { id: string; default: boolean; chains: Record<string, PrintedChain> }[];
}

const show = (entry: ChainEntry): string => entry.canonical;

export function printedConfig(config: unknown, target: TargetId = "2026.4"): PrintedConfig {
  const chains = resolveModelChains(config, readConfigView(config, target));
  return {
    config: normalizeConfig(config, target),
    agents: chains.agents.map((agent) => ({
      id: agent.agentId,
      default: agent.isDefault,
      chains: Object.fromEntries(
        agent.chains
          .filter((c) => c.primary || c.fallbacks.length > 0)
          .map((c) => [
            c.kind,
            { primary: c.primary ? show(c.primary) : null, fallbacks: c.fallbacks.map(show), primaryFrom: c.primaryFrom, fallbacksFrom: c.fallbacksFrom },
          ]),
      ),
    })),
  };
}

/**
 * What `check --print-config` prints for the files checked (an array when there are
 * several): every value under a secret-named key masked in the tree, whatever its length,
 * then every known secret and credential-looking token in the text.
 */
export function printedConfigText(files: readonly { file: string; value: unknown; target?: TargetId | undefined }[], redactor: Redactor): string {
  const printed = files.map((f) => redactor.redactValue({ file: f.file, ...printedConfig(f.value, f.target) }));
  return redactor.redact(`${JSON.stringify(printed.length === 1 ? printed[0] : printed, null, 2)}\n`);
}
