/**
 * @fileoverview Builds the inspector's payload from the library: `checkFile` for the
 * diagnostics, the model chains of every agent, and `explain` for each agent's failover plan
 * (profile order, status and why), given the agents' state files, the instant and a session
 * pin. The whole payload is serialized and passed through the Redactor once, so no field can
 * slip past it; the page and `--html` only ever see that redacted text.
 */
import { checkFile, type CheckResult, type CheckSourceOptions } from "../check.js";
import type { TargetId } from "../schema/targets/ids.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { resolveAuthOrder } from "../resolve/auth-order.js";
import { explain, type ExplainConfigLike } from "../resolve/explain.js";
import { reviewSessionPins } from "../resolve/session-pins.js";
import { readSessionsStore } from "../state/sessions-store.js";
import { chainOfKind, resolveModelChains, type AgentChains, type ModelChain } from "../resolve/model-chains.js";
import { readConfigView } from "../resolve/config-view.js";
import { collectCheckSecrets } from "../check-secrets.js";
import { Redactor } from "../secrets/redact.js";
import { toolVersion } from "../version.js";
import { groupDiagnostics } from "./diagnostics-view.js";
import { INSPECT_PAYLOAD_VERSION, type InspectAgent, type InspectChain, type InspectPayload, type InspectSource } from "./payload-types.js";
import { readAgentStateFiles, type AgentStateFiles } from "./state-files.js";
import { isJsonObject } from "../json-object.js";
import { appendAll } from "../diagnostics/append.js";
import { statSync } from "node:fs";
import { createDiagnostic } from "../diagnostics/create.js";

export interface InspectInput {
  /** The config file to read. */
  configPath: string;
  /** The name the page and diagnostics give it; defaults to `configPath`. */
  configName?: string;
  /** The OpenClaw state folder holding `agents/<id>/agent/auth-state.json`. */
  stateDir: string;
  /** The instant to simulate, ms epoch. */
  now: number;
  /** A session pin (`/model …@PROFILE`) applied to every agent's plan. */
  pin?: string | undefined;
  /** How `check` picks the target (`--target`, the settings file); the page reads the config as that release. */
  checkOptions?: Pick<CheckSourceOptions, "target" | "settingsTarget">;
}

export interface BuiltPayload {
  payload: InspectPayload;
  /** `payload` as JSON, redacted: the only form that leaves the process. */
  json: string;
}

function configValue(result: CheckResult): ExplainConfigLike | undefined {
  const value = result.source?.value ?? result.document?.value;
  return isJsonObject(value) ? (value as ExplainConfigLike) : undefined;
}

/** A chain other than `model`: its refs, each with the profile order `explain` would give it. */
function otherChain(chain: ModelChain, config: ExplainConfigLike | undefined, files: AgentStateFiles, input: InspectInput): InspectChain {
  const entries = [
    ...(chain.primary ? [{ role: "primary" as const, entry: chain.primary }] : []),
    ...chain.fallbacks.map((entry) => ({ role: "fallback" as const, entry })),
  ];
  return {
    kind: chain.kind,
    models: entries.map(({ role, entry }, index) => {
      if (!entry.ref) return { position: index + 1, role, ref: entry.raw, written: entry.raw, valid: false };
      const auth = resolveAuthOrder({
        config,
        provider: entry.ref.provider,
        state: files.state,
        store: files.store,
        now: input.now,
        model: entry.ref.model,
        pin: input.pin,
      });
      return {
        position: index + 1,
        role,
        ref: `${entry.ref.provider}/${entry.ref.model}`,
        written: entry.raw,
        provider: entry.ref.provider,
        valid: true,
        auth,
      };
    }),
  };
}

function agentView(
  agent: AgentChains,
  config: ExplainConfigLike | undefined,
  files: AgentStateFiles,
  input: InspectInput,
  target: TargetId | undefined,
): InspectAgent {
  const plan = explain({ config, target, agentId: agent.agentId, state: files.state, store: files.store, now: input.now, pin: input.pin });
  const modelChain: InspectChain = {
    kind: "model",
    models: [
      ...plan.models.map((m) => ({
        position: m.position,
        role: m.role,
        ref: m.ref,
        written: m.written,
        provider: m.provider,
        valid: true,
        auth: m.auth,
        onRateLimit: m.onRateLimit,
      })),
      ...plan.invalidRefs.map((written, i) => ({ position: plan.models.length + i + 1, role: "fallback" as const, ref: written, written, valid: false })),
    ],
  };
  const others = agent.chains
    .filter((chain) => chain.kind !== "model" && chainOfKind(agent.chains, chain.kind) !== undefined)
    .map((chain) => otherChain(chain, config, files, input));
  return {
    agentId: agent.agentId,
    isDefault: agent.isDefault,
    chains: [modelChain, ...others],
    plan,
    authState: { file: files.authState.file, exists: files.authState.exists, usable: files.authState.usable },
    authProfiles: files.authProfiles,
    sessions: sessionsView(agent.agentId, config, files, input),
  };
}

