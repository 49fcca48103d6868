/**
 * @fileoverview (2026.9) `agents.defaults.pdfMaxBytesMb` is renamed
 * `agents.defaults.pdfMaxMb` (the same number of megabytes; 2026.9 refuses the
 * old name).
 */
import { plainMoves } from "../plain-moves.js";

export const pdfMaxMb = plainMoves({
  id: "pdf-max-mb",
  retiredIn: "2026.9",
  description: "agents.defaults.pdfMaxBytesMb → agents.defaults.pdfMaxMb (2026.9)",
  moves: [{ from: ["agents", "defaults", "pdfMaxBytesMb"], toParent: ["agents", "defaults"], key: "pdfMaxMb" }],
});
