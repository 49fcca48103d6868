/**
 * @fileoverview The `agents` section as OpenClaw 2026.9 reads it: agents are
 * keyed by id under `agents.entries` (the 2026.4 `agents.list` is still read,
 * and moved there on load, but never beside `entries`), the defaults gain
 * `modelPolicy` (the model allowlist, with `provider/*` wildcards),
 * `utilityModel`, `decisionModel`, `voiceModel` and `mediaModels`, and lose
 * the 2026.4 keys listed in release-keys.ts. Built from the 2026.4 schemas by
 * omitting and adding keys, so what both releases share is declared once.
 */
import { z } from "zod";
import { AgentDefaultsSchema, SubagentDefaultsSchema } from "../agent-defaults.js";
import { agentModelField, ModelCatalogEntrySchema } from "../agent-model.js";
import { AgentEntrySchema, AgentSubagentsSchema } from "../agents.js";
import { opaque } from "../opaque.js";
import { withRecordedFields } from "../recorded-field.js";
import { AgentsSection as AgentsSection9 } from "../sections/2026.9/index.js";

/** OpenClaw 2026.9's form of an agent id as a key of agents.entries (its CLI accepts "Main" there). */
export const AGENT_ENTRY_KEY = /^[a-zA-Z0-9_][a-zA-Z0-9_-]{0,63}$/;
/** An agents.list id 2026.9 can move to agents.entries: lower case only (it refuses the list for "Main"). */
export const MOVABLE_LIST_ID = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

export const ModelPolicySchema = z
  .strictObject({
    allow: z
      .array(z.string().meta({ title: "Allowed model", description: 'An alias, a "provider/model" ref, or a prefix wildcard such as "kimi/*".' }))
      .meta({
        title: "Allowed models",
        description:
          'Models that /model, session overrides and --model may pick: aliases, "provider/model" refs and trailing ' +
          'wildcards such as "openai/*". Omitted or [] allows any model.',
      })
      .optional(),
  })
  .meta({ title: "Model policy", description: "Which models may be selected; omit it, or leave allow empty, to allow any." });

/** 2026.9's `provider/model` catalog entry: 2026.4's plus runtime settings agentcfg does not validate. */
const ModelCatalogEntry9 = ModelCatalogEntrySchema.extend({
  agentRuntime: opaque("Runtime for this model (or for every model of a provider/* entry): {id}.", "Agent runtime").optional(),
  pickerRuntimes: opaque("Runtimes the model picker offers for this model.", "Picker runtimes").optional(),
  codeMode: opaque("Turn Code Mode on or off for this model (omit to inherit tools.codeMode).", "Code Mode").optional(),
});

const mediaModels = z
  .strictObject({
    image: agentModelField("Image generation model", "Model (plus fallbacks) for image generation."),
    video: agentModelField("Video generation model", "Model (plus fallbacks) for video generation."),
    music: agentModelField("Music generation model", "Model (plus fallbacks) for music generation."),
    autoProviderFallback: opaque("Let media generation try other providers you have credentials for.", "Provider fallback").optional(),
  })
  .catchall(z.unknown())
  .meta({ title: "Media generation models", description: "Models for image, video and music generation (2026.4: agents.defaults.*GenerationModel)." });

/** The model keys 2026.9 adds, shared by the defaults and each entry. */
const modelKeys9 = {
  utilityModel: z
    .string()
    .meta({ title: "Utility model", description: "Lower-cost model (provider/model or alias) for short internal tasks such as titles; unset derives one." })
    .optional(),
  decisionModel: z.string().meta({ title: "Decision model", description: "Model (provider/model or alias) for internal routing decisions." }).optional(),
  modelPolicy: ModelPolicySchema.optional(),
};

const SubagentDefaultsOurs = SubagentDefaultsSchema.extend({
  delegationMode: opaque("How sub-agents are delegated to.", "Delegation mode").optional(),
}).meta({ title: "Sub-agent defaults", description: "Defaults for sub-agents spawned with sessions_spawn; only model and thinking concern models." });
/** Ours: model and thinking; every other key as 2026.9 recorded it. */
export const SubagentDefaultsSchema9 = withRecordedFields(SubagentDefaultsOurs, AgentsSection9, "defaults.subagents", ["model", "thinking"]);

