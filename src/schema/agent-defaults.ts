/**
 * @fileoverview `agents.defaults`: settings every agent inherits. The model
 * keys, the model catalog, params and the sub-agent model are validated; every
 * other key OpenClaw accepts here is listed as opaque, so it passes untouched
 * but a misspelt key is still reported as unknown.
 */
import { z } from "zod";
import { agentModelField, ModelCatalogEntrySchema, ModelParamsSchema } from "./agent-model.js";
import { opaque } from "./opaque.js";

export const SubagentDefaultsSchema = z
  .strictObject({
    allowAgents: opaque(
      'Default list of agent ids sessions_spawn may target when the calling agent sets none ("*" = any; default: the same agent only).',
      "Allowed target agents",
    ).optional(),
    maxConcurrent: opaque("Maximum concurrent sub-agent runs across the gateway. Default: 8.", "Max concurrent sub-agents").optional(),
    maxSpawnDepth: opaque(
      "How deep sessions_spawn chains may nest, 1 to 5 (1 = sub-agents cannot spawn). Default: 1.",
      "Max spawn depth",
    ).optional(),
    maxChildrenPerAgent: opaque("Maximum active children one session may spawn, 1 to 20. Default: 5.", "Max children per agent").optional(),
    archiveAfterMinutes: opaque(
      "Archive sub-agent sessions after this many minutes (0 = never). Default: 60.",
      "Archive after (minutes)",
    ).optional(),
    model: agentModelField(
      "Sub-agent model",
      "Default model for spawned sub-agents: a ref, or {primary, fallbacks}. When unset they use the caller's model.",
    ),
    thinking: z
      .string()
      .meta({
        title: "Sub-agent thinking level",
        description: "Default thinking level for spawned sub-agents (free text, e.g. off, low, medium, high).",
      })
      .optional(),
    runTimeoutSeconds: opaque(
      "Default sessions_spawn run timeout in seconds when the call gives none (0 = no timeout).",
      "Run timeout (s)",
    ).optional(),
    announceTimeoutMs: opaque(
      "Gateway timeout for sub-agent announce calls, in milliseconds. Default: 90000.",
      "Announce timeout (ms)",
    ).optional(),
    requireAgentId: opaque("Require sessions_spawn callers to pass an explicit agentId. Default: false.", "Require agent id").optional(),
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
    embeddedHarness: opaque(
      'Which embedded harness runs turns: runtime ("auto", "pi" or a plugin harness id) and fallback (pi|none).',
      "Embedded harness",
    ).optional(),
    model: agentModelField(
      "Default model",
      "Primary chat model and its ordered fallbacks. A string sets only the primary; {primary, fallbacks} sets both.",
    ),
    imageModel: agentModelField(
      "Image model",
      "Vision-capable model (plus fallbacks) for the image tool and whenever the selected model cannot read images.",
    ),
    imageGenerationModel: agentModelField(
      "Image generation model",
      "Model (plus fallbacks) for image generation, e.g. openai/gpt-image-1.",
    ),
    videoGenerationModel: agentModelField(
      "Video generation model",
      "Model (plus fallbacks) for video generation, e.g. qwen/wan2.6-t2v.",
    ),
    musicGenerationModel: agentModelField(
      "Music generation model",
      "Model (plus fallbacks) for music generation, e.g. google/lyria-3-clip-preview.",
    ),
    mediaGenerationAutoProviderFallback: z
      .boolean()
      .meta({
        title: "Media generation provider fallback",
        description:
          "Let image, video and music generation try other providers you have credentials for after your " +
          "explicit primary and fallbacks. Default: true.",
      })
      .optional(),
    pdfModel: agentModelField(
      "PDF model",
      "Model (plus fallbacks) for the PDF tool. When unset, the PDF tool uses imageModel, then the default model.",
    ),
    pdfMaxBytesMb: opaque("Size limit for PDFs the PDF tool handles, in MB. Default: 10.", "PDF size limit (MB)").optional(),
    pdfMaxPages: opaque("Maximum number of pages the PDF tool processes. Default: 20.", "PDF page limit").optional(),
    models: z
      .record(z.string(), ModelCatalogEntrySchema)
      .meta({
        title: "Model catalog",
        description:
          'Configured models keyed by full ref "provider/model", each with an optional alias, params and ' +
          "streaming toggle. When not empty it is also the /model allowlist.",
      })
      .optional(),
    workspace: opaque(
      "Default working directory for agent runs and workspace files. Default: ~/.openclaw/workspace.",
      "Workspace",
    ).optional(),
    skills: opaque("Default skill allowlist for agents without their own (omit = all, [] = none).", "Skills").optional(),
    repoRoot: opaque("Repository root shown in the system prompt; detected when unset.", "Repository root").optional(),
    systemPromptOverride: opaque(
      "Replaces the whole generated system prompt (for debugging and experiments).",
      "System prompt override",
    ).optional(),
    skipBootstrap: opaque("Do not create workspace bootstrap files (AGENTS.md, SOUL.md, ...).", "Skip bootstrap").optional(),
    contextInjection: opaque(
      "When bootstrap files are injected into the system prompt: always or continuation-skip. Default: always.",
      "Context injection",
    ).optional(),
    bootstrapMaxChars: opaque("Character cap per injected bootstrap file. Default: 20000.", "Bootstrap file cap").optional(),
    bootstrapTotalMaxChars: opaque("Character cap across all injected bootstrap files. Default: 150000.", "Bootstrap total cap").optional(),
    bootstrapPromptTruncationWarning: opaque(
      "Tell the agent that bootstrap files were truncated: off, once or always. Default: once.",
      "Truncation warning",
    ).optional(),
    userTimezone: opaque("Your IANA timezone for the system prompt; the host timezone when unset.", "User timezone").optional(),
    startupContext: opaque("First-turn prelude built for bare /new and /reset.", "Startup context").optional(),
    timeFormat: opaque("Clock format in the system prompt: auto, 12 or 24. Default: auto.", "Time format").optional(),
    envelopeTimezone: opaque(
      "Timezone in message envelopes: utc, local, user or an IANA zone. Default: utc.",
      "Envelope timezone",
    ).optional(),
    envelopeTimestamp: opaque("Include absolute timestamps in message envelopes (on|off). Default: on.", "Envelope timestamp").optional(),
    envelopeElapsed: opaque("Include elapsed time in message envelopes (on|off). Default: on.", "Envelope elapsed time").optional(),
    contextTokens: opaque("Context-window cap used for runtime estimates and status percentages.", "Context tokens").optional(),
    cliBackends: opaque("Named CLI backends (e.g. claude-cli) usable as text-only model fallbacks.", "CLI backends").optional(),
    memorySearch: opaque(
      "Vector search over memory files: embedding provider and model, store, chunking, sync, query, cache.",
      "Memory search",
    ).optional(),
    contextPruning: opaque("Opt-in pruning of old tool results from the model context.", "Context pruning").optional(),
    llm: opaque("LLM streaming timeouts (idleTimeoutSeconds, default 120; 0 disables).", "LLM timeouts").optional(),
    compaction: opaque("Context compaction near the token limit: mode, budgets, summarizer model, memory flush.", "Compaction").optional(),
    embeddedPi: opaque("Embedded Pi runner hardening: project settings policy and execution contract.", "Embedded Pi").optional(),
    thinkingDefault: opaque(
      "Default thinking level: off, minimal, low, medium, high, xhigh or adaptive.",
      "Default thinking level",
    ).optional(),
    verboseDefault: opaque("Default verbose level: off, on or full. Default: off.", "Default verbose level").optional(),
    elevatedDefault: opaque("Default elevated-output level: off, on, ask or full. Default: on.", "Default elevated level").optional(),
    blockStreamingDefault: opaque("Whether block streaming of replies is on by default (on|off).", "Block streaming").optional(),
    blockStreamingBreak: opaque("Where streamed reply blocks are cut: text_end or message_end.", "Block streaming break").optional(),
    blockStreamingChunk: opaque(
      "Soft chunking of streamed replies: min/max characters and preferred break.",
      "Block streaming chunks",
    ).optional(),
    blockStreamingCoalesce: opaque(
      "Merging of streamed chunks before sending: min/max characters and idle flush.",
      "Block streaming coalesce",
    ).optional(),
    humanDelay: opaque("Human-like pause between block replies: off, natural or custom min/max ms.", "Human delay").optional(),
    timeoutSeconds: opaque("Agent run timeout in seconds. Default: 172800 (48 hours).", "Run timeout (s)").optional(),
    mediaMaxMb: opaque("Largest inbound media shown to the agent, in MB.", "Media size limit (MB)").optional(),
    imageMaxDimensionPx: opaque("Longest-side pixel cap for images sent to providers. Default: 1200.", "Image size limit (px)").optional(),
    typingIntervalSeconds: opaque("How often typing indicators are refreshed, in seconds.", "Typing interval (s)").optional(),
    typingMode: opaque("When typing indicators start: never, instant, thinking or message.", "Typing mode").optional(),
    heartbeat: opaque("Periodic background heartbeat turns: interval, active hours, model, delivery, prompt.", "Heartbeat").optional(),
    maxConcurrent: opaque("Maximum parallel agent runs across all conversations. Default: 4.", "Max concurrent runs").optional(),
    subagents: SubagentDefaultsSchema.optional(),
    sandbox: opaque("Sandboxing of non-main sessions: mode, backend (default docker), workspace access, scope.", "Sandbox").optional(),
  })
  .meta({
    title: "Agent defaults",
    description: "Settings every agent inherits unless its entry in agents.list overrides them.",
  });

export type AgentDefaults = z.input<typeof AgentDefaultsSchema>;
