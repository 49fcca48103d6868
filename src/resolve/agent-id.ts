/**
 * @fileoverview OpenClaw's agent ids (src/routing/session-key.ts): a valid id
 * is lower-cased; otherwise runs of other characters become "-" (leading and
 * trailing ones dropped), and an empty result is "main". The same rule names
 * an agent's state folder, which also keeps a hostile id inside it.
 */

export const DEFAULT_AGENT_ID = "main";
export const VALID_AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

export function normalizeAgentId(raw: string): string {
  const trimmed = raw.trim();
  if (VALID_AGENT_ID.test(trimmed)) return trimmed.toLowerCase();
  const collapsed = trimmed
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+/, "")
    .replace(/-+$/, "")
    .slice(0, 64);
  return collapsed === "" ? DEFAULT_AGENT_ID : collapsed;
}
