/**
 * @fileoverview The top-level `heartbeat` moves to `agents.defaults.heartbeat`,
 * whole. (OpenClaw also seeds `channels.defaults.heartbeat` from it; which of
 * its fields belong there is not in our reference, so nothing is split off.)
 */
import { plainMoves } from "../plain-moves.js";

export const topLevelHeartbeat = plainMoves({
  id: "top-level-heartbeat",
  retiredIn: "2026.4",
  description: "Top-level heartbeat → agents.defaults.heartbeat",
  moves: [{ from: ["heartbeat"], toParent: ["agents", "defaults"], key: "heartbeat" }],
});
