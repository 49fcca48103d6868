/**
 * @fileoverview The root of an OpenClaw config (`openclaw.json`). Every root key
 * OpenClaw knows is here, so any other key is an unknown key (OpenClaw refuses
 * to start on one). The model/auth sections (agents, auth, models, env, meta)
 * are our own schemas, in their own files; every other section is validated
 * as OpenClaw 2026.4 recorded it (src/schema/sections/, generated).
 */
import { z } from "zod";
import { AgentsSchema } from "./agents.js";
import { AuthSchema } from "./auth.js";
import { EnvSchema } from "./env.js";
import { ModelsConfigSchema } from "./models.js";
import {
  WizardSection,
  DiagnosticsSection,
  LoggingSection,
  CliSection,
  UpdateSection,
  BrowserSection,
  UiSection,
  SecretsSection,
  AcpSection,
  NodeHostSection,
  ToolsSection,
  BindingsSection,
  BroadcastSection,
  AudioSection,
  MediaSection,
  MessagesSection,
  CommandsSection,
  ApprovalsSection,
  SessionSection,
  CronSection,
  HooksSection,
  WebSection,
  ChannelsSection,
  DiscoverySection,
  CanvasHostSection,
  TalkSection,
  GatewaySection,
  MemorySection,
  McpSection,
  SkillsSection,
  PluginsSection,
} from "./sections/2026.4/index.js";

/** Largest |ms| a JavaScript Date can hold; OpenClaw turns the number into an ISO string, which fails beyond it. */
const MAX_DATE_MS = 8.64e15;

export const ConfigMetaSchema = z
  .strictObject({
    lastTouchedVersion: z
      .string()
      .meta({ title: "Last written by version", description: "OpenClaw version that last wrote this file (set automatically)." })
      .optional(),
    lastTouchedAt: z
      .union([z.string(), z.number().min(-MAX_DATE_MS).max(MAX_DATE_MS).meta({ description: "Unix time in milliseconds." })])
      .meta({
        title: "Last written at",
        description:
          "When this file was last written (set automatically): any string, or Unix time in milliseconds, which " + "OpenClaw turns into an ISO-8601 string.",
      })
      .optional(),
  })
  .meta({
    title: "Write bookkeeping",
    description: "Written by OpenClaw about its most recent write of this file (version and time); not for manual edits.",
  });

