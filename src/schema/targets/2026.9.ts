/**
 * @fileoverview The root of an OpenClaw 2026.9.6 config. Every root key
 * 2026.9 knows is here, so any other key is an unknown key. The model/auth
 * sections (agents, auth, models, env, meta) are our own schemas for 2026.9
 * (2026.9-*.ts, derived from the 2026.4 ones); every other section is
 * validated as OpenClaw 2026.9 recorded it (src/schema/sections/2026.9/,
 * generated), the way ../config.ts wires 2026.4's.
 */
import { z } from "zod";
import { AgentsSchema9 } from "./2026.9-agents.js";
import { AuthSchema9, ConfigMetaSchema9 } from "./2026.9-auth.js";
import { ModelsConfigSchema9 } from "./2026.9-models.js";
import { EnvSchema9 } from "./2026.9-env.js";
import {
  WizardSection,
  DiagnosticsSection,
  LoggingSection,
  UpdateSection,
  TelemetrySection,
  BrowserSection,
  UiSection,
  SecretsSection,
  AccessGroupsSection,
  AcpSection,
  NodeHostSection,
  WorktreeRootSection,
  WorktreeAccelerationSection,
  ToolsSection,
  SecuritySection,
  BindingsSection,
  BroadcastSection,
  AttachmentsSection,
  MessagesSection,
  TtsSection,
  CommandsSection,
  ApprovalsSection,
  SessionSection,
  CronSection,
  TranscriptsSection,
  HooksSection,
  ChannelsSection,
  DiscoverySection,
  TalkSection,
  GatewaySection,
  CloudWorkersSection,
  DesktopSection,
  MemorySection,
  McpSection,
  SkillsSection,
  PluginsSection,
  SurfacesSection,
  ProxySection,
} from "../sections/2026.9/index.js";

export const OpenClawConfigSchema9 = z
  .strictObject({
    $schema: z
      .string()
      .meta({ title: "JSON Schema", description: "URL or path of a JSON Schema for editor support. Accepted and otherwise ignored." })
      .optional(),
    meta: ConfigMetaSchema9.optional(),
    env: EnvSchema9.optional(),
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
    update: UpdateSection.meta({ title: "Updates", description: "Release channel (stable, beta, dev), update check on start, and auto-update." }).optional(),
    telemetry: TelemetrySection.meta({ title: "Telemetry", description: "Usage telemetry settings." }).optional(),
    browser: BrowserSection.meta({
      title: "Browser",
      description: "Browser automation: CDP endpoint and ports, executable, headless and sandbox flags, profiles.",
    }).optional(),
    ui: UiSection.meta({ title: "UI", description: "Control surface cosmetics: accent colour, assistant name and avatar." }).optional(),
    secrets: SecretsSection.meta({
      title: "Secret providers",
      description: "Secret providers that resolve secret references (env, file, exec sources), default aliases and limits.",
    }).optional(),
    auth: AuthSchema9.optional(),
    accessGroups: AccessGroupsSection.meta({ title: "Access groups", description: "Named groups of senders used by access rules." }).optional(),
    acp: AcpSection.meta({
      title: "ACP",
      description: "Agent Client Protocol (external coding harness) runtime: dispatch, backend, allowed agents.",
    }).optional(),
    models: ModelsConfigSchema9.optional(),
    nodeHost: NodeHostSection.meta({ title: "Node host", description: "Capabilities this node offers to other nodes (browser proxy)." }).optional(),
    agents: AgentsSchema9.optional(),
    worktreeRoot: WorktreeRootSection.meta({ title: "Worktree root", description: "Folder under which agent worktrees are created." }).optional(),
    worktreeAcceleration: WorktreeAccelerationSection.meta({
      title: "Worktree acceleration",
      description: "Speed up worktree creation (copy-on-write where available).",
    }).optional(),
    tools: ToolsSection.meta({
      title: "Tools",
      description: "Global tool policy (profiles, allow/deny, per provider) and tool settings (web, media, exec, fs, ...).",
    }).optional(),
    security: SecuritySection.meta({ title: "Security", description: "Security policy of the gateway and its tools." }).optional(),
    bindings: BindingsSection.meta({ title: "Bindings", description: "Routing rules mapping inbound conversations to agent ids." }).optional(),
    broadcast: BroadcastSection.meta({ title: "Broadcast", description: "Fan-out map: a strategy and, per peer id, the agent ids to deliver to." }).optional(),
    attachments: AttachmentsSection.meta({
      title: "Attachments",
      description: "Inbound attachments: size limits, retention, original names (2026.4: media).",
    }).optional(),
    messages: MessagesSection.meta({
      title: "Messages",
      description: "Message formatting and behaviour: prefixes, group chats, queueing, reactions.",
    }).optional(),
    tts: TtsSection.meta({ title: "TTS", description: "Text-to-speech settings." }).optional(),
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
    transcripts: TranscriptsSection.meta({ title: "Transcripts", description: "Session transcripts: storage and retention." }).optional(),
    hooks: HooksSection.meta({
      title: "Hooks",
      description: "Inbound webhooks: endpoint, token, session keys, mappings, Gmail push, internal hooks.",
    }).optional(),
    channels: ChannelsSection.meta({
      title: "Channels",
      description: "Messaging channels; each channel id is configured and validated by its plugin.",
    }).optional(),
    discovery: DiscoverySection.meta({ title: "Discovery", description: "Service discovery: mDNS mode and wide-area DNS-SD." }).optional(),
    talk: TalkSection.meta({ title: "Talk", description: "Talk (voice) mode: voice provider, provider settings, interruption, silence timeout." }).optional(),
    gateway: GatewaySection.meta({
      title: "Gateway",
      description: "Gateway server: port, bind, control UI, gateway auth, Tailscale, remote mode, TLS, HTTP endpoints.",
    }).optional(),
    cloudWorkers: CloudWorkersSection.meta({ title: "Cloud workers", description: "Cloud workers that run agent turns remotely." }).optional(),
    desktop: DesktopSection.meta({ title: "Desktop", description: "Desktop app integration." }).optional(),
    memory: MemorySection.meta({ title: "Memory", description: "Global memory backend and citations." }).optional(),
    mcp: McpSection.meta({ title: "MCP", description: "Global MCP server definitions (stdio command or HTTP url)." }).optional(),
    skills: SkillsSection.meta({
      title: "Skills",
      description: "Skill loading: bundled allowlist, extra directories, install preferences, per-skill entries.",
    }).optional(),
    plugins: PluginsSection.meta({
      title: "Plugins",
      description: "Plugin system: enable, allow/deny, load paths, slots, per-plugin entries and config.",
    }).optional(),
    surfaces: SurfacesSection.meta({ title: "Surfaces", description: "Per-surface settings (chat surfaces and their agents)." }).optional(),
    proxy: ProxySection.meta({ title: "Proxy", description: "Outbound HTTP proxy." }).optional(),
  })
  .meta({ title: "OpenClaw configuration (2026.9)", description: "OpenClaw 2026.9 agent configuration (openclaw.json, JSON5)." });

/** A config as written for OpenClaw 2026.9 (the schema's input type: defaults optional, legacy-free). */
export type OpenClawConfig2026_9 = z.input<typeof OpenClawConfigSchema9>;
