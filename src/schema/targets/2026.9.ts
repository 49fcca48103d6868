/**
 * @fileoverview The root of an OpenClaw 2026.9.6 config: the 2026.4 root less
 * the sections 2026.9 dropped (cli, audio, media, web, canvasHost), plus the
 * sections it added, with its own meta, auth, models and agents. Sections are
 * opaque unless a schema for them is slotted in here (src/schema/sections/).
 */
import { OpenClawConfigSchema } from "../config.js";
import { opaque } from "../opaque.js";
import { AgentsSchema9 } from "./2026.9-agents.js";
import { AuthSchema9, ConfigMetaSchema9 } from "./2026.9-auth.js";
import { ModelsConfigSchema9 } from "./2026.9-models.js";
import { EnvSchema9 } from "./2026.9-env.js";

export const OpenClawConfigSchema9 = OpenClawConfigSchema.omit({ cli: true, audio: true, media: true, web: true, canvasHost: true })
  .extend({
    meta: ConfigMetaSchema9.optional(),
    env: EnvSchema9.optional(),
    auth: AuthSchema9.optional(),
    models: ModelsConfigSchema9.optional(),
    agents: AgentsSchema9.optional(),
    telemetry: opaque("Usage telemetry settings.", "Telemetry").optional(),
    accessGroups: opaque("Named groups of senders used by access rules.", "Access groups").optional(),
    worktreeRoot: opaque("Folder under which agent worktrees are created.", "Worktree root").optional(),
    worktreeAcceleration: opaque("Speed up worktree creation (copy-on-write where available).", "Worktree acceleration").optional(),
    security: opaque("Security policy of the gateway and its tools.", "Security").optional(),
    attachments: opaque("Inbound attachments: size limits, retention, original names (2026.4: media).", "Attachments").optional(),
    tts: opaque("Text-to-speech settings.", "TTS").optional(),
    transcripts: opaque("Session transcripts: storage and retention.", "Transcripts").optional(),
    cloudWorkers: opaque("Cloud workers that run agent turns remotely.", "Cloud workers").optional(),
    desktop: opaque("Desktop app integration.", "Desktop").optional(),
    surfaces: opaque("Per-surface settings (chat surfaces and their agents).", "Surfaces").optional(),
    proxy: opaque("Outbound HTTP proxy.", "Proxy").optional(),
  })
  .meta({ title: "OpenClaw configuration (2026.9)", description: "OpenClaw 2026.9 agent configuration (openclaw.json, JSON5)." });
