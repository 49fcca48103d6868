/**
 * @fileoverview Codes of the migrate stage as `check` reports them: one per
 * legacy form, each pointing at `agentcfg migrate`.
 */
import { defineCode, q } from "../define.js";

export interface LegacyData {
  key: string;
  newHome: string;
  retiredIn: string;
}

function legacy(doc: string) {
  return defineCode<LegacyData>({
    severity: "error",
    doc,
    message: (d) => `Legacy key ${q(d.key)}: OpenClaw ${d.retiredIn} and later refuse it; it now lives at ${d.newHome}.`,
    hint: () => "Run `agentcfg migrate <file>` to see the change, then `agentcfg migrate --write <file>` to apply it (comments are kept).",
  });
}

export const legacyCodes = {
  "legacy/agent-block": legacy("The top-level `agent` block of single-agent configs; its settings moved to `agents.defaults` and `tools`."),
  "legacy/routing": legacy("The top-level `routing` block; it moved to `agents.list`, `bindings`, `messages` and `tools`."),
  "legacy/identity": legacy("The top-level `identity`; it moved to the default agent's `identity`."),
  "legacy/top-level-channel": legacy("A channel configured at the top level (`whatsapp`, `telegram`, …); channels live under `channels`."),
  "legacy/top-level-memory-search": legacy("The top-level `memorySearch`; it moved to `agents.defaults.memorySearch`."),
  "legacy/top-level-heartbeat": legacy("The top-level `heartbeat`; it moved to `agents.defaults.heartbeat` and `channels.defaults.heartbeat`."),
} as const;
