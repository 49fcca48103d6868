/**
 * @fileoverview `agents.defaults`: settings every agent inherits. The model
 * keys, the model catalog, params and the sub-agent model are ours (aliases,
 * messages, editor hints); every other key is validated as OpenClaw 2026.4
 * recorded it (recordedField), with our own title and description.
 */
import { z } from "zod";
import { agentModelField, ModelCatalogEntrySchema, ModelParamsSchema } from "./agent-model.js";
import { recordedField } from "./recorded-field.js";
import { AgentsSection } from "./sections/2026.4/index.js";

export const SubagentDefaultsSchema = z
  .strictObject({
    allowAgents: recordedField(
      AgentsSection,
      "defaults.subagents.allowAgents",
      "Allowed target agents",
      'Default list of agent ids sessions_spawn may target when the calling agent sets none ("*" = any; default: the same agent only).',
    ).optional(),
    maxConcurrent: recordedField(
      AgentsSection,
      "defaults.subagents.maxConcurrent",
      "Max concurrent sub-agents",
      "Maximum concurrent sub-agent runs across the gateway. Default: 8.",
    ).optional(),
    maxSpawnDepth: recordedField(
      AgentsSection,
      "defaults.subagents.maxSpawnDepth",
      "Max spawn depth",
      "How deep sessions_spawn chains may nest, 1 to 5 (1 = sub-agents cannot spawn). Default: 1.",
    ).optional(),
    maxChildrenPerAgent: recordedField(
      AgentsSection,
      "defaults.subagents.maxChildrenPerAgent",
      "Max children per agent",
      "Maximum active children one session may spawn, 1 to 20. Default: 5.",
    ).optional(),
    archiveAfterMinutes: recordedField(
      AgentsSection,
      "defaults.subagents.archiveAfterMinutes",
      "Archive after (minutes)",
      "Archive sub-agent sessions after this many minutes (0 = never). Default: 60.",
    ).optional(),
    model: agentModelField("Sub-agent model", "Default model for spawned sub-agents: a ref, or {primary, fallbacks}. When unset they use the caller's model."),
    thinking: z
      .string()
      .meta({
        title: "Sub-agent thinking level",
        description: "Default thinking level for spawned sub-agents (free text, e.g. off, low, medium, high).",
      })
      .optional(),
    runTimeoutSeconds: recordedField(
      AgentsSection,
      "defaults.subagents.runTimeoutSeconds",
      "Run timeout (s)",
      "Default sessions_spawn run timeout in seconds when the call gives none (0 = no timeout).",
    ).optional(),
    announceTimeoutMs: recordedField(
      AgentsSection,
      "defaults.subagents.announceTimeoutMs",
      "Announce timeout (ms)",
      "Gateway timeout for sub-agent announce calls, in milliseconds. Default: 90000.",
    ).optional(),
    requireAgentId: recordedField(
      AgentsSection,
      "defaults.subagents.requireAgentId",
      "Require agent id",
      "Require sessions_spawn callers to pass an explicit agentId. Default: false.",
    ).optional(),
  })
  .meta({
    title: "Sub-agent defaults",
    description: "Defaults for sub-agents spawned with sessions_spawn; only model and thinking concern models.",
  });

