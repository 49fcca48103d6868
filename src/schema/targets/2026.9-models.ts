/**
 * @fileoverview The `models` section as OpenClaw 2026.9 reads it: a provider
 * no longer needs `baseUrl` or `models` (an override of a built-in provider
 * can set one field), the adapters gain openai-chatgpt-responses (for
 * 2026.4's openai-codex-responses), google-vertex and pi-messages, a secret
 * may come from the credential store (`{source: "store", provider, id}`), and
 * providers gain runtime settings agentcfg does not validate. Derived from the
 * 2026.4 schemas, so what the releases share is declared once.
 */
import { z } from "zod";
import { describedEnum } from "../described-enum.js";
import { ModelDefinitionSchema } from "../model-definition.js";
import { ModelProviderSchema, ModelsConfigSchema } from "../models.js";
import { opaque } from "../opaque.js";
import { SECRET_PROVIDER_ALIAS_PATTERN, SecretInputSchema } from "../secret-ref.js";

export const ModelApiSchema9 = describedEnum(
  {
    "openai-completions": "OpenAI Chat Completions, and servers compatible with it.",
    "openai-responses": "OpenAI Responses API.",
    "openai-chatgpt-responses": "Responses API of the ChatGPT backend (2026.4: openai-codex-responses).",
    "anthropic-messages": "Anthropic Messages API, and endpoints compatible with it.",
    "google-generative-ai": "Google Generative AI (Gemini) API.",
    "google-vertex": "Google Vertex AI.",
    "github-copilot": "GitHub Copilot API.",
    "bedrock-converse-stream": "Amazon Bedrock Converse streaming API.",
    ollama: "Ollama's native API.",
    "pi-messages": "Pi's messages API.",
    "azure-openai-responses": "Azure OpenAI Responses API.",
  },
  { title: "API adapter", description: "Request/response adapter used to talk to the model." },
);

/** A secret kept in OpenClaw 2026.9's credential store. */
export const StoreSecretRefSchema = z
  .strictObject({
    source: z.literal("store").meta({ title: "Source", description: "Read the secret from OpenClaw's credential store." }),
    provider: z.string().regex(SECRET_PROVIDER_ALIAS_PATTERN).meta({ title: "Store provider", description: "Provider id the stored secret belongs to." }),
    id: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,127}$/)
      .meta({ title: "Stored secret name", description: "Name of the stored secret, e.g. OPENAI_API_KEY." }),
  })
  .meta({ title: "Stored secret", description: "A secret from the credential store (2026.9)." });

export const SecretInputSchema9 = z.union([SecretInputSchema, StoreSecretRefSchema]);

const ModelInputSchema9 = describedEnum(
  { text: "Text input.", image: "Image input.", video: "Video input." },
  { title: "Input kind", description: "A kind of input the model accepts." },
);

export const ModelDefinitionSchema9 = ModelDefinitionSchema.extend({
  api: ModelApiSchema9.meta({ description: "Adapter for this model; default: the provider's api." }).optional(),
  baseUrl: z.string().min(1).meta({ title: "Base URL", description: "Endpoint of this model when it differs from the provider's." }).optional(),
  input: z.array(ModelInputSchema9).meta({ title: "Input kinds", description: 'Kinds of input the model accepts. Default: ["text"].' }).optional(),
});

export const ModelProviderSchema9 = ModelProviderSchema.extend({
  baseUrl: z.string().meta({ title: "Base URL", description: "Endpoint of the provider's API; optional when overriding a built-in provider." }).optional(),
  apiKey: SecretInputSchema9.meta({ title: "API key", description: 'API key as text, "${ENV_VAR}", or a secret reference {source, provider, id}.' }).optional(),
  api: ModelApiSchema9.meta({ description: "Adapter used for this provider's models; a model's own api overrides it." }).optional(),
  headers: z
    .record(z.string(), SecretInputSchema9)
    .meta({ title: "Headers", description: "Static headers added to every request to this provider." })
    .optional(),
  maxTokens: opaque("Default output token cap of this provider's models.", "Max tokens").optional(),
  timeoutSeconds: opaque("Model idle timeout for this provider, in seconds (2026.4: agents.defaults.llm).", "Timeout (s)").optional(),
  region: opaque("Cloud region of this provider.", "Region").optional(),
  params: opaque("Default provider parameters for this provider's models.", "Provider params").optional(),
  agentRuntime: opaque("Runtime for this provider's models: {id}.", "Agent runtime").optional(),
  localService: opaque("A local server OpenClaw starts for this provider: command, args, health URL.", "Local service").optional(),
  models: z.array(ModelDefinitionSchema9).meta({ title: "Models", description: "The models this provider serves." }).optional(),
});

export const ModelsConfigSchema9 = ModelsConfigSchema.extend({
  providers: z
    .record(z.string(), ModelProviderSchema9)
    .meta({ title: "Providers", description: 'Provider definitions keyed by provider id, the "provider" part of "provider/model" refs.' })
    .optional(),
  catalogRefresh: opaque("How often provider model catalogs are refreshed.", "Catalog refresh").optional(),
}).meta({ title: "Models", description: "Custom or overridden model providers, and whether they merge with the built-in catalog or replace it." });
