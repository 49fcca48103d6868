/**
 * @fileoverview (2026.9) `auth.cooldowns` (billing and auth-failure backoff,
 * failure window, profile rotations). OpenClaw 2026.9 refuses the key
 * (`Unrecognized key: "cooldowns"` at `auth`) and has no setting in its place:
 * its schema has none of these fields anywhere, and the backoff is built in.
 * There is nothing to move it to, so it is always a manual step, never a
 * silent delete.
 */
import { hasAt, stuck } from "../helpers.js";
import type { ConfigMigration } from "../types.js";

const RETIRED_IN = "2026.9";
const AT = ["auth", "cooldowns"];
const NEW_HOME = "nowhere (2026.9 has no cooldown settings; its backoff is built in)";

export const authCooldowns: ConfigMigration = {
  target: "config",
  id: "auth-cooldowns",
  retiredIn: RETIRED_IN,
  description: "auth.cooldowns → no home in 2026.9 (a manual step: delete it once you accept the built-in backoff)",
  legacyPaths: [{ path: AT, newHome: NEW_HOME }],
  detect(config) {
    if (!hasAt(config, AT)) return [];
    return [{ code: "legacy/auth-cooldowns", path: AT, skipSubtree: true, data: { key: "auth.cooldowns", newHome: NEW_HOME, retiredIn: RETIRED_IN } }];
  },
  apply(editor) {
    return stuck(
      editor,
      AT,
      NEW_HOME,
      "OpenClaw 2026.9 refuses auth.cooldowns and has no setting for billing or auth-failure backoff, the failure window or profile rotations. Delete the block (its values stop applying; the built-in backoff takes over).",
    );
  },
};
