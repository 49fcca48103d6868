/**
 * @fileoverview (2026.9) Top-level sections 2026.4 has and 2026.9 refuses
 * (`Unrecognized key` at the root): `media` → `attachments` (2026.9 kept
 * `ttlHours` only), `web.enabled` → `channels.whatsapp.enabled` (the rest of
 * `web` has no home), and `cli`, `canvasHost`, `audio`, which have no plain
 * new home (`audio.transcription` became a capability-tagged entry of
 * `tools.media.models`, a change of shape). What moves whole moves; the rest
 * is a manual step naming what to do.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { getAt, hasAt, moveTo, stuck } from "../helpers.js";
import type { ConfigMigration, LegacyFinding, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";

interface Section {
  key: string;
  newHome: string;
  /** The one plain move, when the section holds only what it carries: [members it may hold, from inside, to parent, key]. */
  move?: readonly [readonly string[], JsonPath, JsonPath, string];
  reason: string;
}

const SECTIONS: readonly Section[] = [
  {
    key: "media",
    newHome: "attachments",
    move: [["ttlHours"], [], [], "attachments"],
    reason:
      "2026.9 renamed it attachments and kept only ttlHours (preserveFilenames has no home). Remove the other settings, then run `agentcfg migrate --to 2026.9` again.",
  },
  {
    key: "web",
    newHome: "channels.whatsapp.enabled",
    move: [["enabled"], ["enabled"], ["channels", "whatsapp"], "enabled"],
    reason:
      "2026.9 reads web.enabled as channels.whatsapp.enabled; heartbeatSeconds and reconnect have no home. Remove them, then run `agentcfg migrate --to 2026.9` again.",
  },
  { key: "cli", newHome: "nowhere (2026.9 has no cli settings)", reason: "OpenClaw 2026.9 has no cli section (the banner settings are gone). Delete it." },
  { key: "canvasHost", newHome: "nowhere (2026.9 has no canvasHost)", reason: "OpenClaw 2026.9 has no canvasHost section. Delete it." },
  {
    key: "audio",
    newHome: 'tools.media.models (an entry with capabilities: ["audio"])',
    reason:
      'OpenClaw 2026.9 has no audio section: audio.transcription became an entry of tools.media.models with capabilities: ["audio"]. Write that entry by hand (`openclaw doctor --fix` does it), then delete audio.',
  },
];

export const retiredRootSections: ConfigMigration = {
  target: "config",
  id: "retired-root-sections",
  retiredIn: RETIRED_IN,
  description: "Top-level media → attachments, web.enabled → channels.whatsapp.enabled; cli, canvasHost, audio (no home: manual steps) (2026.9)",
  legacyPaths: SECTIONS.map((s) => ({ path: [s.key], newHome: s.newHome })),
  detect(config) {
    return SECTIONS.filter((s) => hasAt(config, [s.key])).map(
      (s): LegacyFinding => ({
        code: "legacy/retired-root-sections",
        path: [s.key],
        skipSubtree: true,
        data: { key: s.key, newHome: s.newHome, retiredIn: RETIRED_IN },
      }),
    );
  },
  apply(editor) {
    const manual: StepResult[] = [];
    for (const section of SECTIONS.filter((s) => hasAt(editor.value, [s.key]))) {
      const value = getAt(editor.value, [section.key]);
      if (section.move && isJsonObject(value) && Object.keys(value).every((k) => section.move![0].includes(k))) {
        const [, inside, toParent, key] = section.move;
        if (inside.length === 0) return moveTo(editor, [section.key], toParent, key);
        if (hasAt(editor.value, [section.key, ...inside])) {
          const moved = moveTo(editor, [section.key, ...inside], toParent, key);
          if (moved.kind === "changed") editor.removeMember([section.key], true);
          return moved.kind === "changed" ? { kind: "changed", change: { ...moved.change, alsoRemoved: section.key } } : moved;
        }
        editor.removeMember([section.key], true);
        return { kind: "changed", change: { kind: "removed", what: formatPath([section.key]), state: "empty" } };
      }
      manual.push(stuck(editor, [section.key], section.newHome, section.reason));
    }
    return { kind: "stuck", manual: manual.flatMap((m) => (m.kind === "stuck" ? m.manual : [])) };
  },
};
