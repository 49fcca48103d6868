/**
 * @fileoverview OpenClaw's agent ids (src/routing/session-key.ts): a valid id
 * is lower-cased; otherwise runs of other characters become "-" (leading and
 * trailing ones dropped), and an empty result is "main". The same rule names
 * an agent's state folder, which also keeps a hostile id inside it.
 */

export const DEFAULT_AGENT_ID = "main";
/**
 * OpenClaw's /^[a-z0-9][a-z0-9_-]{0,63}$/i, with the cases spelled out: the same
 * matches (outside Unicode mode `i` folds no other letter into ASCII), and the
 * first case-insensitive expression of a process costs ≈ 0.2 ms to set up,
 * which a check otherwise pays for this one alone.
 */
export const VALID_AGENT_ID = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;

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
