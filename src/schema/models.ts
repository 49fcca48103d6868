/**
 * @fileoverview The `models` section: custom or overridden model providers and
 * whether they merge with OpenClaw's built-in catalog or replace it. A provider
 * entry needs `baseUrl` and `models` even when it only overrides a built-in
 * provider; that is OpenClaw's rule, and a common surprise.
 */
import { z } from "zod";
import { describedEnum } from "./described-enum.js";
import { ModelApiSchema, ModelDefinitionSchema } from "./model-definition.js";
import { ProviderRequestSchema } from "./provider-request.js";
import { SecretInputSchema } from "./secret-ref.js";

export { ModelApiSchema, ModelCompatSchema, ModelCostSchema, ModelDefinitionSchema } from "./model-definition.js";
export {
  ProviderProxySchema,
  ProviderRequestAuthSchema,
  ProviderRequestSchema,
  ProviderTlsSchema,
} from "./provider-request.js";

export const ProviderAuthSchema = describedEnum(
  {
    "api-key": "An API key (apiKey, an auth profile or an environment variable).",
    "aws-sdk": "The AWS SDK credential chain (Amazon Bedrock).",
    oauth: "OAuth credentials from an auth profile.",
    token: "A bearer token.",
  },
  {
    title: "Auth style",
    description: "How this provider authenticates. Spelt api-key with a hyphen (auth.profiles.*.mode spells it api_key).",
  },
);

export const ModelsModeSchema = describedEnum(
  {
    merge: "Overlay these providers on OpenClaw's built-in catalog.",
    replace: "Use only the providers configured here.",
  },
  {
    title: "Catalog mode",
    description: "How configured providers combine with the built-in catalog. Default: merge.",
  },
);

export const ModelProviderSchema = z
  .strictObject({
    baseUrl: z.string().min(1).meta({
      title: "Base URL",
      description: "Endpoint base URL for this provider's requests. Required, even when only overriding a built-in provider.",
    }),
    apiKey: SecretInputSchema.meta({
      title: "API key",
      description:
        'API key as text, "${ENV_VAR}", or a secret reference {source, provider, id}. Optional: keys can also ' +
        "come from environment variables or auth profiles.",
    }).optional(),
    auth: ProviderAuthSchema.optional(),
    api: ModelApiSchema.meta({
      description: "Adapter used for this provider's models; a model's own api overrides it.",
    }).optional(),
    injectNumCtxForOpenAICompat: z
      .boolean()
      .meta({
        title: "Inject num_ctx",
        description: "For Ollama behind the openai-completions adapter: add options.num_ctx to requests. Default: true.",
      })
      .optional(),
    headers: z
      .record(z.string(), SecretInputSchema)
      .meta({
        title: "Headers",
        description: "Static headers added to every request to this provider; values may be secret references.",
      })
      .optional(),
    authHeader: z.boolean().meta({ title: "Use Authorization header", description: "Always send the credential in the Authorization header." }).optional(),
    request: ProviderRequestSchema.optional(),
    models: z.array(ModelDefinitionSchema).meta({
      title: "Models",
      description: "The models this provider serves. Required; may be an empty list.",
    }),
  })
  .meta({
    title: "Model provider",
    description: "A custom or overridden provider: where it lives, how it authenticates, and its models.",
  });

export const ModelsConfigSchema = z
  .strictObject({
    mode: ModelsModeSchema.optional(),
    providers: z
      .record(z.string(), ModelProviderSchema)
      .meta({
        title: "Providers",
        description: 'Provider definitions keyed by provider id, the "provider" part of "provider/model" refs.',
      })
      .optional(),
  })
  .meta({
    title: "Models",
    description:
      "Model provider catalog: custom or overridden providers with their connection, auth and models, merged " + "with or replacing the built-in ones.",
  });

export type ModelProvider = z.input<typeof ModelProviderSchema>;
export type ModelsConfig = z.input<typeof ModelsConfigSchema>;