export const OpenClawConfigSchema = z
  .strictObject({
    $schema: z
      .string()
      .meta({
        title: "JSON Schema",
        description: "URL or path of a JSON Schema for editor support. Accepted and otherwise ignored.",
      })
      .optional(),
    meta: ConfigMetaSchema.optional(),
    env: EnvSchema.optional(),
    wizard: WizardSection.meta({
      title: "Setup wizard",
      description: "Record of the last guided setup (onboarding wizard) run: time, version, command, mode.",
    }).optional(),
    diagnostics: DiagnosticsSection.meta({
      title: "Diagnostics",
      description: "Debug tooling: diagnostic flags, stuck-session warnings, OpenTelemetry export, cache traces.",
    }).optional(),
    logging: LoggingSection.meta({
      title: "Logging",
      description: "Log levels, log file path and size, console style, and redaction of sensitive data.",
    }).optional(),
    cli: CliSection.meta({ title: "CLI", description: "CLI presentation (startup banner)." }).optional(),
    update: UpdateSection.meta({ title: "Updates", description: "Release channel (stable, beta, dev), update check on start, and auto-update." }).optional(),
    browser: BrowserSection.meta({
      title: "Browser",
      description: "Browser automation: CDP endpoint and ports, executable, headless and sandbox flags, profiles.",
    }).optional(),
    ui: UiSection.meta({ title: "UI", description: "Control surface cosmetics: accent colour, assistant name and avatar." }).optional(),
    secrets: SecretsSection.meta({
      title: "Secret providers",
      description: "Secret providers that resolve secret references (env, file, exec sources), default aliases and limits.",
    }).optional(),
    auth: AuthSchema.optional(),
    acp: AcpSection.meta({
      title: "ACP",
      description: "Agent Client Protocol (external coding harness) runtime: dispatch, backend, allowed agents.",
    }).optional(),
    models: ModelsConfigSchema.optional(),
    nodeHost: NodeHostSection.meta({ title: "Node host", description: "Capabilities this node offers to other nodes (browser proxy)." }).optional(),
    agents: AgentsSchema.optional(),
    tools: ToolsSection.meta({
      title: "Tools",
      description: "Global tool policy (profiles, allow/deny, per provider) and tool settings (web, media, exec, fs, ...).",
    }).optional(),
    bindings: BindingsSection.meta({ title: "Bindings", description: "Routing rules mapping inbound conversations to agent ids." }).optional(),
    broadcast: BroadcastSection.meta({ title: "Broadcast", description: "Fan-out map: a strategy and, per peer id, the agent ids to deliver to." }).optional(),
    audio: AudioSection.meta({ title: "Audio", description: "Global audio ingestion: transcription command and timeout." }).optional(),
    media: MediaSection.meta({ title: "Media", description: "Inbound media handling: keep original file names, retention time." }).optional(),
    messages: MessagesSection.meta({
      title: "Messages",
      description: "Message formatting and behaviour: prefixes, group chats, queueing, reactions, TTS.",
    }).optional(),
    commands: CommandsSection.meta({
      title: "Commands",
      description: "Chat commands: native and skill slash commands, text commands, owner gating.",
    }).optional(),
    approvals: ApprovalsSection.meta({ title: "Approvals", description: "Forwarding of exec and plugin approval requests to chat destinations." }).optional(),
    session: SessionSection.meta({
      title: "Sessions",
      description: "Session scope and routing, reset policy, store, typing, send policy, maintenance.",
    }).optional(),
    cron: CronSection.meta({ title: "Cron", description: "Scheduler: store, concurrency, retries, webhook delivery, run log, failure alerts." }).optional(),
    hooks: HooksSection.meta({
      title: "Hooks",
      description: "Inbound webhooks: endpoint, token, session keys, mappings, Gmail push, internal hooks.",
    }).optional(),
    web: WebSection.meta({ title: "Web chat", description: "Web chat channel runtime: heartbeat and reconnect backoff." }).optional(),
    channels: ChannelsSection.meta({
      title: "Channels",
      description: "Messaging channels; each channel id is configured and validated by its plugin.",
    }).optional(),
    discovery: DiscoverySection.meta({ title: "Discovery", description: "Service discovery: mDNS mode and wide-area DNS-SD." }).optional(),
    canvasHost: CanvasHostSection.meta({ title: "Canvas host", description: "Canvas asset host: enable, root directory, port, live reload." }).optional(),
    talk: TalkSection.meta({ title: "Talk", description: "Talk (voice) mode: voice provider, provider settings, interruption, silence timeout." }).optional(),
    gateway: GatewaySection.meta({
      title: "Gateway",
      description: "Gateway server: port, bind, control UI, gateway auth, Tailscale, remote mode, TLS, HTTP endpoints.",
    }).optional(),
    memory: MemorySection.meta({ title: "Memory", description: "Global memory backend (builtin or qmd) and citations." }).optional(),
    mcp: McpSection.meta({ title: "MCP", description: "Global MCP server definitions (stdio command or HTTP url)." }).optional(),
    skills: SkillsSection.meta({
      title: "Skills",
      description: "Skill loading: bundled allowlist, extra directories, install preferences, per-skill entries.",
    }).optional(),
    plugins: PluginsSection.meta({
      title: "Plugins",
      description: "Plugin system: enable, allow/deny, load paths, slots, per-plugin entries and config.",
    }).optional(),
  })
  .meta({
    title: "OpenClaw configuration",
    description: "OpenClaw agent configuration (openclaw.json, JSON5).",
  });

export type OpenClawConfig = z.input<typeof OpenClawConfigSchema>;