const AgentDefaultsOurs = AgentDefaultsSchema.omit({
  embeddedHarness: true,
  imageGenerationModel: true,
  videoGenerationModel: true,
  musicGenerationModel: true,
  mediaGenerationAutoProviderFallback: true,
  pdfMaxBytesMb: true,
  systemPromptOverride: true,
  bootstrapPromptTruncationWarning: true,
  timeFormat: true,
  envelopeTimezone: true,
  envelopeTimestamp: true,
  envelopeElapsed: true,
  contextTokens: true,
  cliBackends: true,
  memorySearch: true,
  llm: true,
  embeddedPi: true,
})
  .extend({
    ...modelKeys9,
    models: z
      .record(z.string(), ModelCatalogEntry9)
      .meta({
        title: "Model catalog",
        description:
          'Aliases and per-model settings keyed by "provider/model" (or "provider/*"). In 2026.9 this is not an ' +
          "allowlist: agents.defaults.modelPolicy.allow is.",
      })
      .optional(),
    voiceModel: agentModelField("Voice model", "Model (plus fallbacks) for speech, transcription and realtime voice."),
    mediaModels: mediaModels.optional(),
    pdfMaxMb: opaque("Size limit for PDFs the PDF tool handles, in MB.", "PDF size limit (MB)").optional(),
    modelSelectionScope: opaque("Where a /model choice applies: session, agent or global.", "Model selection scope").optional(),
    cwd: opaque("Default working directory of agent runs.", "Working directory").optional(),
    silentReply: opaque("When the agent may answer with no reply.", "Silent reply").optional(),
    skipOptionalBootstrapFiles: opaque("Bootstrap files not to create.", "Skip optional bootstrap files").optional(),
    experimental: opaque("Experimental agent settings.", "Experimental").optional(),
    embeddedAgent: opaque("Embedded agent runner settings (2026.4: embeddedPi).", "Embedded agent").optional(),
    fastModeDefault: opaque("Default fast mode: auto, true or false.", "Fast mode").optional(),
    toolProgressDetail: opaque("Detail of tool progress lines: explain or raw.", "Tool progress detail").optional(),
    reasoningDefault: opaque("Default reasoning visibility: off, on or stream.", "Default reasoning").optional(),
    imageQuality: opaque("Image quality sent to providers: auto, efficient, balanced or high.", "Image quality").optional(),
    systemAgent: opaque("The built-in system agent.", "System agent").optional(),
    authInheritance: opaque("Which agents inherit the main agent's credentials.", "Auth inheritance").optional(),
    sessionStore: opaque("Where sessions are stored.", "Session store").optional(),
    contextLimits: opaque("Limits on what is put into the model context.", "Context limits").optional(),
    subagents: SubagentDefaultsSchema9.optional(),
    // Still read, and dropped on load with a warning (legacy/defaults-context-tokens).
    contextTokens: opaque(
      "Retired in 2026.9 (dropped on load): use models.providers.<provider>.models[].contextTokens.",
      "Context tokens (retired)",
    ).optional(),
  })
  .meta({ title: "Agent defaults", description: "Settings every agent inherits unless its entry in agents.entries overrides them." });
/** The model keys, the catalog, params and the sub-agents are ours; every other key as 2026.9 recorded it. */
export const AgentDefaultsSchema9 = withRecordedFields(AgentDefaultsOurs, AgentsSection9, "defaults", [
  "params",
  "model",
  "imageModel",
  "pdfModel",
  "models",
  "utilityModel",
  "decisionModel",
  "modelPolicy",
  "voiceModel",
  "mediaModels",
  "subagents",
]);

const AgentSubagentsOurs = AgentSubagentsSchema.extend({
  delegationMode: opaque("How this agent's sub-agents are delegated to.", "Delegation mode").optional(),
}).meta({ title: "Sub-agents", description: "Sub-agent settings for this agent; model and thinking concern models." });
export const AgentSubagentsSchema9 = withRecordedFields(AgentSubagentsOurs, AgentsSection9, "entries.*.subagents", ["model", "thinking"]);

