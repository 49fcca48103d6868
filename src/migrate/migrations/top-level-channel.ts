/**
 * @fileoverview Channels configured at the top level (`telegram: {…}`) move
 * under `channels` (`channels.telegram`).
 */
import { plainMoves } from "../plain-moves.js";

const CHANNELS = ["whatsapp", "telegram", "discord", "slack", "signal", "imessage", "msteams"] as const;

export const topLevelChannel = plainMoves({
  id: "top-level-channel",
  retiredIn: "2026.3",
  description: "Top-level channel keys (whatsapp, telegram, discord, slack, signal, imessage, msteams) → channels.<key>",
  moves: CHANNELS.map((channel) => ({ from: [channel], toParent: ["channels"], key: channel })),
});
