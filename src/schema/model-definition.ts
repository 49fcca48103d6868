/**
 * @fileoverview One model of a custom provider (`models.providers.*.models[]`):
 * its id, adapter, modalities, limits, pricing and compatibility hints. The
 * defaults named in the descriptions are applied by OpenClaw after validation,
 * never inserted by the schema.
 */
import { z } from "zod";
import { describedEnum } from "./described-enum.js";

export const ModelApiSchema = describedEnum(
  {
    "openai-completions": "OpenAI Chat Completions, and servers compatible with it.",
    "openai-responses": "OpenAI Responses API.",
    "openai-codex-responses": "Responses API of the ChatGPT / Codex backend.",
    "anthropic-messages": "Anthropic Messages API, and endpoints compatible with it.",
    "google-generative-ai": "Google Generative AI (Gemini) API.",
    "github-copilot": "GitHub Copilot API.",
    "bedrock-converse-stream": "Amazon Bedrock Converse streaming API.",
    ollama: "Ollama's native API.",
    "azure-openai-responses": "Azure OpenAI Responses API.",
  },
  { title: "API adapter", description: "Request/response adapter used to talk to the model." },
);

const ModelInputSchema = describedEnum(
  { text: "Text input.", image: "Image input." },
  { title: "Input kind", description: "A kind of input the model accepts." },
);

export const ModelCostSchema = z
  .strictObject({
    input: z.number().meta({ title: "Input cost", description: "Cost of input tokens." }).optional(),
    output: z.number().meta({ title: "Output cost", description: "Cost of output tokens." }).optional(),
    cacheRead: z.number().meta({ title: "Cache read cost", description: "Cost of cache-read tokens." }).optional(),
    cacheWrite: z.number().meta({ title: "Cache write cost", description: "Cost of cache-write tokens." }).optional(),
  })
  .meta({
    title: "Cost",
    description: "Token prices used for usage accounting. Absent prices count as 0.",
  });

function flag(title: string, description: string) {
  return z.boolean().meta({ title, description }).optional();
}

export const ModelCompatSchema = z
  .strictObject({
    supportsStore: flag("Supports store", "The endpoint accepts the 'store' request field. Detected from the URL when unset."),
    supportsDeveloperRole: flag("Supports developer role", "The endpoint accepts the 'developer' role instead of 'system'."),
    supportsReasoningEffort: flag("Supports reasoning effort", "The endpoint accepts 'reasoning_effort'."),
    supportsUsageInStreaming: flag("Usage in streaming", "The endpoint reports token usage in streamed responses."),
    supportsTools: flag("Supports tools", "The model supports tool calling; set false to turn tools off."),
    supportsStrictMode: flag("Supports strict tools", "The endpoint accepts 'strict' on tool definitions."),
    requiresStringContent: flag("String content only", "Send plain-text message content as a string, not an array."),
    maxTokensField: describedEnum(
      {
        max_completion_tokens: "Send the cap as max_completion_tokens.",
        max_tokens: "Send the cap as max_tokens.",
      },
      { title: "Max tokens field", description: "Request field that carries the output-token cap." },
    ).optional(),
    thinkingFormat: describedEnum(
      {
        openai: "reasoning_effort (OpenAI style).",
        openrouter: "reasoning.effort (OpenRouter style).",
        zai: "Top-level enable_thinking (Z.AI style).",
        qwen: "Top-level enable_thinking (Qwen style).",
        "qwen-chat-template": "chat_template_kwargs.enable_thinking.",
      },
      { title: "Thinking format", description: "How reasoning is requested from the endpoint." },
    ).optional(),
    requiresToolResultName: flag("Tool results need a name", "Tool-result messages must carry a 'name'."),
    requiresAssistantAfterToolResult: flag("Assistant after tool result", "An assistant message must sit between tool results and the next user message."),
    requiresThinkingAsText: flag("Thinking as text", "Thinking blocks must be sent back as delimited text."),
    toolSchemaProfile: z
      .string()
      .meta({ title: "Tool schema profile", description: 'Named tool-schema dialect used to adapt tool schemas, e.g. "xai".' })
      .optional(),
    unsupportedToolSchemaKeywords: z
      .array(z.string().min(1))
      .meta({
        title: "Unsupported schema keywords",
        description: "JSON Schema keywords removed from tool schemas before they are sent.",
      })
      .optional(),
    nativeWebSearchTool: flag("Native web search", "The model has a provider-native web search tool."),
    toolCallArgumentsEncoding: z
      .string()
      .meta({
        title: "Tool argument encoding",
        description: 'Encoding the provider applies to tool-call argument strings, e.g. "html-entities".',
      })
      .optional(),
    requiresMistralToolIds: flag("Mistral tool ids", "Tool-call ids must follow Mistral's strict id format."),
    requiresOpenAiAnthropicToolPayload: flag(
      "OpenAI-style tool payload",
      "For anthropic-messages endpoints that expect OpenAI-style tool schemas and tool_choice.",
    ),
  })
  .meta({ title: "Compatibility", description: "Compatibility hints for OpenAI-compatible and other adapters." });

export const ModelDefinitionSchema = z
  .strictObject({
    id: z.string().min(1).meta({
      title: "Model id",
      description: 'Model id exactly as the upstream API expects it; the "model" part of "provider/model".',
    }),
    name: z.string().min(1).meta({ title: "Display name", description: "Name shown for the model." }),
    api: ModelApiSchema.meta({ description: "Adapter for this model; default: the provider's api." }).optional(),
    reasoning: flag("Reasoning", "Whether the model supports reasoning (thinking). Default: false."),
    input: z.array(ModelInputSchema).meta({ title: "Input kinds", description: 'Kinds of input the model accepts. Default: ["text"].' }).optional(),
    cost: ModelCostSchema.optional(),
    contextWindow: z
      .number()
      .positive()
      .meta({ title: "Context window (tokens)", description: "Native context window size, in tokens. Default: 200000." })
      .optional(),
    contextTokens: z
      .number()
      .int()
      .positive()
      .meta({
        title: "Context budget (tokens)",
        description: "A smaller effective context budget for compaction and session budgeting, in tokens; contextWindow is unchanged.",
      })
      .optional(),
    maxTokens: z
      .number()
      .positive()
      .meta({
        title: "Max output tokens",
        description: "Maximum output tokens. Default: the smaller of 8192 and contextWindow.",
      })
      .optional(),
    headers: z
      .record(z.string(), z.string())
      .meta({
        title: "Model headers",
        description: "Static headers for this model's requests. Plain strings only: secret references are not allowed here.",
      })
      .optional(),
    compat: ModelCompatSchema.optional(),
  })
  .meta({ title: "Model definition", description: "One model this provider serves." });

export type ModelDefinition = z.input<typeof ModelDefinitionSchema>;
