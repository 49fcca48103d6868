/**
 * @fileoverview The root of an OpenClaw config (`openclaw.json`). Every root key
 * OpenClaw knows is here, so any other key is an unknown key (OpenClaw refuses
 * to start on one). The model/auth sections are validated in their own files;
 * the rest are opaque: documented, passed through, not validated.
 */
import { z } from "zod";
import { AgentsSchema } from "./agents.js";
import { AuthSchema } from "./auth.js";
import { EnvSchema } from "./env.js";
import { ModelsConfigSchema } from "./models.js";
import { opaque } from "./opaque.js";

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
    wizard: opaque("Record of the last guided setup (onboarding wizard) run: time, version, command, mode.", "Setup wizard").optional(),
    diagnostics: opaque(
      "Debug tooling: diagnostic flags, stuck-session warnings, OpenTelemetry export, cache traces.",
      "Diagnostics",
    ).optional(),
    logging: opaque("Log levels, log file path and size, console style, and redaction of sensitive data.", "Logging").optional(),
    cli: opaque("CLI presentation (startup banner).", "CLI").optional(),
    update: opaque("Release channel (stable, beta, dev), update check on start, and auto-update.", "Updates").optional(),
    browser: opaque("Browser automation: CDP endpoint and ports, executable, headless and sandbox flags, profiles.", "Browser").optional(),
    ui: opaque("Control surface cosmetics: accent colour, assistant name and avatar.", "UI").optional(),
    secrets: opaque(
      "Secret providers that resolve secret references (env, file, exec sources), default aliases and limits.",
      "Secret providers",
    ).optional(),
    auth: AuthSchema.optional(),
    acp: opaque("Agent Client Protocol (external coding harness) runtime: dispatch, backend, allowed agents.", "ACP").optional(),
    models: ModelsConfigSchema.optional(),
    nodeHost: opaque("Capabilities this node offers to other nodes (browser proxy).", "Node host").optional(),
    agents: AgentsSchema.optional(),
    tools: opaque(
      "Global tool policy (profiles, allow/deny, per provider) and tool settings (web, media, exec, fs, ...).",
      "Tools",
    ).optional(),
    bindings: opaque("Routing rules mapping inbound conversations to agent ids.", "Bindings").optional(),
    broadcast: opaque("Fan-out map: a strategy and, per peer id, the agent ids to deliver to.", "Broadcast").optional(),
    audio: opaque("Global audio ingestion: transcription command and timeout.", "Audio").optional(),
    media: opaque("Inbound media handling: keep original file names, retention time.", "Media").optional(),
    messages: opaque("Message formatting and behaviour: prefixes, group chats, queueing, reactions, TTS.", "Messages").optional(),
    commands: opaque("Chat commands: native and skill slash commands, text commands, owner gating.", "Commands").optional(),
    approvals: opaque("Forwarding of exec and plugin approval requests to chat destinations.", "Approvals").optional(),
    session: opaque("Session scope and routing, reset policy, store, typing, send policy, maintenance.", "Sessions").optional(),
    cron: opaque("Scheduler: store, concurrency, retries, webhook delivery, run log, failure alerts.", "Cron").optional(),
    hooks: opaque("Inbound webhooks: endpoint, token, session keys, mappings, Gmail push, internal hooks.", "Hooks").optional(),
    web: opaque("Web chat channel runtime: heartbeat and reconnect backoff.", "Web chat").optional(),
    channels: opaque("Messaging channels; each channel id is configured and validated by its plugin.", "Channels").optional(),
    discovery: opaque("Service discovery: mDNS mode and wide-area DNS-SD.", "Discovery").optional(),
    canvasHost: opaque("Canvas asset host: enable, root directory, port, live reload.", "Canvas host").optional(),
    talk: opaque("Talk (voice) mode: voice provider, provider settings, interruption, silence timeout.", "Talk").optional(),
    gateway: opaque(
      "Gateway server: port, bind, control UI, gateway auth, Tailscale, remote mode, TLS, HTTP endpoints.",
      "Gateway",
    ).optional(),
    memory: opaque("Global memory backend (builtin or qmd) and citations.", "Memory").optional(),
    mcp: opaque("Global MCP server definitions (stdio command or HTTP url).", "MCP").optional(),
    skills: opaque("Skill loading: bundled allowlist, extra directories, install preferences, per-skill entries.", "Skills").optional(),
    plugins: opaque("Plugin system: enable, allow/deny, load paths, slots, per-plugin entries and config.", "Plugins").optional(),
  })
  .meta({
    title: "OpenClaw configuration",
    description: "OpenClaw agent configuration (openclaw.json, JSON5).",
  });

export type OpenClawConfig = z.input<typeof OpenClawConfigSchema>;
