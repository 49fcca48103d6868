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
      .union([
        z.string(),
        z.number().min(-MAX_DATE_MS).max(MAX_DATE_MS).meta({ description: "Unix time in milliseconds." }),
      ])
      .meta({
        title: "Last written at",
        description:
          "When this file was last written (set automatically): any string, or Unix time in milliseconds, which " +
          "OpenClaw turns into an ISO-8601 string.",
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
    wizard: WizardSection.optional(),
    diagnostics: DiagnosticsSection.optional(),
    logging: LoggingSection.optional(),
    cli: CliSection.optional(),
    update: UpdateSection.optional(),
    browser: BrowserSection.optional(),
    ui: UiSection.optional(),
    secrets: SecretsSection.optional(),
    auth: AuthSchema.optional(),
    acp: AcpSection.optional(),
    models: ModelsConfigSchema.optional(),
    nodeHost: NodeHostSection.optional(),
    agents: AgentsSchema.optional(),
    tools: ToolsSection.optional(),
    bindings: BindingsSection.optional(),
    broadcast: BroadcastSection.optional(),
    audio: AudioSection.optional(),
    media: MediaSection.optional(),
    messages: MessagesSection.optional(),
    commands: CommandsSection.optional(),
    approvals: ApprovalsSection.optional(),
    session: SessionSection.optional(),
    cron: CronSection.optional(),
    hooks: HooksSection.optional(),
    web: WebSection.optional(),
    channels: ChannelsSection.optional(),
    discovery: DiscoverySection.optional(),
    canvasHost: CanvasHostSection.optional(),
    talk: TalkSection.optional(),
    gateway: GatewaySection.optional(),
    memory: MemorySection.optional(),
    mcp: McpSection.optional(),
    skills: SkillsSection.optional(),
    plugins: PluginsSection.optional(),
  })
  .meta({
    title: "OpenClaw configuration",
    description: "OpenClaw agent configuration (openclaw.json, JSON5).",
  });

export type OpenClawConfig = z.input<typeof OpenClawConfigSchema>;