export const AgentDefaultsSchema = z
  .strictObject({
    params: ModelParamsSchema.meta({
      title: "Default model parameters",
      description:
        "Provider/stream parameters applied to every model (e.g. temperature, maxTokens, cacheRetention). Lowest " +
        "precedence: agents.defaults.models[ref].params and agents.list[].params override them key by key.",
    }).optional(),
    embeddedHarness: recordedField(
      AgentsSection,
      "defaults.embeddedHarness",
      "Embedded harness",
      'Which embedded harness runs turns: runtime ("auto", "pi" or a plugin harness id) and fallback (pi|none).',
    ).optional(),
    model: agentModelField("Default model", "Primary chat model and its ordered fallbacks. A string sets only the primary; {primary, fallbacks} sets both."),
    imageModel: agentModelField("Image model", "Vision-capable model (plus fallbacks) for the image tool and whenever the selected model cannot read images."),
    imageGenerationModel: agentModelField("Image generation model", "Model (plus fallbacks) for image generation, e.g. openai/gpt-image-1."),
    videoGenerationModel: agentModelField("Video generation model", "Model (plus fallbacks) for video generation, e.g. qwen/wan2.6-t2v."),
    musicGenerationModel: agentModelField("Music generation model", "Model (plus fallbacks) for music generation, e.g. google/lyria-3-clip-preview."),
    mediaGenerationAutoProviderFallback: z
      .boolean()
      .meta({
        title: "Media generation provider fallback",
        description:
          "Let image, video and music generation try other providers you have credentials for after your " + "explicit primary and fallbacks. Default: true.",
      })
      .optional(),
    pdfModel: agentModelField("PDF model", "Model (plus fallbacks) for the PDF tool. When unset, the PDF tool uses imageModel, then the default model."),
    pdfMaxBytesMb: recordedField(
      AgentsSection,
      "defaults.pdfMaxBytesMb",
      "PDF size limit (MB)",
      "Size limit for PDFs the PDF tool handles, in MB. Default: 10.",
    ).optional(),
    pdfMaxPages: recordedField(
      AgentsSection,
      "defaults.pdfMaxPages",
      "PDF page limit",
      "Maximum number of pages the PDF tool processes. Default: 20.",
    ).optional(),
    models: z
      .record(z.string(), ModelCatalogEntrySchema)
      .meta({
        title: "Model catalog",
        description:
          'Configured models keyed by full ref "provider/model", each with an optional alias, params and ' +
          "streaming toggle. When not empty it is also the /model allowlist.",
      })
      .optional(),
    workspace: recordedField(
      AgentsSection,
      "defaults.workspace",
      "Workspace",
      "Default working directory for agent runs and workspace files. Default: ~/.openclaw/workspace.",
    ).optional(),
    skills: recordedField(
      AgentsSection,
      "defaults.skills",
      "Skills",
      "Default skill allowlist for agents without their own (omit = all, [] = none).",
    ).optional(),
    repoRoot: recordedField(
      AgentsSection,
      "defaults.repoRoot",
      "Repository root",
      "Repository root shown in the system prompt; detected when unset.",
    ).optional(),
    systemPromptOverride: recordedField(
      AgentsSection,
      "defaults.systemPromptOverride",
      "System prompt override",
      "Replaces the whole generated system prompt (for debugging and experiments).",
    ).optional(),
    skipBootstrap: recordedField(
      AgentsSection,
      "defaults.skipBootstrap",
      "Skip bootstrap",
      "Do not create workspace bootstrap files (AGENTS.md, SOUL.md, ...).",
    ).optional(),
    contextInjection: recordedField(
      AgentsSection,
      "defaults.contextInjection",
      "Context injection",
      "When bootstrap files are injected into the system prompt: always or continuation-skip. Default: always.",
    ).optional(),
    bootstrapMaxChars: recordedField(
      AgentsSection,
      "defaults.bootstrapMaxChars",
      "Bootstrap file cap",
      "Character cap per injected bootstrap file. Default: 20000.",
    ).optional(),
    bootstrapTotalMaxChars: recordedField(
      AgentsSection,
      "defaults.bootstrapTotalMaxChars",
      "Bootstrap total cap",
      "Character cap across all injected bootstrap files. Default: 150000.",
    ).optional(),
    bootstrapPromptTruncationWarning: recordedField(
      AgentsSection,
      "defaults.bootstrapPromptTruncationWarning",
      "Truncation warning",
      "Tell the agent that bootstrap files were truncated: off, once or always. Default: once.",
    ).optional(),
    userTimezone: recordedField(
      AgentsSection,
      "defaults.userTimezone",
      "User timezone",
      "Your IANA timezone for the system prompt; the host timezone when unset.",
    ).optional(),
    startupContext: recordedField(AgentsSection, "defaults.startupContext", "Startup context", "First-turn prelude built for bare /new and /reset.").optional(),
    timeFormat: recordedField(
      AgentsSection,
      "defaults.timeFormat",
      "Time format",
      "Clock format in the system prompt: auto, 12 or 24. Default: auto.",
    ).optional(),
    envelopeTimezone: recordedField(
      AgentsSection,
      "defaults.envelopeTimezone",
      "Envelope timezone",
      "Timezone in message envelopes: utc, local, user or an IANA zone. Default: utc.",
    ).optional(),
    envelopeTimestamp: recordedField(
      AgentsSection,
      "defaults.envelopeTimestamp",
      "Envelope timestamp",
      "Include absolute timestamps in message envelopes (on|off). Default: on.",
    ).optional(),
    envelopeElapsed: recordedField(
      AgentsSection,
      "defaults.envelopeElapsed",
      "Envelope elapsed time",
      "Include elapsed time in message envelopes (on|off). Default: on.",
    ).optional(),
    contextTokens: recordedField(
      AgentsSection,
      "defaults.contextTokens",
      "Context tokens",
      "Context-window cap used for runtime estimates and status percentages.",
    ).optional(),
    cliBackends: recordedField(
      AgentsSection,
      "defaults.cliBackends",
      "CLI backends",
      "Named CLI backends (e.g. claude-cli) usable as text-only model fallbacks.",
    ).optional(),
    memorySearch: recordedField(
      AgentsSection,
      "defaults.memorySearch",
      "Memory search",
      "Vector search over memory files: embedding provider and model, store, chunking, sync, query, cache.",
    ).optional(),
    contextPruning: recordedField(
      AgentsSection,
      "defaults.contextPruning",
      "Context pruning",
      "Opt-in pruning of old tool results from the model context.",
    ).optional(),
    llm: recordedField(AgentsSection, "defaults.llm", "LLM timeouts", "LLM streaming timeouts (idleTimeoutSeconds, default 120; 0 disables).").optional(),
    compaction: recordedField(
      AgentsSection,
      "defaults.compaction",
      "Compaction",
      "Context compaction near the token limit: mode, budgets, summarizer model, memory flush.",
    ).optional(),
    embeddedPi: recordedField(
      AgentsSection,
      "defaults.embeddedPi",
      "Embedded Pi",
      "Embedded Pi runner hardening: project settings policy and execution contract.",
    ).optional(),
    thinkingDefault: recordedField(
      AgentsSection,
      "defaults.thinkingDefault",
      "Default thinking level",
      "Default thinking level: off, minimal, low, medium, high, xhigh or adaptive.",
    ).optional(),
    verboseDefault: recordedField(
      AgentsSection,
      "defaults.verboseDefault",
      "Default verbose level",
      "Default verbose level: off, on or full. Default: off.",
    ).optional(),
    elevatedDefault: recordedField(
      AgentsSection,
      "defaults.elevatedDefault",
      "Default elevated level",
      "Default elevated-output level: off, on, ask or full. Default: on.",
    ).optional(),
    blockStreamingDefault: recordedField(
      AgentsSection,
      "defaults.blockStreamingDefault",
      "Block streaming",
      "Whether block streaming of replies is on by default (on|off).",
    ).optional(),
    blockStreamingBreak: recordedField(
      AgentsSection,
      "defaults.blockStreamingBreak",
      "Block streaming break",
      "Where streamed reply blocks are cut: text_end or message_end.",
    ).optional(),
    blockStreamingChunk: recordedField(
      AgentsSection,
      "defaults.blockStreamingChunk",
      "Block streaming chunks",
      "Soft chunking of streamed replies: min/max characters and preferred break.",
    ).optional(),
    blockStreamingCoalesce: recordedField(
      AgentsSection,
      "defaults.blockStreamingCoalesce",
      "Block streaming coalesce",
      "Merging of streamed chunks before sending: min/max characters and idle flush.",
    ).optional(),
    humanDelay: recordedField(
      AgentsSection,
      "defaults.humanDelay",
      "Human delay",
      "Human-like pause between block replies: off, natural or custom min/max ms.",
    ).optional(),
    timeoutSeconds: recordedField(
      AgentsSection,
      "defaults.timeoutSeconds",
      "Run timeout (s)",
      "Agent run timeout in seconds. Default: 172800 (48 hours).",
    ).optional(),
    mediaMaxMb: recordedField(AgentsSection, "defaults.mediaMaxMb", "Media size limit (MB)", "Largest inbound media shown to the agent, in MB.").optional(),
    imageMaxDimensionPx: recordedField(
      AgentsSection,
      "defaults.imageMaxDimensionPx",
      "Image size limit (px)",
      "Longest-side pixel cap for images sent to providers. Default: 1200.",
    ).optional(),
    typingIntervalSeconds: recordedField(
      AgentsSection,
      "defaults.typingIntervalSeconds",
      "Typing interval (s)",
      "How often typing indicators are refreshed, in seconds.",
    ).optional(),
    typingMode: recordedField(
      AgentsSection,
      "defaults.typingMode",
      "Typing mode",
      "When typing indicators start: never, instant, thinking or message.",
    ).optional(),
    heartbeat: recordedField(
      AgentsSection,
      "defaults.heartbeat",
      "Heartbeat",
      "Periodic background heartbeat turns: interval, active hours, model, delivery, prompt.",
    ).optional(),
    maxConcurrent: recordedField(
      AgentsSection,
      "defaults.maxConcurrent",
      "Max concurrent runs",
      "Maximum parallel agent runs across all conversations. Default: 4.",
    ).optional(),
    subagents: SubagentDefaultsSchema.optional(),
    sandbox: recordedField(
      AgentsSection,
      "defaults.sandbox",
      "Sandbox",
      "Sandboxing of non-main sessions: mode, backend (default docker), workspace access, scope.",
    ).optional(),
  })
  .meta({
    title: "Agent defaults",
    description: "Settings every agent inherits unless its entry in agents.list overrides them.",
  });

export type AgentDefaults = z.input<typeof AgentDefaultsSchema>;
