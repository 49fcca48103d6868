/**
 * @fileoverview What a release refuses beyond its schema's shapes, as data the
 * rules ask (never `if (release === …)`). Each fact was recorded from the
 * release's own `config validate` (fixtures/openclaw-2026.9/refuses-*).
 */
import type { TargetId } from "./ids.js";

export interface RetiredModel {
  /** The model ref as OpenClaw refuses it. */
  ref: string;
  /** What OpenClaw says to use instead. */
  replacement: string;
  /** Why, in OpenClaw's words. */
  reason: string;
}

export interface ReleaseRefusals {
  /** A binding must name an agent of the roster (`bindings[].agentId`). */
  bindingsNameRosterAgents: boolean;
  /** `tools.web.search.apiKey` is legacy: the key belongs in the search plugin's config. */
  webSearchKeyInPluginConfig: boolean;
  /** Model refs the release no longer resolves. */
  retiredModels: readonly RetiredModel[];
}

export const RELEASE_REFUSALS: Readonly<Record<TargetId, ReleaseRefusals>> = {
  "2026.4": { bindingsNameRosterAgents: false, webSearchKeyInPluginConfig: false, retiredModels: [] },
  "2026.9": {
    bindingsNameRosterAgents: true,
    webSearchKeyInPluginConfig: true,
    retiredModels: [
      { ref: "google/gemini-3-pro-preview", replacement: "google/gemini-3.1-pro-preview", reason: "Google shut down Gemini 3 Pro Preview on 2026-03-09." },
    ],
  },
};
