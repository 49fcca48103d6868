/**
 * @fileoverview (2026.9) The generation model defaults move under
 * `agents.defaults.mediaModels`: `imageGenerationModel` → `mediaModels.image`,
 * `videoGenerationModel` → `.video`, `musicGenerationModel` → `.music`. The
 * value keeps its shape (a string or `{primary, fallbacks, timeoutMs}`, the same
 * in both releases). 2026.9 refuses the old keys.
 */
import { plainMoves } from "../plain-moves.js";

const DEFAULTS = ["agents", "defaults"];
const MEDIA = [...DEFAULTS, "mediaModels"];

export const mediaModels = plainMoves({
  id: "media-models",
  retiredIn: "2026.9",
  description: "agents.defaults.image/video/musicGenerationModel → agents.defaults.mediaModels.image/video/music (2026.9)",
  moves: [
    { from: [...DEFAULTS, "imageGenerationModel"], toParent: MEDIA, key: "image" },
    { from: [...DEFAULTS, "videoGenerationModel"], toParent: MEDIA, key: "video" },
    { from: [...DEFAULTS, "musicGenerationModel"], toParent: MEDIA, key: "music" },
  ],
});
