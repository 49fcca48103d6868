/**
 * @fileoverview Codes of the model rules: model references, chains, aliases
 * and the allowlist.
 */
import { defineCode, q } from "../define.js";

export const modelCodes = {
  "model/unknown-provider": defineCode<{ ref: string; provider: string; suggestion: string | undefined }>({
    severity: "warning",
    doc: "A model ref names a provider that is neither built in nor configured under `models.providers`.",
    message: (d) => `Unknown provider ${q(d.provider)} in ${q(d.ref)}${d.suggestion ? `; did you mean ${q(d.suggestion)}?` : "."}`,
    hint: (d) =>
      d.suggestion
        ? `Write ${q(d.suggestion)}, or configure ${q(d.provider)} under models.providers.`
        : `Configure ${q(d.provider)} under models.providers (with baseUrl and models), or use a built-in provider id.`,
  }),
  "model/non-canonical-provider": defineCode<{ ref: string; written: string; canonical: string }>({
    severity: "warning",
    doc: "A model ref uses an alias of a provider id (`kimi-coding/…`, `z.ai/…`, `bedrock/…`) rather than the canonical id.",
    message: (d) => `${q(d.written)} is not the canonical id of provider ${q(d.canonical)} (in ${q(d.ref)}).`,
    hint: (d) => `Write ${q(d.canonical)}: profiles, auth.order and keys are matched by the canonical id.`,
  }),
  "model/missing-provider": defineCode<{ ref: string; assumed: string }>({
    severity: "warning",
    doc: "A model name without a provider that is no alias and no unique configured model: OpenClaw assumes its default provider.",
    message: (d) => `Model ${q(d.ref)} has no provider; OpenClaw will assume ${q(d.assumed)}.`,
    hint: (d) => `Write the full ref (e.g. ${q(d.assumed)}) or define ${q(d.ref)} as an alias in agents.defaults.models.`,
  }),
  "model/unknown-alias": defineCode<{ name: string; suggestion: string; target: string }>({
    severity: "error",
    doc: "A model name without a provider that is close to, but not, a defined alias.",
    message: (d) => `No alias named ${q(d.name)}; did you mean ${q(d.suggestion)} (${d.target})?`,
    hint: (d) => `Write ${q(d.suggestion)}; aliases match case-insensitively but otherwise exactly.`,
  }),
  "model/duplicate-alias": defineCode<{ alias: string; first: string; second: string }>({
    severity: "warning",
    doc: "Two models share one alias (compared case-insensitively). OpenClaw accepts the config and the later entry wins (`openclaw models aliases add` refuses to create such a pair), so this is a warning.",
    message: (d) =>
      `Alias ${q(d.alias)} is used for both ${q(d.first)} and ${q(d.second)}; OpenClaw accepts this and the alias means ${q(d.second)}, the later entry.`,
    hint: () => "Give each model its own alias.",
  }),
  "model/duplicate-fallback": defineCode<{ ref: string; where: string }>({
    severity: "warning",
    doc: "The same model appears twice in one fallback list; OpenClaw tries it once.",
    message: (d) => `${q(d.ref)} is listed twice in ${d.where}; the second entry is never tried.`,
    hint: () => "Remove the repeated entry.",
  }),
  "model/fallback-is-primary": defineCode<{ ref: string; where: string }>({
    severity: "warning",
    doc: "A fallback is the primary model itself, so it adds no second chance.",
    message: (d) => `Fallback ${q(d.ref)} in ${d.where} is the primary model itself.`,
    hint: () => "Use a model of another provider (or at least another model) as the fallback.",
  }),
  "model/not-in-model-policy": defineCode<{ ref: string; role: "primary" | "fallback"; policy: string }>({
    severity: "warning",
    doc: "OpenClaw 2026.9: a model outside a non-empty `modelPolicy.allow` (the defaults', or the agent's own), the allowlist for /model, session overrides and --model. OpenClaw loads the file.",
    message: (d) =>
      d.role === "primary"
        ? `Model ${q(d.ref)} is not allowed by ${d.policy}: OpenClaw 2026.9 loads the file, but refuses to switch to it with /model or --model ("model not allowed").`
        : `Fallback ${q(d.ref)} is not allowed by ${d.policy}: /model, session overrides and --model cannot select it in OpenClaw 2026.9.`,
    hint: (d) =>
      `Add ${q(d.ref)}, or a wildcard for its provider such as ${q(`${d.ref.split("/")[0]}/*`)}, to ${d.policy}; or empty the list to allow any model.`,
  }),
  "model/not-in-allowlist": defineCode<{ ref: string; role: "primary" | "fallback" }>({
    severity: "warning",
    doc: "A sub-agent model is outside a non-empty `agents.defaults.models` (the allowlist). OpenClaw accepts the config and adds each agent's own primary and fallbacks to the allowlist, but not sub-agent models, so `/model` and the model picker do not offer it; stricter than OpenClaw, hence a warning.",
    message: (d) =>
      `Sub-agent ${d.role === "primary" ? "model" : "fallback"} ${q(d.ref)} is not in agents.defaults.models (the allowlist). ` +
      "OpenClaw accepts this, but it adds only each agent's own primary and fallbacks to the allowlist, so /model and the model picker do not offer it.",
    hint: (d) => `Add ${q(d.ref)} to agents.defaults.models (e.g. ${q(d.ref)}: {}) to make it selectable.`,
  }),
  "model/retired-model": defineCode<{ ref: string; replacement: string; reason: string; release: string }>({
    severity: "error",
    doc: "A model ref the release no longer resolves because the model was shut down (2026.9: `google/gemini-3-pro-preview`).",
    message: (d) => `${q(d.ref)} is a retired model; OpenClaw ${d.release} refuses it. ${d.reason}`,
    hint: (d) => `Use ${q(d.replacement)}.`,
  }),
} as const;
