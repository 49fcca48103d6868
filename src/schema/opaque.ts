/**
 * @fileoverview Keys OpenClaw knows but agentcfg does not validate ("opaque"):
 * any value passes, untouched. They still exist in the schema, so a key that is
 * *not* in it is an unknown key, and the editor schema still documents them.
 * The 2026.4 root no longer has any (every section is validated from
 * src/schema/sections/); kept for a root still being assembled.
 */
import { z } from "zod";

/** Marker read by the JSON Schema emitter and the docs: validated by OpenClaw, not by us. */
export const OPAQUE_META_KEY = "x-agentcfg-opaque";

export function opaque(description: string, title?: string) {
  return z.unknown().meta({ ...(title ? { title } : {}), description, [OPAQUE_META_KEY]: true });
}
