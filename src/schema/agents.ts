/**
 * @fileoverview The `agents` section: shared defaults plus the explicit list of
 * agents. On a list entry, id, default, model, params and subagents.model are
 * ours (aliases, messages, editor hints); every other key OpenClaw accepts
 * there is validated as OpenClaw 2026.4 recorded it (recordedField).
 */
import { z } from "zod";
import { AgentDefaultsSchema } from "./agent-defaults.js";
import { agentModelField, ModelParamsSchema } from "./agent-model.js";
import { recordedField } from "./recorded-field.js";
import { AgentsSection } from "./sections/2026.4/index.js";

export { AgentModelSchema, AgentModelObjectSchema, ModelCatalogEntrySchema, ModelParamsSchema } from "./agent-model.js";
export { AgentDefaultsSchema, SubagentDefaultsSchema } from "./agent-defaults.js";

export const AgentSubagentsSchema = z
  .strictObject({
    allowAgents: recordedField(
      AgentsSection,
      "list.[].subagents.allowAgents",
      "Allowed target agents",
      'Agent ids this agent may spawn with sessions_spawn ("*" = any).',
    ).optional(),
    model: agentModelField("Sub-agent model", "Default model for sub-agents this agent spawns: a ref, or {primary, fallbacks}."),
    thinking: z
      .string()
      .meta({
        title: "Sub-agent thinking level",
        description: "Default thinking level for sub-agents this agent spawns (free text, e.g. off, low, high).",
      })
      .optional(),
    requireAgentId: recordedField(
      AgentsSection,
      "list.[].subagents.requireAgentId",
      "Require agent id",
      "Require an explicit agentId in this agent's sessions_spawn calls.",
    ).optional(),
  })
  .meta({ title: "Sub-agents", description: "Sub-agent settings for this agent; model and thinking concern models." });

export const AgentEntrySchema = z
  .strictObject({
    id: z.string().meta({
      title: "Agent id",
      description:
        "Stable identifier of the agent, used by bindings, broadcast, approvals and session routing. " +
        "Its state lives in ~/.openclaw/agents/<id>/agent by default.",
    }),
    default: z
      .boolean()
      .meta({
        title: "Default agent",
        description: "Marks the default agent. If several are marked, the first wins; if none is, the first entry is the default.",
      })
      .optional(),
    name: recordedField(AgentsSection, "list.[].name", "Name", "Human-readable agent name.").optional(),
    workspace: recordedField(AgentsSection, "list.[].workspace", "Workspace", "Working directory of this agent.").optional(),
    agentDir: recordedField(
      AgentsSection,
      "list.[].agentDir",
      "Agent directory",
      "State directory of this agent (auth-profiles.json, auth-state.json, models.json). Default: " +
        "~/.openclaw/agents/<id>/agent. Two agents may not share one.",
    ).optional(),
    systemPromptOverride: recordedField(
      AgentsSection,
      "list.[].systemPromptOverride",
      "System prompt override",
      "Replaces this agent's whole system prompt.",
    ).optional(),
    embeddedHarness: recordedField(
      AgentsSection,
      "list.[].embeddedHarness",
      "Embedded harness",
      "Embedded harness policy for this agent: runtime id and fallback (pi|none).",
    ).optional(),
    model: agentModelField(
      "Agent model",
      "This agent's model. A string overrides only the primary; {primary, fallbacks} overrides both, and " + "fallbacks: [] turns off the inherited fallbacks.",
    ),
    thinkingDefault: recordedField(
      AgentsSection,
      "list.[].thinkingDefault",
      "Default thinking level",
      "Default thinking level for this agent (overrides agents.defaults.thinkingDefault).",
    ).optional(),
    reasoningDefault: recordedField(
      AgentsSection,
      "list.[].reasoningDefault",
      "Default reasoning",
      "Default reasoning visibility for this agent: on, off or stream.",
    ).optional(),
    fastModeDefault: recordedField(AgentsSection, "list.[].fastModeDefault", "Fast mode", "Whether fast mode is on by default for this agent.").optional(),
    skills: recordedField(
      AgentsSection,
      "list.[].skills",
      "Skills",
      "Skill allowlist of this agent (omit = inherit, [] = none); replaces the default list.",
    ).optional(),
    memorySearch: recordedField(
      AgentsSection,
      "list.[].memorySearch",
      "Memory search",
      "Memory search overrides for this agent (same shape as agents.defaults.memorySearch).",
    ).optional(),
    humanDelay: recordedField(AgentsSection, "list.[].humanDelay", "Human delay", "Human-like delay between block replies for this agent.").optional(),
    heartbeat: recordedField(
      AgentsSection,
      "list.[].heartbeat",
      "Heartbeat",
      "Heartbeat overrides for this agent (same shape as agents.defaults.heartbeat).",
    ).optional(),
    identity: recordedField(AgentsSection, "list.[].identity", "Identity", "Persona of this agent: name, theme, emoji, avatar.").optional(),
    groupChat: recordedField(AgentsSection, "list.[].groupChat", "Group chat", "Group chat behaviour: mention patterns and history limit.").optional(),
    subagents: AgentSubagentsSchema.optional(),
    embeddedPi: recordedField(
      AgentsSection,
      "list.[].embeddedPi",
      "Embedded Pi",
      "Embedded Pi execution contract for this agent (default|strict-agentic).",
    ).optional(),
    sandbox: recordedField(AgentsSection, "list.[].sandbox", "Sandbox", "Sandbox overrides for this agent (same shape as agents.defaults.sandbox).").optional(),
    params: ModelParamsSchema.meta({
      title: "Agent model parameters",
      description:
        "Provider/stream parameters for this agent, merged over the selected model's params key by key " + "(highest precedence of the three params layers).",
    }).optional(),
    tools: recordedField(
      AgentsSection,
      "list.[].tools",
      "Tools",
      "Tool policy of this agent: profile, allow/deny, exec, fs, elevated, sandbox tools.",
    ).optional(),
    runtime: recordedField(
      AgentsSection,
      "list.[].runtime",
      "Runtime",
      'Runtime of this agent: {type: "embedded"} or {type: "acp", acp: {agent, backend, mode, cwd}}.',
    ).optional(),
  })
  .meta({ title: "Agent", description: "One agent: a required id and optional overrides of the defaults." });

export const AgentsSchema = z
  .strictObject({
    defaults: AgentDefaultsSchema.optional(),
    list: z
      .array(AgentEntrySchema)
      .meta({
        title: "Agents",
        description: "The agents, each with a required id and optional overrides of agents.defaults.",
      })
      .optional(),
  })
  .meta({
    title: "Agents",
    description: "Agent configuration: defaults shared by every agent, and the list of agents with their overrides.",
  });

export type AgentEntry = z.input<typeof AgentEntrySchema>;
export type AgentsConfig = z.input<typeof AgentsSchema>;
