/**
 * @fileoverview The top-level `memorySearch` moves to `agents.defaults.memorySearch`.
 */
import { plainMoves } from "../plain-moves.js";

export const topLevelMemorySearch = plainMoves({
  id: "top-level-memory-search",
  retiredIn: "2026.4",
  description: "Top-level memorySearch → agents.defaults.memorySearch",
  moves: [{ from: ["memorySearch"], toParent: ["agents", "defaults"], key: "memorySearch" }],
});