/** An agent under agents.entries: its id is the key. */
const AgentEntryOurs = AgentEntrySchema.omit({
  id: true,
  default: true,
  systemPromptOverride: true,
  embeddedHarness: true,
  memorySearch: true,
  embeddedPi: true,
})
  .extend({
    ...modelKeys9,
    models: z.record(z.string(), ModelCatalogEntry9).meta({ title: "Agent model catalog", description: "Per-model settings for this agent." }).optional(),
    // Retired in 2026.9 but still read: OpenClaw drops it on load with a warning (legacy/agents-entry-default).
    default: z.boolean().meta({ title: "Default agent (retired)", description: "Retired in 2026.9: dropped on load.", deprecated: true }).optional(),
    description: opaque("What this agent is for.", "Description").optional(),
    cwd: opaque("Working directory of this agent's runs.", "Working directory").optional(),
    verboseDefault: opaque("Default verbose level of this agent.", "Default verbose level").optional(),
    toolProgressDetail: opaque("Detail of this agent's tool progress lines.", "Tool progress detail").optional(),
    contextInjection: opaque("When bootstrap files are injected for this agent.", "Context injection").optional(),
    bootstrapMaxChars: opaque("Character cap per injected bootstrap file.", "Bootstrap file cap").optional(),
    bootstrapTotalMaxChars: opaque("Character cap across injected bootstrap files.", "Bootstrap total cap").optional(),
    experimental: opaque("Experimental settings of this agent.", "Experimental").optional(),
    embeddedAgent: opaque("Embedded agent runner settings of this agent.", "Embedded agent").optional(),
    memory: opaque("Memory settings of this agent.", "Memory").optional(),
    typingMode: opaque("When typing indicators start for this agent.", "Typing mode").optional(),
    tts: opaque("Text-to-speech settings of this agent.", "TTS").optional(),
    skillsLimits: opaque("Limits on this agent's skills.", "Skill limits").optional(),
    contextLimits: opaque("Limits on this agent's model context.", "Context limits").optional(),
    subagents: AgentSubagentsSchema9.optional(),
  })
  .meta({ title: "Agent", description: "One agent, keyed by its id: optional overrides of agents.defaults." });
/** The model keys, the catalog, params, sub-agents and the retired marker are ours; every other key as 2026.9 recorded it. */
export const AgentEntrySchema9 = withRecordedFields(AgentEntryOurs, AgentsSection9, "entries.*", [
  "model",
  "params",
  "models",
  "utilityModel",
  "decisionModel",
  "modelPolicy",
  "subagents",
  "default",
]);

/** A 2026.4-style `agents.list` item as 2026.9 reads it before moving it to agents.entries. */
const AgentListItemSchema9 = AgentEntrySchema9.extend({
  // 2026.9 moves the list only when every id can be a key of agents.entries as written.
  id: z
    .string()
    .regex(MOVABLE_LIST_ID, "an agent id 2026.9 can move to agents.entries: lower-case letters, digits, _ and -, at most 64")
    .meta({ title: "Agent id", description: "Becomes the key under agents.entries." }),
}).meta({ title: "Agent (legacy list form)", description: "Moved to agents.entries.<id> on load." });

export const AgentsSchema9 = z
  .strictObject({
    ownership: z
      .literal("explicit")
      .meta({ title: "Agent ownership", description: 'Written by OpenClaw once per-surface agent ownership is explicit: "explicit".' })
      .optional(),
    defaults: AgentDefaultsSchema9.optional(),
    entries: z
      .record(z.string().regex(AGENT_ENTRY_KEY, "an agent id: letters, digits, _ and -, at most 64"), AgentEntrySchema9)
      .meta({ title: "Agents", description: "The agents, keyed by id, each with optional overrides of agents.defaults." })
      .optional(),
    list: z
      .array(AgentListItemSchema9)
      .meta({ title: "Agents (legacy list)", description: "The 2026.4 form; OpenClaw 2026.9 moves it to agents.entries on load.", deprecated: true })
      .optional(),
  })
  .meta({ title: "Agents", description: "Agent configuration: defaults shared by every agent, and the agents keyed by id." });
