/**
 * @fileoverview (2026.9) `auth.cooldowns` (billing and auth-failure backoff,
 * failure window, profile rotations). OpenClaw 2026.9 refuses the key
 * (`Unrecognized key: "cooldowns"` at `auth`) and has no setting in its place:
 * its schema has none of these fields anywhere, and the backoff is built in.
 * A file that keeps the block does not load, so the block goes; it is left as
 * a comment at its place (with a line saying why), so the values the user
 * tuned are still there to read, and nothing is lost.
 */
import { hasAt, retireAsComment } from "../helpers.js";
import type { ConfigMigration } from "../types.js";

const RETIRED_IN = "2026.9";
const AT = ["auth", "cooldowns"];
const NEW_HOME = "nowhere (2026.9 has no cooldown settings; its backoff is built in)";
const REASON = "OpenClaw 2026.9 refuses auth.cooldowns and has no setting for it (its backoff is built in); the block is kept as a comment where it stood";

export const authCooldowns: ConfigMigration = {
  target: "config",
  id: "auth-cooldowns",
  retiredIn: RETIRED_IN,
  description: "auth.cooldowns → a comment (2026.9 refuses it and has no setting for it; its backoff is built in)",
  legacyPaths: [{ path: AT, newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, AT)) return [];
    return [{ code: "legacy/auth-cooldowns", path: AT, skipSubtree: true, data: { key: "auth.cooldowns", newHome: NEW_HOME, retiredIn: RETIRED_IN } }];
  },
  apply(editor) {
    return retireAsComment(
      editor,
      AT,
      "Removed by `agentcfg migrate --to 2026.9`: OpenClaw 2026.9 refuses auth.cooldowns (its backoff is built in). It read:",
      REASON,
    );
  },
};