/** The agent's pinned sessions beside its chains; the store's own diagnostics are `explain`'s to print. */
function sessionsView(agentId: string, config: ExplainConfigLike | undefined, files: AgentStateFiles, input: InspectInput): InspectAgent["sessions"] {
  const store = readSessionsStore(input.stateDir, agentId);
  const target = store.format === "sessions-json" || (store.format === undefined && files.authState.exists) ? "2026.4" : "2026.9";
  const pinned = reviewSessionPins({ config, agentId, sessions: store.sessions, state: files.state, store: files.store, now: input.now, target });
  return { file: store.file, exists: store.exists, target, pinned };
}

function countBy(diagnostics: readonly Diagnostic[]): InspectPayload["summary"] {
  const count = (severity: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === severity).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}

/**
 * The largest config the page is built for. The page holds the config's text, its diagnostics with
 * their frames and every agent's plans, as data and again as JSON in the HTML: a 50 MB generated
 * config passed 2 GB (40× its size) and grew on. A larger file is refused with parse/too-large.
 */
export const INSPECT_MAX_BYTES = 4 * 1024 * 1024;

/** Reads the config and state files and builds the redacted payload. Never throws for bad input. */
export function buildInspectPayload(input: InspectInput): BuiltPayload {
  const configName = input.configName ?? input.configPath;
  const size = fileSize(input.configPath);
  if (size !== undefined && size > INSPECT_MAX_BYTES) {
    const at = { file: configName, path: [], range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    const tooLarge = createDiagnostic("parse/too-large", { size, limit: INSPECT_MAX_BYTES, command: "inspect" }, at);
    return payloadOf({ file: configName, diagnostics: [tooLarge], document: undefined }, input, new Redactor());
  }
  const result = checkFile(input.configPath, configName, input.checkOptions ?? {});
  const redactor = new Redactor();
  collectCheckSecrets(result, redactor);
  return payloadOf(result, input, redactor);
}

/** The payload of a config already checked, every secret of it known to `redactor` (the tests build it in-process this way). */
export function payloadOf(result: CheckResult, input: InspectInput, redactor: Redactor): BuiltPayload {
  const configName = input.configName ?? input.configPath;
  const target = result.target?.id;
  const config = configValue(result);
  const sources: InspectSource[] = (result.source?.documents ?? (result.document ? [result.document] : [])).map((doc) => ({
    file: doc.file,
    role: "config",
    text: doc.text,
  }));
  const texts = new Map<string, string>(sources.map((s) => [s.file, s.text]));
  const diagnostics: Diagnostic[] = [...result.diagnostics];
  const seenStateFiles = new Set<string>();

  const agents = resolveModelChains(config, readConfigView(config, target)).agents.map((agent) => {
    const files = readAgentStateFiles(input.stateDir, agent.agentId, redactor);
    // Two agent ids can normalize to one folder; its files are reported once.
    if (!seenStateFiles.has(files.authState.file)) {
      seenStateFiles.add(files.authState.file);
      appendAll(diagnostics, files.diagnostics);
      if (files.authState.text !== undefined) {
        sources.push({ file: files.authState.file, role: "auth-state", text: files.authState.text });
        texts.set(files.authState.file, files.authState.text);
      }
    }
    return agentView(agent, config, files, input, target);
  });

  const payload: InspectPayload = {
    version: INSPECT_PAYLOAD_VERSION,
    tool: { name: "agentcfg", version: toolVersion() },
    now: input.now,
    configFile: configName,
    stateDir: input.stateDir,
    ...(input.pin !== undefined ? { pin: input.pin } : {}),
    summary: countBy(diagnostics),
    agents,
    diagnostics: groupDiagnostics(diagnostics, sources, texts, redactor),
    // The page shows each file as the code frames do: masked before it is laid out.
    sources: sources.map((s) => ({ ...s, text: redactor.redactSource(s.text).text })),
  };
  const json = redactor.redact(JSON.stringify(payload));
  return { payload: JSON.parse(json) as InspectPayload, json };
}

function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}
