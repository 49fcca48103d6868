/**
 * @fileoverview The `agents` section: shared defaults plus the explicit list of
 * agents. On a list entry, id, default, model, params and subagents.model are
 * validated; every other key OpenClaw accepts there is opaque.
 */
import { z } from "zod";
import { AgentDefaultsSchema } from "./agent-defaults.js";
import { agentModelField, ModelParamsSchema } from "./agent-model.js";
import { opaque } from "./opaque.js";

export { AgentModelSchema, AgentModelObjectSchema, ModelCatalogEntrySchema, ModelParamsSchema } from "./agent-model.js";
export { AgentDefaultsSchema, SubagentDefaultsSchema } from "./agent-defaults.js";

export const AgentSubagentsSchema = z
  .strictObject({
    allowAgents: opaque('Agent ids this agent may spawn with sessions_spawn ("*" = any).', "Allowed target agents").optional(),
    model: agentModelField(
      "Sub-agent model",
      "Default model for sub-agents this agent spawns: a ref, or {primary, fallbacks}.",
    ),
    thinking: z
      .string()
      .meta({
        title: "Sub-agent thinking level",
        description: "Default thinking level for sub-agents this agent spawns (free text, e.g. off, low, high).",
      })
      .optional(),
    requireAgentId: opaque("Require an explicit agentId in this agent's sessions_spawn calls.", "Require agent id").optional(),
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
        description:
          "Marks the default agent. If several are marked, the first wins; if none is, the first entry is the default.",
      })
      .optional(),
    name: opaque("Human-readable agent name.", "Name").optional(),
    workspace: opaque("Working directory of this agent.", "Workspace").optional(),
    agentDir: opaque(
      "State directory of this agent (auth-profiles.json, auth-state.json, models.json). Default: " +
        "~/.openclaw/agents/<id>/agent. Two agents may not share one.",
      "Agent directory",
    ).optional(),
    systemPromptOverride: opaque("Replaces this agent's whole system prompt.", "System prompt override").optional(),
    embeddedHarness: opaque("Embedded harness policy for this agent: runtime id and fallback (pi|none).", "Embedded harness").optional(),
    model: agentModelField(
      "Agent model",
      "This agent's model. A string overrides only the primary; {primary, fallbacks} overrides both, and " +
        "fallbacks: [] turns off the inherited fallbacks.",
    ),
    thinkingDefault: opaque(
      "Default thinking level for this agent (overrides agents.defaults.thinkingDefault).",
      "Default thinking level",
    ).optional(),
    reasoningDefault: opaque("Default reasoning visibility for this agent: on, off or stream.", "Default reasoning").optional(),
    fastModeDefault: opaque("Whether fast mode is on by default for this agent.", "Fast mode").optional(),
    skills: opaque("Skill allowlist of this agent (omit = inherit, [] = none); replaces the default list.", "Skills").optional(),
    memorySearch: opaque(
      "Memory search overrides for this agent (same shape as agents.defaults.memorySearch).",
      "Memory search",
    ).optional(),
    humanDelay: opaque("Human-like delay between block replies for this agent.", "Human delay").optional(),
    heartbeat: opaque("Heartbeat overrides for this agent (same shape as agents.defaults.heartbeat).", "Heartbeat").optional(),
    identity: opaque("Persona of this agent: name, theme, emoji, avatar.", "Identity").optional(),
    groupChat: opaque("Group chat behaviour: mention patterns and history limit.", "Group chat").optional(),
    subagents: AgentSubagentsSchema.optional(),
    embeddedPi: opaque("Embedded Pi execution contract for this agent (default|strict-agentic).", "Embedded Pi").optional(),
    sandbox: opaque("Sandbox overrides for this agent (same shape as agents.defaults.sandbox).", "Sandbox").optional(),
    params: ModelParamsSchema.meta({
      title: "Agent model parameters",
      description:
        "Provider/stream parameters for this agent, merged over the selected model's params key by key " +
        "(highest precedence of the three params layers).",
    }).optional(),
    tools: opaque("Tool policy of this agent: profile, allow/deny, exec, fs, elevated, sandbox tools.", "Tools").optional(),
    runtime: opaque('Runtime of this agent: {type: "embedded"} or {type: "acp", acp: {agent, backend, mode, cwd}}.', "Runtime").optional(),
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
