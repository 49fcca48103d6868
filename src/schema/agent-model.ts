/**
 * @fileoverview The pieces of the `agents` section that describe models: the
 * model setting (a ref, or a primary with fallbacks) used by every *Model key,
 * free-form provider params, and an entry of the `agents.defaults.models`
 * catalog. Model refs are plain strings here; their format is checked by the
 * resolve stage, because OpenClaw's schema does not check it either.
 */
import { z } from "zod";

/** The object form of a model setting; strict, so a typo such as `fallback` is an error. */
export const AgentModelObjectSchema = z
  .strictObject({
    primary: z.string().meta({ title: "Primary model", description: 'The model tried first, as "provider/model" or an alias.' }).optional(),
    fallbacks: z
      .array(z.string())
      .meta({
        title: "Fallback models",
        description:
          'Models tried in order when the primary fails, each "provider/model" or an alias. On an agent, ' +
          "an explicit empty list turns off the fallbacks it would otherwise inherit.",
      })
      .optional(),
  })
  .meta({ title: "Model with fallbacks", description: "A primary model and an ordered list of fallbacks." });

/**
 * A model setting: a single ref (sets only the primary; fallbacks are inherited
 * where that applies) or `{primary, fallbacks}`. One schema for every key that
 * takes it, so they cannot drift apart.
 */
export const AgentModelSchema = z
  .union([
    z.string().meta({
      title: "Model",
      description: 'A single model ref ("provider/model") or alias; sets only the primary model.',
    }),
    AgentModelObjectSchema,
  ])
  .meta({
    title: "Model",
    description: 'A model ref ("provider/model") or {primary, fallbacks}.',
  });

/**
 * A model setting at one place in the config, documented for that place. The
 * docs sit on the optional wrapper so that the schema inside is
 * `AgentModelSchema` itself: later stages find every model setting by identity.
 */
export function agentModelField(title: string, description: string) {
  return AgentModelSchema.optional().meta({ title, description });
}

/** Provider/stream parameters: free-form, passed to the provider as they are. */
export const ModelParamsSchema = z.record(z.string(), z.unknown());

/** One entry of `agents.defaults.models`, keyed by the full "provider/model" ref. */
export const ModelCatalogEntrySchema = z
  .strictObject({
    alias: z
      .string()
      .meta({
        title: "Alias",
        description: "Short name you can use instead of the full model ref, in /model and in model settings.",
      })
      .optional(),
    params: ModelParamsSchema.meta({
      title: "Model parameters",
      description:
        "Provider-specific request parameters for this model (e.g. temperature, cacheRetention, thinking " +
        "options). Override agents.defaults.params key by key; agents.list[].params override these.",
    }).optional(),
    streaming: z
      .boolean()
      .meta({
        title: "Stream responses",
        description: "Whether responses from this model are streamed. Default: true (false for Ollama).",
      })
      .optional(),
  })
  .meta({ title: "Model catalog entry", description: "Alias, parameters and streaming for one model." });

export type AgentModel = z.input<typeof AgentModelSchema>;
export type ModelCatalogEntry = z.input<typeof ModelCatalogEntrySchema>;
